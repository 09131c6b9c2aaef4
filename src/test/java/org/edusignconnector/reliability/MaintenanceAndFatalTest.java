package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * Edusign's Saturday maintenance stops a run cleanly and the next run resumes without losing or
 * repeating anything; a refused key (401) stops that tenant's run and no other.
 */
class MaintenanceAndFatalTest {

    @Test
    void aRunThatMeetsMaintenanceStopsCleanlyAndTheNextRunResumes() {
        SchoolSnapshot expected = run(false);
        SchoolSnapshot afterMaintenance = run(true);

        assertThat(afterMaintenance.duplicates()).isEmpty();
        assertThat(afterMaintenance.courses()).isEqualTo(expected.courses());
        assertThat(afterMaintenance.students()).isEqualTo(expected.students());
        assertThat(afterMaintenance.professors()).isEqualTo(expected.professors());
    }

    private static SchoolSnapshot run(boolean maintenanceMidRun) {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-maint");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        try (EdusignSimulator edusign = EdusignSimulator.start(0); CelcatSimulator celcat = CelcatSimulator.start(0, "code");
             RuntimeHarness runtime = RuntimeHarness.create()) {
            edusign.addSchool("key-maint");
            edusign.setSlowDown(Integer.MAX_VALUE, 0);
            GeneratedSchool.populate(celcat.timetable("1"), 60, 6, 4, 5);
            runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .property("connector.http.max-redeliveries", "2").clock("2026-03-22T10:00:00Z").tenantFile("acme.yaml").start();
            if (maintenanceMidRun) {
                AtomicInteger seen = new AtomicInteger();
                edusign.setFaultInjector((method, path, n) -> {
                    if (seen.incrementAndGet() == 40) {
                        edusign.setMaintenance(true);
                    }
                    return Optional.empty();
                });
                RunSummary interrupted = runtime.sync("acme");
                assertThat(interrupted.status()).isEqualTo("FAILED");
                assertThat(interrupted.message()).contains("503");
                edusign.setFaultInjector(null);
                edusign.setMaintenance(false);
            }
            RunSummary resumed = runtime.sync("acme");
            assertThat(resumed.status()).as(resumed.message()).isEqualTo("COMPLETED");
            RunSummary quiet = runtime.sync("acme");
            assertThat(quiet.counts()).doesNotContainKeys("CREATED", "UPDATED", "DELETED");
            return SchoolSnapshot.of(edusign.school("key-maint"));
        }
    }

    @Test
    void aRefusedKeyStopsThatTenantOnly() {
        System.setProperty("ACME_EDUSIGN_API_KEY", "revoked-key");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        System.setProperty("BETA_EDUSIGN_API_KEY", "key-beta-ok");
        try (EdusignSimulator edusign = EdusignSimulator.start(0); CelcatSimulator celcat = CelcatSimulator.start(0, "code");
             CelcatSimulator beta = CelcatSimulator.start(0, null); RuntimeHarness runtime = RuntimeHarness.create()) {
            edusign.addSchool("key-beta-ok");
            GeneratedSchool.populate(celcat.timetable("1"), 5, 2, 1, 3);
            GeneratedSchool.populate(beta.timetable("1"), 5, 2, 1, 3);
            runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .property("test.beta.celcat.url", beta.baseUrl()).clock("2026-03-22T10:00:00Z")
                    .tenantFile("acme.yaml").tenantFile("beta.yaml").start();

            RunSummary refused = runtime.sync("acme");
            RunSummary other = runtime.sync("beta");

            assertThat(refused.status()).isEqualTo("FAILED");
            assertThat(refused.message()).contains("401").contains("credentials").doesNotContain("revoked-key");
            assertThat(other.status()).isEqualTo("COMPLETED");
            assertThat(edusign.school("key-beta-ok").courses()).hasSize(5);
        }
    }
}
