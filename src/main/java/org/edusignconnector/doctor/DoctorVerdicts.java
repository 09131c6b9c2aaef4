package org.edusignconnector.doctor;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The doctor's last verdict per tenant, as computed by {@code GET /api/tenants/{t}/doctor}: kept in memory
 * (the doctor probes Edusign and the source with the tenant's keys, so the overview shows what was found
 * rather than running it again), lost at a restart.
 */
public class DoctorVerdicts {

    /** The counts of a report, never its texts: the overview shows how bad, the doctor's page says why. */
    public record Last(Instant checkedAt, boolean failed, long fails, long warns) {
    }

    private final Map<String, Last> last = new ConcurrentHashMap<>();
    private final Clock clock;

    public DoctorVerdicts(Clock clock) {
        this.clock = clock;
    }

    public void record(DoctorReport report) {
        long fails = report.checks().stream().filter(c -> c.verdict() == Verdict.FAIL).count();
        long warns = report.checks().stream().filter(c -> c.verdict() == Verdict.WARN).count();
        last.put(report.tenant(), new Last(clock.instant(), fails > 0, fails, warns));
    }

    public Optional<Last> find(String tenant) {
        return Optional.ofNullable(last.get(tenant));
    }
}
