package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * While Edusign fails every call, each school's circuit breaker opens after its own failed calls (a few
 * runs, each stopped by a call failing after its redeliveries): its next runs fail fast instead of retrying into it, and
 * their summaries count the refused calls as breaker_open rather than transient.
 */
class CircuitBreakerTest {

    @Test
    void aDownEdusignIsNotHammeredByEveryTenant() {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-a");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        System.setProperty("BETA_EDUSIGN_API_KEY", "key-b");
        try (EdusignSimulator edusign = EdusignSimulator.start(0); CelcatSimulator celcat = CelcatSimulator.start(0, "code");
             CelcatSimulator beta = CelcatSimulator.start(0, null); RuntimeHarness runtime = RuntimeHarness.create()) {
            edusign.addSchool("key-a");
            edusign.addSchool("key-b");
            GeneratedSchool.populate(celcat.timetable("1"), 5, 2, 1, 3);
            GeneratedSchool.populate(beta.timetable("1"), 5, 2, 1, 3);
            runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .property("test.beta.celcat.url", beta.baseUrl()).property("connector.edusign.breaker-open-ms", "60000")
                    .property("connector.http.max-redeliveries", "12").clock("2026-03-22T10:00:00Z")
                    .tenantFile("acme.yaml").tenantFile("beta.yaml").start();
            edusign.setFaultInjector((method, path, n) -> Optional.of(new Fault.HttpError(502, "Bad Gateway")));

            RunSummary first = runtime.sync("acme");
            assertThat(first.status()).isEqualTo("FAILED");
            assertThat(first.message()).contains("502");
            RunSummary second = runtime.sync("beta");
            assertThat(second.status()).isEqualTo("FAILED");
            assertThat(second.message()).as("beta's breaker counts only beta's calls").contains("502");
            // acme's breaker opens once its own failed calls reach the threshold (at least 3): a few runs
            for (int run = 2; run <= 5 && runtime.sync("acme").message().contains("502"); run++) {
                assertThat(run).as("acme's breaker opened within five runs").isLessThan(5);
            }
            long before = edusign.requests().size();
            RunSummary fast = runtime.sync("acme");

            assertThat(fast.status()).isEqualTo("FAILED");
            assertThat(fast.message()).contains("suspended by the circuit breaker");
            assertThat(edusign.requests().size() - before).as("the run failed fast, sending nothing").isZero();
            assertThat(first.edusignOutcomes()).as("sent, and still failing after the redeliveries")
                    .containsEntry("breaker_open", 0L).extractingByKey("transient").isNotEqualTo(0L);
            assertThat(fast.edusignOutcomes()).as("refused by the open breaker, not sent")
                    .containsEntry("breaker_open", 1L).containsEntry("transient", 0L);
        }
    }
}
