package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.PlannedItem;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.events.SyncRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A down run plans, then writes, on either API: the dry run's plan is what the real run then does (same creates,
 * updates, deletions, unchanged and skips, per course), and a plan that cannot be completed writes nothing at all.
 */
class PlanThenWriteTest {

    private static final String WHAT_A_RUN_DOES = "CREATED|UPDATED|UNCHANGED|DELETED|ADOPTED|FILTERED_.*|PAST|SAME_DAY|OUTSIDE_WINDOW|ALL_DAY_EVENT"
            + "|NO_VALID_.*|DUPLICATE_INSTRUCTOR_EMAIL|DELETIONS_HELD";

    private AcmeFixture acme;

    @BeforeEach
    void start() {
        acme = AcmeFixture.withoutHeavyPace();
    }

    @AfterEach
    void stop() {
        acme.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v3-batch"})
    void theRealRunDoesWhatTheDryRunPlanned(String api) {
        AcmeFixture.onApi(acme.runtime, api, "acme.yaml").start();

        RunSummary firstPlan = dryRun();
        assertThat(acme.writes()).isEmpty();
        assertThat(firstPlan.plan()).extracting(PlannedItem::kind, PlannedItem::reason).contains(
                org.assertj.core.groups.Tuple.tuple("instructor", "CREATED"), org.assertj.core.groups.Tuple.tuple("learner", "CREATED"));
        assertThat(firstPlan.plan()).filteredOn(p -> p.kind().equals("learner") && p.reason().equals("CREATED")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("would create or adopt 3 of the 3 learners"));
        RunSummary first = acme.runtime.sync("acme");
        assertThat(outcomes(first)).isEqualTo(outcomes(firstPlan)).containsEntry("CREATED", 3L);
        assertThat(acme.school().courses()).extracting(c -> c.get("NAME").asText())
                .containsExactlyInAnyOrder("Mathématiques TD", "Physique CM", "Soutien en ligne");
        assertThat(acme.school().students()).as("the learners the plan announced").hasSize(3);

        acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder().name("Mathématiques TD (salle changée)").build());
        acme.timetable().removeEvent(CelcatSchool.VISIO);
        acme.timetable().addEvent(CelcatSchool.event("ev-new", java.time.LocalDate.of(2026, 3, 30), 9, 11).name("Chimie TP").category("TP")
                .staff(502).students(9003).rooms(12).build());
        acme.edusign.clearRequests();

        RunSummary changesPlan = dryRun();
        assertThat(acme.writes()).isEmpty();
        assertThat(outcomes(changesPlan)).containsEntry("CREATED", 1L).containsEntry("UPDATED", 1L).containsEntry("DELETED", 1L)
                .containsEntry("UNCHANGED", 1L);
        assertThat(changesPlan.plan()).as("people the connector already holds are not planned again")
                .noneMatch(p -> p.reason().equals("CREATED") && !p.kind().equals("course"));
        RunSummary changes = acme.runtime.sync("acme");
        assertThat(outcomes(changes)).isEqualTo(outcomes(changesPlan));
        assertThat(acme.school().courses()).extracting(c -> c.get("NAME").asText())
                .containsExactlyInAnyOrder("Mathématiques TD (salle changée)", "Physique CM", "Chimie TP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v3-batch"})
    void onALostDatabaseTheDryRunLooksForTheSheetsAsTheRealRunDoes(String api) throws Exception {
        AcmeFixture.onApi(acme.runtime, api, "acme.yaml").start();
        acme.runtime.sync("acme");
        acme.runtime.close();
        acme.edusign.clearRequests();

        // A change, so that v3's batch is not the first run's repeated within its 5 s deduplication window.
        acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder().name("Mathématiques TD (salle changée)").build());
        try (var restored = AcmeFixture.onApi(acme.newRuntime(), api, "acme.yaml").start()) {
            RunSummary plan = restored.sync(new SyncRequest("acme", SyncRequest.DOWN, true, "test"));

            assertThat(acme.writes()).isEmpty();
            List<PlannedItem> courses = plan.plan().stream().filter(p -> p.kind().equals("course") && p.reason().matches("ADOPTED|CREATED")).toList();
            assertThat(courses).hasSize(3);
            RunSummary real = restored.sync("acme");
            assertThat(acme.school().courses()).hasSize(3);
            assertThat(real.counts()).doesNotContainKey("CREATED");
            if (api.equals("v1")) {
                // The sheets carry this connector's API_ID: the plan takes them back, as the real run then does.
                assertThat(courses).allSatisfy(p -> assertThat(p.message()).startsWith("would take back sheet")
                        .contains("under this connector's API_ID"));
                List<String> adopted = restored.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class)
                        .page("acme", 0, 100, "ADOPTED", null).stream().filter(e -> e.runId().equals(real.runId()) && e.kind().equals("course"))
                        .map(SyncEvent::sourceId).toList();
                assertThat(adopted).containsExactlyInAnyOrderElementsOf(courses.stream().map(PlannedItem::sourceId).toList());
            } else {
                // v1's lists need not show a v3 sheet's externalReferenceId: the plan says the upsert will find it, as it does.
                assertThat(courses).allSatisfy(p -> assertThat(p.reason()).isEqualTo("CREATED"))
                        .allSatisfy(p -> assertThat(p.message()).contains("or update the sheet a v3 batch made under the same externalReferenceId"));
                assertThat(real.counts()).containsEntry("UPDATED", 3L);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v3-batch"})
    void aPlanThatCannotBeCompletedWritesNothing(String api) {
        AcmeFixture.onApi(acme.runtime, api, "acme-broken-filter.yaml").start();

        RunSummary run = acme.runtime.sync("acme");

        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.message()).contains("the filter cannot read this course");
        assertThat(acme.writes()).as("the courses planned before the failing one were not written either").isEmpty();
        assertThat(acme.school().courses()).isEmpty();
    }

    private RunSummary dryRun() {
        return acme.runtime.sync(new SyncRequest("acme", SyncRequest.DOWN, true, "test"));
    }

    /** The run's counts of what it did to each course (not the notes on people or texts, which a dry run counts alike). */
    private static Map<String, Long> outcomes(RunSummary run) {
        return run.counts().entrySet().stream().filter(e -> e.getKey().matches(WHAT_A_RUN_DOES))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
