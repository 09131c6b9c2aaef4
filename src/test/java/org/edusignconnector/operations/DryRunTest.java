package org.edusignconnector.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

import org.edusignconnector.events.PlannedItem;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** A dry run computes the plan — creates, updates, deletes, skips with reasons — and writes nothing anywhere. */
class DryRunTest {

    @Test
    void theDryRunPlansWithoutWriting() throws Exception {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-dry");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        try (EdusignSimulator edusign = EdusignSimulator.start(0); CelcatSimulator celcat = CelcatSimulator.start(0, "code");
             RuntimeHarness runtime = RuntimeHarness.create()) {
            edusign.addSchool("key-dry");
            org.edusignconnector.sim.celcat.DemoTimetables.populate(celcat.timetable("1"), java.time.LocalDate.of(2026, 3, 23), 5);
            runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .clock("2026-03-22T10:00:00Z").tenantFile("acme.yaml").start();

            RunSummary firstPlan = runtime.sync(new SyncRequest("acme", SyncRequest.DOWN, true, "test"));

            assertThat(firstPlan.dryRun()).isTrue();
            assertThat(firstPlan.counts()).containsKey("CREATED").containsKey("DUPLICATE_INSTRUCTOR_EMAIL");
            assertThat(firstPlan.plan()).extracting(PlannedItem::reason).contains("CREATED", "DUPLICATE_INSTRUCTOR_EMAIL");
            // The ledger knows none of the courses: the plan looks for them on Edusign as the writers would, reads only.
            assertThat(edusign.requests("key-dry")).isNotEmpty().noneMatch(RecordedRequest::isWrite);
            assertThat(rows(runtime, "sync_ledger") + rows(runtime, "sync_event") + rows(runtime, "sync_run")
                    + rows(runtime, "CAMEL_MESSAGEPROCESSED")).isZero();

            RunSummary real = runtime.sync("acme");
            long created = real.counts().get("CREATED");
            assertThat(created).isEqualTo(firstPlan.counts().get("CREATED"));
            String apiId = edusign.school("key-dry").courses().get(0).get("API_ID").asText();
            String eventId = celcat.timetable("1").events().stream().map(e -> e.id())
                    .filter(id -> org.edusignconnector.edusign.ApiIds.of("celcat", "acme", "course", "tt1/" + id).equals(apiId))
                    .findFirst().orElseThrow();
            assertThat(celcat.timetable("1").removeEvent(eventId)).isTrue();
            edusign.clearRequests();
            long events = rows(runtime, "sync_event");

            RunSummary secondPlan = runtime.sync(new SyncRequest("acme", SyncRequest.DOWN, true, "test"));

            assertThat(secondPlan.counts()).containsKey("UNCHANGED").containsEntry("DELETED", 1L);
            assertThat(secondPlan.plan()).anySatisfy(p -> assertThat(p.message()).startsWith("would delete sheet"));
            assertThat(edusign.requests("key-dry")).as("the ledger knows every course: not even a read").isEmpty();
            assertThat(rows(runtime, "sync_event")).isEqualTo(events);
        }
    }

    private static long rows(RuntimeHarness runtime, String table) throws Exception {
        try (Connection c = runtime.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
