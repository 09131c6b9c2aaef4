package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** Purging the idempotent repository cannot make an old course be sent again: the ledger still knows it. */
class HousekeepingTest {

    @Test
    void afterAPurgeAnUnchangedRunStillWritesNothing() throws Exception {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-purge");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        try (EdusignSimulator edusign = EdusignSimulator.start(0); CelcatSimulator celcat = CelcatSimulator.start(0, "code");
             RuntimeHarness runtime = RuntimeHarness.create()) {
            edusign.addSchool("key-purge");
            org.edusignconnector.sim.celcat.DemoTimetables.populate(celcat.timetable("1"), java.time.LocalDate.of(2026, 3, 23), 5);
            runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .property("connector.housekeeping.max-age-days", "0").clock("2026-03-22T10:00:00Z").tenantFile("acme.yaml").start();
            runtime.sync("acme");
            assertThat(keys(runtime)).isPositive();
            edusign.clearRequests();

            runtime.context().createProducerTemplate().sendBody("direct:idempotency-housekeeping", null);
            assertThat(keys(runtime)).isZero();
            RunSummary afterPurge = runtime.sync("acme");

            assertThat(edusign.writeCount("key-purge")).isZero();
            assertThat(afterPurge.counts()).containsKey("UNCHANGED").doesNotContainKeys("CREATED", "UPDATED");
            assertThat(keys(runtime)).as("the keys are back after the run").isPositive();
        }
    }

    private static long keys(RuntimeHarness runtime) throws Exception {
        try (Connection c = runtime.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
