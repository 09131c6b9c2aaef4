package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant on {@code edusignApi: v3-batch}: its first sync in one batch per kind, nothing on an unchanged run, the
 * same objects as v1 when a tenant switches, and no duplicate after a lost answer or a run that died between or in
 * the middle of its batches (the ledger then holds what a kill -9 at that point leaves: intents without ids).
 */
class V3BatchWritesTest {

    private AcmeFixture acme;

    @BeforeEach
    void start() {
        acme = AcmeFixture.withoutHeavyPace();
    }

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void theFirstSyncIsOneBatchPerKindAndAnUnchangedRunSendsNothing() throws Exception {
        onV3(acme.runtime).start();

        RunSummary first = acme.runtime.sync("acme");

        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.counts()).containsEntry("CREATED", 3L);
        assertThat(acme.writes()).extracting(RecordedRequest::path)
                .containsExactly("/v3/professors/batch-upsert", "/v3/students/batch-upsert", "/v3/courses/batch-upsert");
        assertThat(acme.school().courses()).hasSize(3);
        assertNoDuplicates();
        acme.edusign.clearRequests();

        RunSummary again = acme.runtime.sync("acme");

        assertThat(again.counts()).containsEntry("UNCHANGED", 3L).doesNotContainKey("CREATED");
        assertThat(acme.edusign.requests(AcmeFixture.KEY)).isEmpty();
    }

    @Test
    void aTenantSwitchedFromV1CreatesNothingTwiceWithItsLedgerOrWithoutIt() throws Exception {
        acme.runtime.start();
        acme.runtime.sync("acme");
        List<String> sheets = acme.school().courses().stream().map(c -> c.get("ID").asText()).sorted().toList();
        acme.runtime.stop();
        acme.edusign.clearRequests();

        onV3(acme.runtime).start();
        RunSummary switched = acme.runtime.sync("acme");
        assertThat(switched.counts()).containsEntry("UNCHANGED", 3L);
        assertThat(acme.writes()).isEmpty();

        var fresh = onV3(acme.newRuntime()).start();
        try {
            RunSummary lostLedger = fresh.sync("acme");
            assertThat(lostLedger.status()).isEqualTo("COMPLETED");
            assertThat(lostLedger.counts()).doesNotContainKey("CREATED");
        } finally {
            fresh.close();
        }
        assertThat(acme.school().courses()).extracting(c -> c.get("ID").asText()).containsExactlyInAnyOrderElementsOf(sheets);
        assertNoDuplicates();
    }

    @Test
    void aLostAnswerThenARunThatDiedInTheMiddleOfItsCourseBatchEndInTheFaultFreeState() throws Exception {
        onV3(acme.runtime).start();
        // The students' batch lands but its answer is lost once: sent again, answered as the first. Then every
        // course batch lands and its answer is lost: the run dies there, its sheets created but not in its ledger.
        acme.edusign.setFaultInjector(once("/v3/students/batch-upsert", new Fault.AppliedThenLost(502),
                new Fault.AppliedThenLost(504)));

        RunSummary died = acme.runtime.sync("acme");

        assertThat(died.status()).isEqualTo("FAILED");
        assertThat(acme.school().courses()).hasSize(3);
        acme.edusign.setFaultInjector(null);
        acme.runtime.stop();
        acme.runtime.start();

        RunSummary next = acme.runtime.sync("acme");

        assertThat(next.status()).isEqualTo("COMPLETED");
        assertThat(next.counts()).containsEntry("CREATED", 3L);
        assertThat(acme.school().courses()).hasSize(3);
        assertNoDuplicates();
    }

    @Test
    void aSheetEdusignRefusesInA207IsRecordedWithItsCodeAndTheOthersAreWritten() throws Exception {
        onV3(acme.runtime).start();
        acme.runtime.sync("acme");
        String tuesday = sheetOf(CelcatSchool.TUESDAY_AFTER_DST);
        acme.school().lockCourse(tuesday, List.of(), List.of());
        acme.timetable().updateEvent(CelcatSchool.TUESDAY_AFTER_DST, e -> e.toBuilder().name("Physique (renamed)").build());
        acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder().name("Maths (renamed)").build());

        RunSummary partial = acme.runtime.sync("acme");

        assertThat(partial.status()).isEqualTo("COMPLETED");
        assertThat(partial.counts()).containsEntry("UPDATED", 1L).containsEntry("EDUSIGN_REJECTED", 1L);
        assertThat(acme.school().course(sheetOf(CelcatSchool.MONDAY_TD)).orElseThrow().get("NAME").asText()).isEqualTo("Maths (renamed)");
        List<org.edusignconnector.events.SyncEvent> events = acme.runtime.context().getRegistry()
                .lookupByNameAndType("eventLog", org.edusignconnector.events.EventLog.class).page("acme", 0, 200, "EDUSIGN_REJECTED", null);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.sourceId()).isEqualTo("tt1/" + CelcatSchool.TUESDAY_AFTER_DST);
            assertThat(e.message()).contains("COURSE_LOCKED");
        });
    }

    private String sheetOf(String eventId) {
        String apiId = org.edusignconnector.edusign.ApiIds.of("celcat", "acme", "course", "tt1/" + eventId);
        return acme.school().idOfExternalReference("course", apiId).orElseThrow();
    }

    private static FaultInjector once(String studentsPath, Fault studentsFault, Fault coursesFault) {
        boolean[] studentsHit = {false};
        return (method, path, number) -> {
            if (path.equals(studentsPath) && !studentsHit[0]) {
                studentsHit[0] = true;
                return java.util.Optional.of(studentsFault);
            }
            if (coursesFault != null && path.equals("/v3/courses/batch-upsert")) {
                return java.util.Optional.of(coursesFault);
            }
            return java.util.Optional.empty();
        };
    }

    private void assertNoDuplicates() {
        assertThat(acme.school().students()).extracting(s -> s.get("EMAIL").asText().toLowerCase()).doesNotHaveDuplicates();
        assertThat(acme.school().professors()).extracting(s -> s.get("EMAIL").asText().toLowerCase()).doesNotHaveDuplicates();
        assertThat(acme.school().courses()).extracting(c -> c.get("NAME").asText() + "@" + c.get("START").asText()).doesNotHaveDuplicates();
    }

    /** The acme tenant with {@code edusignApi: v3-batch}, v3 on the same simulated school. */
    private static org.edusignconnector.testing.RuntimeHarness onV3(org.edusignconnector.testing.RuntimeHarness harness) {
        return AcmeFixture.onApi(harness, "v3-batch", "acme.yaml");
    }
}
