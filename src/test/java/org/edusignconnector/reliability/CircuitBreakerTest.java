package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.edusignconnector.events.RunSummary;
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
        try (TwoSchools schools = TwoSchools.start("key-a", "key-b", 12)) {
            EdusignSimulator edusign = schools.edusign;
            RuntimeHarness runtime = schools.runtime;
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
