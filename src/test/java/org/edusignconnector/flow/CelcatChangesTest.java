package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After a first sync, each kind of source change costs exactly the Edusign writes it needs, and no change costs none. */
class CelcatChangesTest {

    private AcmeFixture acme;

    @BeforeEach
    void firstSync() {
        acme = new AcmeFixture();
        acme.runtime.start();
        assertThat(acme.runtime.sync("acme").status()).isEqualTo("COMPLETED");
        acme.edusign.clearRequests();
    }

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void anUnchangedSecondRunMakesZeroEdusignWrites() {
        RunSummary second = acme.runtime.sync("acme");

        assertThat(acme.writes()).isEmpty();
        assertThat(second.counts()).containsEntry("UNCHANGED", 3L).doesNotContainKeys("CREATED", "UPDATED", "DELETED");
    }

    @Test
    void aRenamedCourseIsOnePatchCarryingAllItsStudentsAndProfessors() {
        acme.timetable().updateEvent(CelcatSchool.TUESDAY_AFTER_DST, e -> e.toBuilder().name("Physique CM (salle changée)").build());

        RunSummary run = acme.runtime.sync("acme");

        assertThat(acme.writes()).hasSize(1);
        RecordedRequest patch = acme.writes().get(0);
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.path()).isEqualTo("/v1/course");
        JsonNode course = patch.body().get("course");
        assertThat(course.get("NAME").asText()).isEqualTo("Physique CM (salle changée)");
        assertThat(course.get("ID").asText()).isNotBlank();
        assertThat(course.get("PROFESSOR").asText()).isNotBlank();
        assertThat(course.get("PROFESSOR_2").asText()).isNotBlank();
        assertThat(course.get("STUDENTS")).hasSize(2);
        assertThat(patch.body().get("editSurveys").asBoolean()).isFalse();
        assertThat(run.counts()).containsEntry("UPDATED", 1L).containsEntry("UNCHANGED", 2L);
    }

    @Test
    void aMovedCourseIsOnePatchWithTheNewUtcTimes() {
        acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder()
                .start(LocalDate.of(2026, 3, 30).atTime(9, 0)).end(LocalDate.of(2026, 3, 30).atTime(11, 0)).build());

        acme.runtime.sync("acme");

        assertThat(acme.writes()).singleElement().satisfies(w -> {
            assertThat(w.method()).isEqualTo("PATCH");
            assertThat(w.body().at("/course/START").asText()).isEqualTo("2026-03-30T07:00:00Z");   // after the DST change
        });
    }

    @Test
    void aRemovedCourseIsOneDeleteOfItsSheet() {
        String sheet = acme.school().courses().stream().filter(c -> c.get("NAME").asText().equals("Mathématiques TD"))
                .findFirst().orElseThrow().get("ID").asText();
        acme.timetable().removeEvent(CelcatSchool.MONDAY_TD);

        RunSummary run = acme.runtime.sync("acme");

        assertThat(acme.writes()).singleElement().satisfies(w -> {
            assertThat(w.method()).isEqualTo("DELETE");
            assertThat(w.path()).isEqualTo("/v1/course/" + sheet);
        });
        assertThat(run.counts()).containsEntry("DELETED", 1L);
        assertThat(acme.school().course(sheet)).isEmpty();
    }

    @Test
    void aSheetMadeByHandIsNeverDeleted() {
        var ours = acme.school().courses().get(0);
        var handMade = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        handMade.put("NAME", "Réunion faite à la main");
        handMade.put("START", "2026-03-23T13:00:00Z");
        handMade.put("END", "2026-03-23T14:00:00Z");
        handMade.put("PROFESSOR", ours.get("PROFESSOR").asText());
        String handMadeId = acme.school().addCourseByHand(handMade);
        acme.timetable().removeEvent(CelcatSchool.MONDAY_TD);

        acme.runtime.sync("acme");

        assertThat(acme.school().course(handMadeId)).isPresent();
        assertThat(acme.writes()).hasSize(1);
    }

    @Test
    void aRemovedThenRestoredCourseComesBackOnce() {
        var original = acme.timetable().events().stream().filter(e -> e.id().equals(CelcatSchool.MONDAY_TD)).findFirst().orElseThrow();
        acme.timetable().removeEvent(CelcatSchool.MONDAY_TD);
        acme.runtime.sync("acme");
        acme.timetable().addEvent(original);
        acme.edusign.clearRequests();

        acme.runtime.sync("acme");

        assertThat(acme.requests("POST", "/v1/course")).hasSize(1);
        assertThat(acme.school().courses()).extracting(c -> c.get("NAME").asText()).containsOnlyOnce("Mathématiques TD");
    }

    @Test
    void aRenameAndBackIsSentBothTimes() {
        acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder().name("Maths (déplacé)").build());
        acme.runtime.sync("acme");
        acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder().name("Mathématiques TD").build());

        acme.runtime.sync("acme");

        assertThat(acme.requests("PATCH", "/v1/course")).hasSize(2);
        assertThat(acme.school().courses()).extracting(c -> c.get("NAME").asText()).contains("Mathématiques TD");
    }

    @Test
    void aLearnerWhoseNameChangesIsPatchedOnce() {
        acme.timetable().addStudent(9003, "E9003", "ROUX-MARTIN, Chloé", "chloe.roux@school.example", null);

        acme.runtime.sync("acme");

        assertThat(acme.writes()).singleElement().satisfies(w -> {
            assertThat(w.method()).isEqualTo("PATCH");
            assertThat(w.path()).isEqualTo("/v1/student");
            assertThat(w.body().at("/student/LASTNAME").asText()).isEqualTo("ROUX-MARTIN");
        });
    }

    @Test
    void anEmptySourceListingDeletesNothing() {
        acme.timetable().events().forEach(e -> acme.timetable().removeEvent(e.id()));

        RunSummary run = acme.runtime.sync("acme");

        assertThat(acme.writes()).isEmpty();
        assertThat(run.counts()).containsKey("DELETIONS_HELD");
        assertThat(acme.school().courses()).hasSize(3);
        assertThat(Instant.now()).isNotNull();
    }
}
