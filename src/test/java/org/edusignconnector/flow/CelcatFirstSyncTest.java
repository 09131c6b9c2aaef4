package org.edusignconnector.flow;

import org.edusignconnector.edusign.ApiIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A first sync of the small school creates exactly the expected Edusign objects, and says why for the rest. */
class CelcatFirstSyncTest {

    private AcmeFixture acme;

    @BeforeEach
    void start() {
        acme = new AcmeFixture();
        CelcatSchool.addSameDayCourse(acme.timetable());
        acme.runtime.start();
    }

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void createsTheEligibleCoursesWithTheirPeopleInUtc() {
        RunSummary summary = acme.runtime.sync("acme");

        assertThat(summary.status()).isEqualTo("COMPLETED");
        List<ObjectNode> courses = acme.school().courses();
        Map<String, ObjectNode> byName = courses.stream().collect(Collectors.toMap(c -> c.get("NAME").asText(), c -> c));
        assertThat(byName.keySet()).containsExactlyInAnyOrder("Mathématiques TD", "Physique CM", "Soutien en ligne");

        ObjectNode monday = byName.get("Mathématiques TD");
        assertThat(acme.requests("POST", "/v1/course").get(0).body().at("/course/START").asText()).isEqualTo("2026-03-23T08:00:00Z");
        assertThat(Instant.parse(monday.get("START").asText())).isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));   // 09:00 Paris, winter time
        assertThat(Instant.parse(monday.get("END").asText())).isEqualTo(Instant.parse("2026-03-23T10:00:00Z"));
        assertThat(monday.get("CLASSROOM").asText()).isEqualTo("B101 SALLE TD 30p");
        assertThat(monday.get("NEED_STUDENTS_SIGNATURE").asBoolean()).isTrue();
        assertThat(monday.get("API_ID").asText()).isEqualTo(ApiIds.of("celcat", "acme", "course", "tt1/" + CelcatSchool.MONDAY_TD));
        assertThat(monday.get("STUDENTS")).hasSize(3);                                // 9001, 9002 (group) + 9003; 9004 has no e-mail

        ObjectNode tuesday = byName.get("Physique CM");
        assertThat(Instant.parse(tuesday.get("START").asText())).isEqualTo(Instant.parse("2026-03-31T12:00:00Z"));  // 14:00 Paris, summer time
        assertThat(tuesday.get("PROFESSOR").asText()).isNotBlank();
        assertThat(tuesday.get("PROFESSOR_2").asText()).isNotEqualTo(tuesday.get("PROFESSOR").asText());

        assertThat(acme.school().professors()).extracting(p -> p.get("EMAIL").asText())
                .containsExactlyInAnyOrder("marie.dupont@school.example", "paul.martin@school.example");
        assertThat(acme.school().students()).extracting(p -> p.get("EMAIL").asText())
                .containsExactlyInAnyOrder("lea.bernard@school.example", "hugo.petit@school.example", "chloe.roux@school.example");
        assertThat(acme.school().students()).allSatisfy(s -> assertThat(s.get("API_ID").asText()).startsWith("ec1-student-"));
        JsonNode lea = acme.school().students().stream().filter(s -> s.get("LASTNAME").asText().equals("BERNARD")).findFirst().orElseThrow();
        assertThat(lea.get("FIRSTNAME").asText()).isEqualTo("Léa");
        assertThat(lea.get("PHONE").asText()).isEqualTo("+33600000001");

        assertThat(acme.requests("POST", "/v1/course")).hasSize(3);
        assertThat(acme.requests("POST", "/v1/professor")).hasSize(2);
        assertThat(acme.requests("POST", "/v1/student")).hasSize(3);
        assertThat(summary.counts()).containsEntry("CREATED", 3L);
    }

    @Test
    void recordsAReasonForEveryCourseNotSent() {
        acme.runtime.sync("acme");

        Map<String, String> reasonBySource = events().stream()
                .filter(e -> "course".equals(e.kind()))
                .collect(Collectors.toMap(SyncEvent::sourceId, SyncEvent::reason, (a, b) -> a));
        assertThat(reasonBySource).containsEntry("tt1/" + CelcatSchool.DUPLICATE_STAFF, "DUPLICATE_INSTRUCTOR_EMAIL")
                .containsEntry("tt1/" + CelcatSchool.NO_STAFF, "NO_VALID_INSTRUCTOR")
                .containsEntry("tt1/" + CelcatSchool.NO_VALID_LEARNER, "NO_VALID_LEARNER")
                .containsEntry("tt1/" + CelcatSchool.SAME_DAY, "SAME_DAY")
                .containsEntry("tt1/" + CelcatSchool.HOLIDAY, "ALL_DAY_EVENT");
        SyncEvent duplicate = events().stream().filter(e -> "DUPLICATE_INSTRUCTOR_EMAIL".equals(e.reason())).findFirst().orElseThrow();
        assertThat(duplicate.message()).contains("staff:503").contains("staff:502").contains("paul.martin@school.example");
        assertThat(events()).anySatisfy(e -> {
            assertThat(e.reason()).isEqualTo("INVALID_PERSON");
            assertThat(e.message()).contains("student:9004").contains("no e-mail");
        });
        assertThat(events().get(0).reason()).isEqualTo("RUN_COMPLETED");
    }

    private List<SyncEvent> events() {
        return acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class).page("acme", 0, 200, null, null);
    }
}
