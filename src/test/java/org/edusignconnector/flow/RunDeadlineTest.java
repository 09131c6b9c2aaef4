package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.edusignconnector.sync.TenantRunLock;
import org.junit.jupiter.api.Test;

/**
 * A run has a deadline ({@code connector.run.max-duration-minutes}, here 1.2 s): Edusign holding its
 * first request longer than that makes the run stop at its next call, FAILED with a message naming the
 * deadline, without another request, and the tenant's lease is freed for the next run.
 */
class RunDeadlineTest {

    @Test
    void aRunPastItsDeadlineFailsAndFreesItsTenant() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.property("connector.run.max-duration-minutes", "0.02").start();
            acme.edusign.setFaultInjector(FaultInjector.onRequest(1, new Fault.Hang(2_000)));

            RunSummary summary = acme.runtime.sync("acme");

            assertThat(summary.status()).isEqualTo("FAILED");
            assertThat(summary.message()).contains("reached its deadline of 1.2 s").contains("connector.run.max-duration-minutes");
            assertThat(acme.edusign.requests()).as("nothing sent after the deadline passed").hasSizeLessThanOrEqualTo(1);
            assertThat(acme.school().courses()).isEmpty();
            TenantRunLock lock = acme.runtime.context().getRegistry().lookupByNameAndType("tenantRunLock", TenantRunLock.class);
            assertThat(lock.holder("acme")).as("the lease is freed").isEmpty();
            EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
            assertThat(events.page("acme", 0, 50, "RUN_FAILED", null))
                    .anySatisfy(e -> assertThat(e.message()).contains("deadline"));
        }
    }
}
