package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.junit.jupiter.api.Test;

/** Locked Edusign sheets → Celcat registers: P, A, and L with MinsLate, from /MarkDefinitions; once per content. */
class CelcatAttendanceTest {

    @Test
    void marksFollowTheMarkDefinitions() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            String sheet = acme.school().courses().stream().filter(c -> c.get("NAME").asText().equals("Mathématiques TD"))
                    .findFirst().orElseThrow().get("ID").asText();
            String lea = id(acme, "lea.bernard@school.example");
            String hugo = id(acme, "hugo.petit@school.example");
            String chloe = id(acme, "chloe.roux@school.example");
            String illness = acme.school().addAbsenceReason("Maladie");
            acme.school().lockCourse(sheet, List.of(StudentAttendance.present(lea),
                    new StudentAttendance(hugo, false, null, null, null, illness, "certificat"),
                    new StudentAttendance(chloe, true, 15, null, null, null, "bus en retard")), List.of(true));
            acme.edusign.clearRequests();

            RunSummary up = acme.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test"));

            assertThat(up.counts()).as(up.message()).containsEntry("ATTENDANCE_SENT", 1L);
            // A Celcat mark is P, A or L: the run reads the locked sheets and nothing about justified absences.
            assertThat(acme.requests("GET", "/v1/justified-absence")).isEmpty();
            assertThat(acme.edusign.requests(AcmeFixture.KEY)).extracting(r -> r.method() + " " + r.path())
                    .containsOnly("GET /v1/course");
            assertThat(acme.timetable().registerWrites()).containsExactly(CelcatSchool.MONDAY_TD);
            JsonNode register = acme.timetable().registers().get(CelcatSchool.MONDAY_TD);
            assertThat(register.get("EventId").asText()).isEqualTo(CelcatSchool.MONDAY_TD);
            assertThat(mark(register, 9001).get("MarkId").asInt()).isEqualTo(1);
            assertThat(mark(register, 9002).get("MarkId").asInt()).isEqualTo(2);
            JsonNode late = mark(register, 9003);
            assertThat(late.get("MarkId").asInt()).isEqualTo(3);
            assertThat(late.get("MinsLate").asInt()).isEqualTo(15);
            assertThat(late.get("Comments").asText()).isEqualTo("bus en retard");

            acme.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test"));
            assertThat(acme.timetable().registerWrites()).hasSize(1);
        }
    }

    @Test
    void aClosedRegisterIsFinal() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            String sheet = acme.school().courses().stream().filter(c -> c.get("NAME").asText().equals("Mathématiques TD"))
                    .findFirst().orElseThrow().get("ID").asText();
            acme.timetable().closeRegister(CelcatSchool.MONDAY_TD);
            acme.school().lockCourse(sheet, List.of(StudentAttendance.present(id(acme, "lea.bernard@school.example"))), List.of(true));

            RunSummary first = acme.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test"));
            acme.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test"));

            assertThat(first.counts()).containsEntry("SOURCE_CLOSED", 1L);
            assertThat(acme.celcat.requests()).filteredOn(r -> r.method().equals("PUT")).hasSize(1);
        }
    }

    private static String id(AcmeFixture acme, String email) {
        return acme.school().students().stream().filter(s -> s.get("EMAIL").asText().equals(email)).findFirst().orElseThrow().get("ID").asText();
    }

    private static JsonNode mark(JsonNode register, int studentId) {
        for (JsonNode m : register.get("StudentMarks")) {
            if (m.get("StudentId").asInt() == studentId) {
                return m;
            }
        }
        throw new AssertionError("no mark for " + studentId + " in " + register);
    }
}
