package org.edusignconnector.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.edusignconnector.testing.MigratedDatabase;
import org.edusignconnector.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The doctor's last verdict per tenant, on the engine of {@code -Dconnector.test.db}: counts only, replaced by the
 * next examination, and still there for another instance or after a restart.
 */
class DoctorVerdictsTest {

    private final MovableClock clock = new MovableClock("2026-03-22T10:00:00Z");
    private MigratedDatabase database;

    @BeforeEach
    void open() {
        database = MigratedDatabase.open("doctor-verdicts-test");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theLastExaminationOfEachTenantIsKeptAsCounts() {
        DoctorVerdicts verdicts = new DoctorVerdicts(database.dataSource(), clock);
        verdicts.record(report("acme", Verdict.FAIL, Verdict.FAIL, Verdict.WARN, Verdict.PASS));
        verdicts.record(report("beta", Verdict.PASS, Verdict.WARN));

        assertThat(verdicts.find("acme")).contains(new DoctorVerdicts.Last(Instant.parse("2026-03-22T10:00:00Z"), true, 2, 1));
        assertThat(verdicts.find("beta")).contains(new DoctorVerdicts.Last(Instant.parse("2026-03-22T10:00:00Z"), false, 0, 1));
        assertThat(verdicts.find("gamma")).isEmpty();

        clock.advance(Duration.ofHours(1));
        verdicts.record(report("acme", Verdict.PASS, Verdict.PASS));

        DoctorVerdicts afterARestart = new DoctorVerdicts(database.dataSource(), clock);
        assertThat(afterARestart.find("acme")).contains(new DoctorVerdicts.Last(Instant.parse("2026-03-22T11:00:00Z"), false, 0, 0));
        assertThat(afterARestart.find("beta")).map(DoctorVerdicts.Last::warns).contains(1L);
    }

    private static DoctorReport report(String tenant, Verdict... verdicts) {
        List<Check> checks = java.util.Arrays.stream(verdicts)
                .map(v -> new Check("edusign", "check " + v, v, "meaning with a secret-looking text key-123", "setting")).toList();
        return new DoctorReport(tenant, checks);
    }
}
