package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * One school's trouble stays its own: on one runtime and one Edusign, the school whose calls all fail
 * (faults on its API key only) opens its circuit breaker, while another school's run completes and
 * keeps completing after that breaker opened.
 */
class BreakerPerSchoolTest {

    @Test
    void anOpenBreakerStopsOnlyItsOwnSchool() {
        try (TwoSchools schools = TwoSchools.start("key-failing", "key-healthy", 2)) {
            EdusignSimulator edusign = schools.edusign;
            RuntimeHarness runtime = schools.runtime;
            edusign.setFaultInjector(FaultInjector.onSchool("key-failing", (method, path, n) -> Optional.of(new Fault.HttpError(429, "Too Many Requests"))));

            // acme's runs fail on its 429s until its breaker has counted enough of them (at least 3 calls)
            int acmeRuns = 0;
            RunSummary failing;
            long acmeRequestsBefore;
            do {
                acmeRequestsBefore = edusign.requests("key-failing").size();
                failing = runtime.sync("acme");
                acmeRuns++;
                assertThat(failing.status()).isEqualTo("FAILED");
                RunSummary healthy = runtime.sync("beta");
                assertThat(healthy.status()).as("beta beside acme's failing run " + acmeRuns + ": " + healthy.message()).isEqualTo("COMPLETED");
            } while (failing.message().contains("429") && acmeRuns < 5);
            assertThat(failing.message()).as("acme's breaker opened within five runs").contains("suspended by the circuit breaker");
            assertThat(edusign.requests("key-failing")).as("acme's open breaker sent nothing").hasSize((int) acmeRequestsBefore);

            RunSummary stillHealthy = runtime.sync("beta");
            assertThat(stillHealthy.status()).as(stillHealthy.message()).isEqualTo("COMPLETED");
            assertThat(stillHealthy.edusignOutcomes()).containsEntry("breaker_open", 0L);
            assertThat(edusign.school("key-healthy").courses()).as("beta's courses are on Edusign").isNotEmpty();
        }
    }
}
