package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.edusign.ApiIds;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.PlannedItem;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.reliability.SchoolSnapshot;
import org.junit.jupiter.api.Test;

/**
 * A Celcat school that another connector filled through the public API (same timetable, its own API_IDs) is taken
 * over with {@code adoptExistingSheets}: its sheets and groups are adopted, not created twice; a course two sheets
 * match is left to an operator; a sheet that differs in start or instructor is not taken. Runs on H2 and PostgreSQL.
 */
class CelcatTakeoverTest {

    private static final String UNRELATED = "Réunion pédagogique";

    @Test
    void theFirstRunAdoptsEverySheetAndGroupAndLaterRunsWriteNothing() {
        try (AcmeFixture acme = new AcmeFixture()) {
            Map<String, String> theirs = fill(acme, true);
            ObjectNode unrelated = sheet(acme, UNRELATED);
            acme.edusign.clearRequests();
            acme.runtime.property("test.celcat.groups", "true").property("test.adoptExistingSheets", "true").start();

            RunSummary first = acme.runtime.sync("acme");

            assertThat(first.status()).as(first.message()).isEqualTo("COMPLETED");
            assertThat(acme.requests("POST", "/v1/")).as("nothing created").isEmpty();
            assertThat(acme.school().courses()).hasSize(4);
            assertThat(acme.school().groups()).hasSize(1);
            assertThat(SchoolSnapshot.of(acme.school()).duplicates()).isEmpty();
            assertThat(acme.requests("PATCH", "/v1/course")).as("one PATCH per adopted sheet").hasSize(3);
            assertThat(sheet(acme, "Mathématiques TD").get("ID").asText()).isEqualTo(theirs.get("MATHEMATIQUES  td"));
            assertThat(sheet(acme, "Mathématiques TD").get("API_ID").asText())
                    .isEqualTo(ApiIds.of("celcat", "acme", "course", "tt1/" + CelcatSchool.MONDAY_TD));
            assertThat(acme.school().groups().get(0).get("API_ID").asText()).as("the group carries our API_ID").doesNotStartWith("other-");
            assertThat(sheet(acme, UNRELATED)).as("a sheet that matches no course is never touched").isEqualTo(unrelated);
            assertThat(first.counts()).containsEntry("ADOPTED", 3L + 1 + 2 + 3).doesNotContainKey("CREATED");
            List<SyncEvent> adopted = events(acme).page("acme", 0, 50, "ADOPTED", null);
            assertThat(adopted).anySatisfy(e -> assertThat(e.message()).contains(theirs.get("MATHEMATIQUES  td"))
                    .contains("2026-03-23T08:00:00Z").contains("marie.dupont@school.example").contains("its API_ID was 'other-course-"));

            acme.edusign.clearRequests();
            RunSummary second = acme.runtime.sync("acme");
            assertThat(second.counts()).doesNotContainKeys("ADOPTED", "CREATED");
            assertThat(acme.writes()).as("later runs write nothing").isEmpty();
        }
    }

    @Test
    void onV3TheSheetsAreAdoptedThroughV1AndNothingIsCreatedTwice() {
        try (AcmeFixture acme = AcmeFixture.withoutHeavyPace()) {
            Map<String, String> theirs = fill(acme, true);
            acme.edusign.clearRequests();
            AcmeFixture.onApi(acme.runtime.property("test.celcat.groups", "true").property("test.adoptExistingSheets", "true"),
                    "v3-batch", "acme.yaml").start();

            RunSummary first = acme.runtime.sync("acme");

            assertThat(first.status()).as(first.message()).isEqualTo("COMPLETED");
            assertThat(first.counts()).doesNotContainKey("CREATED");
            assertThat(acme.school().courses()).hasSize(4);
            assertThat(SchoolSnapshot.of(acme.school()).duplicates()).isEmpty();
            assertThat(acme.requests("POST", "/v3/courses")).as("no sheet goes through a v3 batch: each is adopted").isEmpty();
            assertThat(acme.requests("PATCH", "/v1/course")).as("one PATCH per adopted sheet, giving it our API_ID").hasSize(3);
            assertThat(sheet(acme, "Mathématiques TD").get("ID").asText()).isEqualTo(theirs.get("MATHEMATIQUES  td"));
            assertThat(sheet(acme, "Mathématiques TD").get("API_ID").asText())
                    .isEqualTo(ApiIds.of("celcat", "acme", "course", "tt1/" + CelcatSchool.MONDAY_TD));

            acme.edusign.clearRequests();
            acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder().name("Mathématiques TD (modifié)").build());
            RunSummary second = acme.runtime.sync("acme");
            assertThat(second.counts()).containsEntry("UPDATED", 1L).doesNotContainKeys("ADOPTED", "CREATED");
            assertThat(acme.writes()).as("an adopted sheet is then written by v3, by its id").extracting(r -> r.method() + " " + r.path())
                    .containsExactly("POST /v3/courses/batch-upsert");
            assertThat(sheet(acme, "Mathématiques TD (modifié)").get("ID").asText()).isEqualTo(theirs.get("MATHEMATIQUES  td"));
        }
    }

    @Test
    void twoSheetsMatchingOneCourseAreBothLeftAndNothingIsCreatedForIt() {
        try (AcmeFixture acme = new AcmeFixture()) {
            Map<String, String> theirs = fill(acme, false);
            String twin = new OtherConnector(acme.edusign.baseUrl(), AcmeFixture.KEY).course("Mathématiques TD", "2026-03-23T08:00:00Z",
                    "2026-03-23T10:00:00Z", null, List.of(theirs.get("marie")), List.of(), List.of());
            acme.runtime.property("test.adoptExistingSheets", "true").start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.counts()).containsEntry("ADOPTION_AMBIGUOUS", 1L).containsEntry("ADOPTED", 2L + 2 + 3).doesNotContainKey("CREATED");
            assertThat(acme.school().courses()).filteredOn(c -> java.time.Instant.parse(c.get("START").asText()).equals(java.time.Instant.parse("2026-03-23T08:00:00Z"))).hasSize(2)
                    .allSatisfy(c -> assertThat(c.get("API_ID").asText()).startsWith("other-"));
            assertThat(events(acme).page("acme", 0, 10, "ADOPTION_AMBIGUOUS", null)).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains(theirs.get("MATHEMATIQUES  td")).contains(twin)
                            .contains("None is adopted and nothing is created").contains("delete or rename the extra one"));
        }
    }

    @Test
    void aSheetWithAnotherStartOrAnotherInstructorIsNotTakenAndTheCourseIsCreated() {
        try (AcmeFixture acme = new AcmeFixture()) {
            OtherConnector other = new OtherConnector(acme.edusign.baseUrl(), AcmeFixture.KEY);
            String marie = other.professor("Marie", "Dupont", "marie.dupont@school.example");
            String laterStart = other.course("Mathématiques TD", "2026-03-23T08:30:00Z", "2026-03-23T10:00:00Z", null, List.of(marie), List.of(), List.of());
            String oneInstructor = other.course("Physique CM", "2026-03-31T12:00:00Z", "2026-03-31T14:00:00Z", null, List.of(marie), List.of(), List.of());
            acme.runtime.property("test.adoptExistingSheets", "true").start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.counts()).containsEntry("CREATED", 3L);
            assertThat(acme.school().courses()).hasSize(5);
            Set<String> patched = acme.requests("PATCH", "/v1/course").stream().map(r -> r.body().at("/course/ID").asText()).collect(Collectors.toSet());
            assertThat(patched).doesNotContain(laterStart, oneInstructor);
            assertThat(SchoolSnapshot.of(acme.school()).duplicates()).isEmpty();
        }
    }

    @Test
    void theDryRunShowsWhichSheetEachCourseWouldTakeOverAndWritesNothing() {
        try (AcmeFixture acme = new AcmeFixture()) {
            Map<String, String> theirs = fill(acme, false);
            SchoolSnapshot before = SchoolSnapshot.of(acme.school());
            acme.edusign.clearRequests();
            acme.runtime.property("test.adoptExistingSheets", "true").start();

            RunSummary plan = acme.runtime.sync(new SyncRequest("acme", SyncRequest.DOWN, true, "test"));

            assertThat(plan.counts()).containsEntry("ADOPTED", 3L).doesNotContainKey("CREATED");
            assertThat(plan.plan()).extracting(PlannedItem::message)
                    .anySatisfy(m -> assertThat(m).startsWith("would adopt sheet " + theirs.get("MATHEMATIQUES  td")).contains("adoptExistingSheets"));
            assertThat(acme.writes()).isEmpty();
            assertThat(SchoolSnapshot.of(acme.school())).isEqualTo(before);
        }
    }

    @Test
    void aCourseListThatCannotBeReliedOnCreatesNothingWhileTheOptionIsOn() {
        try (AcmeFixture acme = new AcmeFixture()) {
            fill(acme, false);
            acme.school().quirks().ignoreCourseListPage();
            acme.edusign.clearRequests();
            acme.runtime.property("test.adoptExistingSheets", "true").start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.counts()).containsEntry("EDUSIGN_UNKNOWN_ANSWER", 3L).doesNotContainKey("CREATED");
            assertThat(acme.requests("POST", "/v1/course")).isEmpty();
            assertThat(events(acme).page("acme", 0, 10, "EDUSIGN_UNKNOWN_ANSWER", null))
                    .allSatisfy(e -> assertThat(e.message()).contains("adoptExistingSheets is on"));
        }
    }

    @Test
    void withoutTheOptionTheSheetsAreCreatedAsToday() {
        try (AcmeFixture acme = new AcmeFixture()) {
            fill(acme, false);
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.counts()).containsEntry("CREATED", 3L);
            assertThat(acme.school().courses()).hasSize(3 + 4);
            assertThat(acme.requests("PATCH", "/v1/course")).isEmpty();
        }
    }

    /** The school as another connector left it: the same timetable's people, group and sheets, plus a sheet of its own. */
    private static Map<String, String> fill(AcmeFixture acme, boolean groups) {
        OtherConnector other = new OtherConnector(acme.edusign.baseUrl(), AcmeFixture.KEY);
        Map<String, String> ids = new HashMap<>();
        ids.put("marie", other.professor("Marie", "DUPONT", "marie.dupont@school.example"));
        ids.put("paul", other.professor("Paul", "MARTIN", "paul.martin@school.example"));
        String lea = other.student("Léa", "BERNARD", "lea.bernard@school.example");
        String hugo = other.student("Hugo", "PETIT", "hugo.petit@school.example");
        String chloe = other.student("Chloé", "ROUX", "chloe.roux@school.example");
        List<String> group = groups ? List.of(other.group("l1 groupe  A", lea, hugo)) : List.of();
        ids.put("MATHEMATIQUES  td", other.course("MATHEMATIQUES  td", "2026-03-23T08:00:00Z", "2026-03-23T10:00:00Z", "B101",
                List.of(ids.get("marie")), List.of(lea, hugo, chloe), group));
        other.course("Physique CM", "2026-03-31T12:00:00Z", "2026-03-31T14:00:00Z", "B101", List.of(ids.get("paul"), ids.get("marie")),
                List.of(lea, hugo), group);
        other.course("Soutien en ligne", "2026-03-27T13:00:00Z", "2026-03-27T15:00:00Z", null, List.of(ids.get("paul")), List.of(chloe), List.of());
        other.course(UNRELATED, "2026-03-25T08:00:00Z", "2026-03-25T10:00:00Z", null, List.of(ids.get("marie")), List.of(), List.of());
        return ids;
    }

    private static ObjectNode sheet(AcmeFixture acme, String name) {
        return acme.school().courses().stream().filter(c -> c.get("NAME").asText().equals(name)).findFirst().orElseThrow();
    }

    private static EventLog events(AcmeFixture acme) {
        return acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
    }
}
