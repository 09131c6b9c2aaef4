package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.celcat.DemoTimetables;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * When Edusign cannot be reached at all, the run stops as FAILED with the cause, after the retries,
 * and its summary counts the requests as transient failures.
 */
class UnreachableEdusignTest {

    @Test
    void theRunFailsWithTheConnectionError() {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-acme");
        System.setProperty("ACME_CELCAT_API_CODE", "code-acme");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        try (CelcatSimulator celcat = CelcatSimulator.start(0, "code-acme");
             RuntimeHarness runtime = RuntimeHarness.create()) {
            DemoTimetables.populate(celcat.timetable("1"), java.time.LocalDate.of(2026, 3, 23), 14);
            runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", "http://127.0.0.1:1")
                    .clock("2026-03-22T10:00:00Z").tenantFile("acme.yaml").start();
            RunSummary summary = runtime.sync("acme");
            assertThat(summary.status()).isEqualTo("FAILED");
            assertThat(summary.message()).contains("Connection refused");
            long sent = summary.edusignRequests().values().stream().mapToLong(Long::longValue).sum();
            assertThat(sent).isPositive();
            assertThat(summary.edusignOutcomes()).as("each request counted once, as transient, after its retries")
                    .containsEntry("transient", sent).containsEntry("success", 0L).containsEntry("fatal", 0L);
        }
    }
}
