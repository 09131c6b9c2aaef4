package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sim.celcat.RecordedRequest;
import org.edusignconnector.sim.common.Fault;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.junit.jupiter.api.Test;

/**
 * Locked Edusign sheets → Celcat registers as CAWS keeps them: the register of the event's week is read
 * whole, the marks P, A, and L with MinsLate (from /MarkDefinitions) are set flagged Modified, and it is
 * put back whole; once per content; a register that already holds them is not written again.
 */
class CelcatAttendanceTest {

    private static final String REGISTER = "/api/Registers/" + CelcatSchool.MONDAY_TD_REGISTER;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRegisterIsReadWholeAndPutBackWithTheMarksFlaggedModified() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            String sheet = mondayTd(acme);
            String lea = id(acme, "lea.bernard@school.example");
            String hugo = id(acme, "hugo.petit@school.example");
            String chloe = id(acme, "chloe.roux@school.example");
            String illness = acme.school().addAbsenceReason("Maladie");
            acme.school().lockCourse(sheet, List.of(StudentAttendance.present(lea),
                    new StudentAttendance(hugo, false, null, null, null, illness, "certificat"),
                    new StudentAttendance(chloe, true, 15, null, null, null, "bus en retard")), List.of(true));
            acme.edusign.clearRequests();
            acme.celcat.clearRequests();

            RunSummary up = up(acme);

            assertThat(up.counts()).as(up.message()).containsEntry("ATTENDANCE_SENT", 1L);
            // A Celcat mark is P, A or L: the run reads the locked sheets and nothing about justified absences.
            assertThat(acme.requests("GET", "/v1/justified-absence")).isEmpty();
            assertThat(acme.edusign.requests(AcmeFixture.KEY)).extracting(r -> r.method() + " " + r.path())
                    .containsOnly("GET /v1/course");
            assertThat(acme.celcat.requests()).filteredOn(r -> r.path().startsWith("/api/Registers"))
                    .extracting(r -> r.method() + " " + r.path()).containsExactly("GET " + REGISTER, "PUT " + REGISTER);
            JsonNode sent = JSON.readTree(put(acme).body());
            assertThat(sent.get("EventId").asLong()).isEqualTo(150021);
            assertThat(sent.get("Week").asInt()).isEqualTo(25);
            assertThat(sent.get("Modified").asBoolean()).isTrue();
            assertThat(sent.get("StudentMarks")).as("the whole register: every learner, the marked ones flagged")
                    .extracting(m -> m.get("StudentId").asInt() + ":" + m.get("Modified").asBoolean())
                    .containsExactlyInAnyOrder("9001:true", "9002:true", "9003:true", "9004:false");
            assertThat(acme.timetable().registerWrites()).containsExactly(CelcatSchool.MONDAY_TD);
            JsonNode register = acme.timetable().registers().get(CelcatSchool.MONDAY_TD);
            assertThat(mark(register, 9001).get("MarkId").asInt()).isEqualTo(1);
            assertThat(mark(register, 9002).get("MarkId").asInt()).isEqualTo(2);
            JsonNode late = mark(register, 9003);
            assertThat(late.get("MarkId").asInt()).isEqualTo(3);
            assertThat(late.get("MinsLate").asInt()).isEqualTo(15);
            assertThat(late.get("Comments").asText()).isEqualTo("bus en retard");
            assertThat(mark(register, 9004).get("MarkId").isNull()).as("a learner without an Edusign mark is left as is").isTrue();

            up(acme);
            assertThat(acme.timetable().registerWrites()).hasSize(1);
        }
    }

    @Test
    void aClosedRegisterIsFinal() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            acme.timetable().closeRegister(CelcatSchool.MONDAY_TD);
            acme.school().lockCourse(mondayTd(acme), List.of(StudentAttendance.present(id(acme, "lea.bernard@school.example"))), List.of(true));

            RunSummary first = up(acme);
            up(acme);

            assertThat(first.counts()).containsEntry("SOURCE_CLOSED", 1L);
            assertThat(acme.celcat.requests()).filteredOn(r -> r.method().equals("PUT")).hasSize(1);
        }
    }

    @Test
    void aRegisterCelcatDoesNotKnowIsARefusalNamingTheRegisterIdAndNothingIsPut() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            acme.school().lockCourse(mondayTd(acme), List.of(StudentAttendance.present(id(acme, "lea.bernard@school.example"))), List.of(true));
            acme.timetable().removeEvent(CelcatSchool.MONDAY_TD);

            RunSummary up = up(acme);

            assertThat(up.status()).isEqualTo("COMPLETED");
            assertThat(up.counts()).containsEntry("SOURCE_REJECTED", 1L);
            assertThat(rejections(acme)).singleElement().asString().contains("404", CelcatSchool.MONDAY_TD_REGISTER);
            assertThat(acme.celcat.requests()).filteredOn(r -> r.method().equals("PUT")).isEmpty();
        }
    }

    @Test
    void aRegisterAnswering500IsARefusalNamingTheRegisterIdNotRetriedAsTransient() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            acme.school().lockCourse(mondayTd(acme), List.of(StudentAttendance.present(id(acme, "lea.bernard@school.example"))), List.of(true));
            acme.celcat.clearRequests();
            acme.celcat.setFaultInjector((method, path, n) -> path.startsWith("/api/Registers/")
                    ? Optional.of(Fault.status(500, "{\"Message\":\"An error has occurred.\"}")) : Optional.empty());

            RunSummary up = up(acme);

            assertThat(up.counts()).containsEntry("SOURCE_REJECTED", 1L);
            assertThat(rejections(acme)).singleElement().asString().contains("500", CelcatSchool.MONDAY_TD_REGISTER);
            assertThat(acme.celcat.requests()).filteredOn(r -> r.path().startsWith("/api/Registers/")).as("asked once, not redelivered")
                    .extracting(RecordedRequest::method).containsExactly("GET");
        }
    }

    @Test
    void aWriteWhoseAnswerWasLostIsFoundInTheRegisterAndNotPutAgain() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            acme.school().lockCourse(mondayTd(acme), List.of(StudentAttendance.present(id(acme, "lea.bernard@school.example")),
                    StudentAttendance.absent(id(acme, "hugo.petit@school.example"))), List.of(true));
            acme.celcat.setFaultInjector((method, path, n) -> method.equals("PUT") ? Optional.of(Fault.answerLost()) : Optional.empty());

            RunSummary lost = up(acme);
            acme.celcat.setFaultInjector(null);
            acme.celcat.clearRequests();
            RunSummary next = up(acme);

            assertThat(lost.status()).as("every answer to the PUT was lost").isEqualTo("FAILED");
            assertThat(acme.timetable().registerChanges()).as("stored once").containsExactly(CelcatSchool.MONDAY_TD);
            assertThat(next.counts()).as(next.message()).containsEntry("ATTENDANCE_FOUND_AT_SOURCE", 1L).doesNotContainKey("ATTENDANCE_SENT");
            assertThat(acme.celcat.requests()).filteredOn(r -> r.path().startsWith("/api/Registers/"))
                    .extracting(RecordedRequest::method).as("read back, not written").containsExactly("GET");
            EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
            assertThat(events.page("acme", 0, 10, "ATTENDANCE_FOUND_AT_SOURCE", null)).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("never confirmed", "Registers/" + CelcatSchool.MONDAY_TD_REGISTER));
            assertThat(up(acme).counts()).containsEntry("ATTENDANCE_UNCHANGED", 1L);
            assertThat(acme.timetable().registerChanges()).hasSize(1);
        }
    }

    @Test
    void learnersARegisterDoesNotListYetAreAddedFlagged() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.timetable().setFreshRegistersEmpty(true);
            acme.runtime.start();
            acme.runtime.sync("acme");
            acme.school().lockCourse(mondayTd(acme), List.of(StudentAttendance.present(id(acme, "lea.bernard@school.example"))), List.of(true));

            RunSummary up = up(acme);

            assertThat(up.counts()).as(up.message()).containsEntry("ATTENDANCE_SENT", 1L);
            assertThat(JSON.readTree(put(acme).body()).get("StudentMarks")).allSatisfy(m -> assertThat(m.get("Modified").asBoolean()).isTrue());
            JsonNode register = acme.timetable().registers().get(CelcatSchool.MONDAY_TD);
            assertThat(mark(register, 9001).get("MarkId").asInt()).isEqualTo(1);
            assertThat(mark(register, 9002).get("MarkId").asInt()).as("absent: Edusign lists every learner").isEqualTo(2);
        }
    }

    static RunSummary up(AcmeFixture acme) {
        return acme.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test"));
    }

    static String mondayTd(AcmeFixture acme) {
        return acme.school().courses().stream().filter(c -> c.get("NAME").asText().equals("Mathématiques TD"))
                .findFirst().orElseThrow().get("ID").asText();
    }

    static String id(AcmeFixture acme, String email) {
        return acme.school().students().stream().filter(s -> s.get("EMAIL").asText().equals(email)).findFirst().orElseThrow().get("ID").asText();
    }

    private static RecordedRequest put(AcmeFixture acme) {
        return acme.celcat.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    }

    private static List<String> rejections(AcmeFixture acme) {
        EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
        return events.page("acme", 0, 10, "SOURCE_REJECTED", null).stream().map(e -> e.message()).toList();
    }

    static JsonNode mark(JsonNode register, int studentId) {
        for (JsonNode m : register.get("StudentMarks")) {
            if (m.get("StudentId").asInt() == studentId) {
                return m;
            }
        }
        throw new AssertionError("no mark for " + studentId + " in " + register);
    }
}
