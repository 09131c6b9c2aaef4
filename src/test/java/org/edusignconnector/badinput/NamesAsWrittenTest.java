package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.edusign.SchoolState;
import org.edusignconnector.sim.fca.FcaFormateur;
import org.edusignconnector.sim.fca.FcaInscription;
import org.edusignconnector.sim.fca.FcaPerson;
import org.edusignconnector.sim.fca.FcaSeance;
import org.junit.jupiter.api.Test;

/**
 * Nothing is dropped for its looks: a title with markup, a title of 300 characters, an
 * instructor and a learner whose last name has 150 characters reach Edusign as the source wrote
 * them, from Celcat and from FCA Manager alike, with no event.
 */
class NamesAsWrittenTest {

    private static final String LONG_LAST = "DE LA " + "X".repeat(144);
    private static final String LONG_TITLE = CelcatEventCases.TITLE_300;

    @Test
    void celcat() {
        try (HostileCelcat celcat = new HostileCelcat()) {
            celcat.timetable().addStaff(501, "LONG", LONG_LAST + ", Marie", "marie.long@school.example")
                    .addStudent(9001, "E9001", LONG_LAST + ", Léa", "lea.long@school.example", null);
            LocalDateTime monday = LocalDateTime.of(2026, 3, 23, 9, 0);
            celcat.timetable().addEvent(CelcatEvent.builder("ev-lt").start(monday).end(monday.plusHours(2)).name("Maths < Physique")
                    .staff(501).students(9001).build());
            celcat.timetable().addEvent(CelcatEvent.builder("ev-long").start(monday.plusDays(1)).end(monday.plusDays(1).plusHours(2))
                    .name(LONG_TITLE).staff(501).students(9001).build());
            celcat.runtime.start();

            RunSummary run = celcat.sync();

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(run.counts()).containsEntry("CREATED", 2L).doesNotContainKeys("INVALID_COURSE_DATA", "INVALID_PERSON", "TEXT_SHORTENED");
            assertSentAsWritten(celcat.school(), "Marie", "Léa");
        }
    }

    @Test
    void fca() {
        try (HostileFca fca = new HostileFca()) {
            FcaFormateur trainer = new FcaFormateur("F-1", LONG_LAST, "Marie", "marie.long@univ.example", false);
            LocalDate monday = LocalDate.of(2026, 3, 23);
            for (String title : List.of("Maths < Physique", LONG_TITLE)) {
                fca.fca.data().addSeance(FcaSeance.builder("S-" + title.length()).intitule(title)
                        .debut(FcaSeance.paris(monday.atTime(9, 0))).fin(FcaSeance.paris(monday.atTime(11, 0)))
                        .action("ACT", "Action", "2025").activite("ACV", "Activité").enseignement("ENS", "Enseignement", trainer)
                        .formateurs(trainer).build());
            }
            fca.fca.data().setInscriptions("ACT", List.of(new FcaInscription(
                    new FcaPerson("A-1", LONG_LAST, "Léa", "lea.long@etu.example", null), FcaInscription.CONFIRMEE, null)));
            fca.runtime.start();

            RunSummary run = fca.sync();

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(run.counts()).containsEntry("CREATED", 2L).doesNotContainKeys("INVALID_COURSE_DATA", "INVALID_PERSON", "TEXT_SHORTENED");
            assertSentAsWritten(fca.school(), "Marie", "Léa");
        }
    }

    private static void assertSentAsWritten(SchoolState school, String instructorFirstName, String learnerFirstName) {
        assertThat(LONG_LAST).hasSize(150);
        assertThat(LONG_TITLE).hasSize(300);
        assertThat(school.courses()).extracting(c -> c.get("NAME").asText()).containsExactlyInAnyOrder("Maths < Physique", LONG_TITLE);
        JsonNode professor = school.professors().get(0);
        assertThat(professor.get("LASTNAME").asText()).isEqualTo(LONG_LAST);
        assertThat(professor.get("FIRSTNAME").asText()).isEqualTo(instructorFirstName);
        assertThat(school.students()).singleElement().satisfies(s -> {
            assertThat(s.get("LASTNAME").asText()).isEqualTo(LONG_LAST);
            assertThat(s.get("FIRSTNAME").asText()).isEqualTo(learnerFirstName);
        });
        assertThat(school.courses()).allSatisfy(c -> assertThat(c.get("STUDENTS")).hasSize(1));
    }
}
