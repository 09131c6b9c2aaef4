package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sim.common.Fault;
import org.edusignconnector.sim.common.FaultInjector;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.edusignconnector.sim.fca.FcaInscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Locked Edusign sheets → FCA Manager presences, once per attendance content, with every FCA option. */
class FcaAttendanceTest {

    private FcaFixture univ;
    private String sheet;
    private String alice;
    private String dora;

    @BeforeEach
    void create() {
        univ = new FcaFixture();
    }

    @AfterEach
    void stop() {
        univ.close();
    }

    private void startAndSyncDown() {
        univ.runtime.start();
        assertThat(univ.runtime.sync("univ").status()).isEqualTo("COMPLETED");
        sheet = univ.course("Droit des contrats - TD 1").get("ID").asText();
        alice = studentId("alice.durand@etu.example");
        dora = studentId("dora.roux@etu.example");
    }

    @Test
    void aLockedSheetIsWrittenOnceWithTheMatchedAbsenceReason() {
        startAndSyncDown();
        String illness = univ.school().addAbsenceReason("maladie");
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice),
                new StudentAttendance(dora, false, null, null, null, illness, "certificat fourni")), List.of(true));

        RunSummary up = up();

        assertThat(up.status()).as(up.message()).isEqualTo("COMPLETED");
        assertThat(up.counts()).containsEntry("ATTENDANCE_SENT", 1L);
        assertThat(univ.fca.data().presenceWrites()).containsExactly(FcaFixture.S_MONDAY);
        JsonNode body = univ.fca.data().presences().get(FcaFixture.S_MONDAY);
        assertThat(learner(body, "A-1").get("present").asBoolean()).isTrue();
        assertThat(learner(body, "A-1").get("motifAbsenceId").isNull()).isTrue();
        assertThat(learner(body, "A-4").get("present").asBoolean()).isFalse();
        assertThat(learner(body, "A-4").get("motifAbsenceId").asText()).isEqualTo("M-1");
        assertThat(learner(body, "A-4").get("commentaire").asText()).isEqualTo("certificat fourni");
        assertThat(learner(body, "A-4").has("retardMinutes")).isFalse();
        assertThat(body.at("/formateurs/0/formateurId").asText()).isEqualTo("F-17");
        assertThat(body.at("/formateurs/0/present").asBoolean()).isTrue();

        RunSummary again = up();
        assertThat(again.counts()).containsEntry("ATTENDANCE_UNCHANGED", 1L).doesNotContainKey("ATTENDANCE_SENT");
        assertThat(univ.fca.data().presenceWrites()).hasSize(1);
    }

    @Test
    void aReasonOtherThanTheDefaultIsMatchedByItsEdusignName() {
        startAndSyncDown();
        univ.fca.data().addMotif("M-3", "RDV", "Rendez-vous administratif", true);
        String appointment = univ.school().addAbsenceReason("Rendez-vous administratif");
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice),
                new StudentAttendance(dora, false, null, null, null, appointment, null)), List.of(true));

        RunSummary up = up();

        assertThat(up.counts()).as(up.message()).containsEntry("ATTENDANCE_SENT", 1L);
        JsonNode body = univ.fca.data().presences().get(FcaFixture.S_MONDAY);
        assertThat(learner(body, "A-4").get("motifAbsenceId").asText()).isEqualTo("M-3");
        assertThat(univ.requests("GET", "/v1/justified-absence/absence-reason")).hasSize(1);
    }

    @Test
    void anUnmatchedReasonFallsBackToTheDefaultAndAnAbsenceWithoutReasonGoesUpUnjustified() {
        startAndSyncDown();
        String appointment = univ.school().addAbsenceReason("Rendez-vous administratif");
        univ.school().lockCourse(sheet, List.of(new StudentAttendance(alice, false, null, null, null, appointment, null),
                StudentAttendance.absent(dora)), List.of(false));

        up();

        JsonNode body = univ.fca.data().presences().get(FcaFixture.S_MONDAY);
        assertThat(learner(body, "A-1").get("motifAbsenceId").asText()).isEqualTo("M-1");
        assertThat(learner(body, "A-4").get("present").asBoolean()).isFalse();
        assertThat(learner(body, "A-4").get("motifAbsenceId").isNull()).as("no reason in Edusign: unjustified in FCA").isTrue();
        assertThat(body.at("/formateurs/0/present").asBoolean()).isFalse();
    }

    @Test
    void delaysExclusionsAndEarlyDeparturesGoUpOnlyWithTheirOption() {
        univ.runtime.property("test.fca.sendDelays", "true");
        startAndSyncDown();
        univ.school().lockCourse(sheet, List.of(new StudentAttendance(alice, true, 12, "2026-03-23T11:00:00Z", null, null, null),
                new StudentAttendance(dora, true, null, null, "2026-03-23T10:00:00Z", null, null)), List.of(true));

        up();

        JsonNode body = univ.fca.data().presences().get(FcaFixture.S_MONDAY);
        assertThat(learner(body, "A-1").get("retardMinutes").asInt()).isEqualTo(12);
        assertThat(learner(body, "A-1").get("departAnticipe").asText()).isEqualTo("12:00");   // Paris time, winter
        assertThat(learner(body, "A-1").get("exclusion").asBoolean()).isFalse();
        assertThat(learner(body, "A-4").get("exclusion").asBoolean()).isTrue();
    }

    @Test
    void forcedPresenceValidatesTrainersWhoseValidationIsMandatory() {
        univ.runtime.property("test.fca.forcePresence", "true");
        startAndSyncDown();
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice), StudentAttendance.present(dora)), List.of(false));

        up();

        JsonNode trainer = univ.fca.data().presences().get(FcaFixture.S_MONDAY).at("/formateurs/0");
        assertThat(trainer.get("present").asBoolean()).isTrue();
        assertThat(trainer.get("valide").asBoolean()).isTrue();
    }

    @Test
    void unlockAndRelockWritesAgainOnlyWhenTheAttendanceChanged() {
        startAndSyncDown();
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice), StudentAttendance.absent(dora)), List.of(true));
        up();
        univ.school().unlockCourse(sheet);
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice), StudentAttendance.absent(dora)), List.of(true));

        RunSummary relockedUnchanged = up();

        assertThat(relockedUnchanged.status()).isEqualTo("COMPLETED");
        assertThat(univ.fca.data().presenceWrites()).hasSize(1);

        univ.school().unlockCourse(sheet);
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice), StudentAttendance.present(dora)), List.of(true));
        up();
        up();

        assertThat(univ.fca.data().presenceWrites()).hasSize(2);
        assertThat(learner(univ.fca.data().presences().get(FcaFixture.S_MONDAY), "A-4").get("present").asBoolean()).isTrue();
    }

    @Test
    void aValidatedSeanceIsRecordedOnceAndNotRetried() {
        startAndSyncDown();
        univ.fca.data().validateSeance(FcaFixture.S_MONDAY);
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice)), List.of(true));

        RunSummary first = up();
        RunSummary second = up();

        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.counts()).containsEntry("SOURCE_CLOSED", 1L);
        assertThat(second.counts()).containsEntry("ATTENDANCE_UNCHANGED", 1L);
        assertThat(univ.fca.requests()).filteredOn(r -> r.method().equals("PUT")).hasSize(1);
        assertThat(events("SOURCE_CLOSED")).singleElement().satisfies(e -> assertThat(e.message()).contains("409").contains("Séance déjà validée"));
    }

    @Test
    void aWriteWhoseAnswerWasLostIsSentAgainIdenticallyRecordedAndStoredOnce() {
        startAndSyncDown();
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice), StudentAttendance.absent(dora)), List.of(true));
        RunSummary interrupted = upWhileEveryAnswerIsLost();
        assertThat(interrupted.status()).isEqualTo("FAILED");
        assertThat(univ.fca.data().presenceChanges()).as("FCA stored the write; the connector never learnt it")
                .containsExactly(FcaFixture.S_MONDAY);

        univ.fca.setFaultInjector(null);
        RunSummary recovered = up();

        assertThat(recovered.status()).as(recovered.message()).isEqualTo("COMPLETED");
        assertThat(recovered.counts()).containsEntry("ATTENDANCE_RETRIED", 1L).doesNotContainKeys("SOURCE_REJECTED", "SOURCE_CLOSED");
        assertThat(univ.fca.data().presenceChanges()).as("the repeat is identical: FCA holds one write").containsExactly(FcaFixture.S_MONDAY);
        assertThat(events("ATTENDANCE_RETRIED")).singleElement().satisfies(e -> assertThat(e.message())
                .contains("sheet " + sheet).contains("run " + interrupted.runId()).contains("never confirmed"));
        int requests = univ.fca.data().presenceWrites().size();
        assertThat(up().counts()).containsEntry("ATTENDANCE_UNCHANGED", 1L);
        assertThat(univ.fca.data().presenceWrites()).hasSize(requests);
    }

    @Test
    void aSeanceValidatedAfterALostAnswerIsFinalAndTheEventSaysTheWriteMayHaveLanded() {
        startAndSyncDown();
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice)), List.of(true));
        upWhileEveryAnswerIsLost();
        univ.fca.setFaultInjector(null);
        univ.fca.data().validateSeance(FcaFixture.S_MONDAY);

        RunSummary closed = up();

        assertThat(closed.status()).isEqualTo("COMPLETED");
        assertThat(closed.counts()).containsEntry("SOURCE_CLOSED", 1L);
        assertThat(events("SOURCE_CLOSED")).singleElement().satisfies(e -> assertThat(e.message())
                .contains("Séance déjà validée").contains("never confirmed").contains("may already hold this attendance"));
        int requests = univ.fca.data().presenceWrites().size();
        assertThat(up().counts()).containsEntry("ATTENDANCE_UNCHANGED", 1L);
        assertThat(univ.fca.data().presenceWrites()).as("final: not retried").hasSize(requests);
    }

    /** FCA stores each PUT and the connection drops before its answer, through every redelivery: the run stops. */
    private RunSummary upWhileEveryAnswerIsLost() {
        univ.fca.setFaultInjector(FaultInjector.onPath("PUT", "/api/seances/", Fault.answerLost()));
        return up();
    }

    @Test
    void aRefusedBodyIsRecordedWithFcasMessageAndRetriedNextRun() {
        startAndSyncDown();
        univ.fca.data().setInscriptions("DU-DROIT-2025", List.of(new FcaInscription(FcaFixture.ALICE, FcaInscription.CONFIRMEE, "G-A")));
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice), StudentAttendance.present(dora)), List.of(true));

        RunSummary first = up();

        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.counts()).containsEntry("SOURCE_REJECTED", 1L);
        assertThat(events("SOURCE_REJECTED")).singleElement().satisfies(e -> assertThat(e.message()).contains("422").contains("A-4"));
        univ.fca.data().addInscription("DU-DROIT-2025", new FcaInscription(FcaFixture.DORA, FcaInscription.CONFIRMEE, null));

        RunSummary second = up();

        assertThat(second.counts()).containsEntry("ATTENDANCE_SENT", 1L);
        assertThat(univ.fca.data().presenceWrites()).hasSize(1);
    }

    @Test
    void sheetsMadeByHandAreNotWrittenBack() {
        startAndSyncDown();
        var handMade = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        handMade.put("NAME", "Réunion");
        handMade.put("START", "2026-03-23T13:00:00Z");
        handMade.put("END", "2026-03-23T14:00:00Z");
        handMade.put("PROFESSOR", univ.course("Droit des contrats - TD 1").get("PROFESSOR").asText());
        String handMadeId = univ.school().addCourseByHand(handMade);
        univ.school().lockCourse(handMadeId, List.of(), List.of(true));

        RunSummary up = up();

        assertThat(up.counts()).containsEntry("NOT_CREATED_BY_CONNECTOR", 1L);
        assertThat(univ.fca.data().presenceWrites()).isEmpty();
    }

    @Test
    void resendSendsAgainTheSheetsOfTheRangeAndRecordsIt() {
        startAndSyncDown();
        univ.school().lockCourse(sheet, List.of(StudentAttendance.present(alice)), List.of(true));
        up();

        RunSummary resend = univ.runtime.sync(new SyncRequest("univ", SyncRequest.UP, false, "test",
                java.time.LocalDate.of(2026, 3, 23), java.time.LocalDate.of(2026, 3, 23), null));

        assertThat(resend.counts()).containsEntry("ATTENDANCE_RESENT", 1L);
        assertThat(univ.fca.data().presenceWrites()).hasSize(2);
        assertThat(events("ATTENDANCE_RESENT")).hasSize(1);
        assertThat(up().counts()).containsEntry("ATTENDANCE_UNCHANGED", 1L);
    }

    private RunSummary up() {
        return univ.runtime.sync(new SyncRequest("univ", SyncRequest.UP, false, "test"));
    }

    private List<org.edusignconnector.events.SyncEvent> events(String reason) {
        return univ.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class).page("univ", 0, 20, reason, null);
    }

    private String studentId(String email) {
        return univ.school().students().stream().filter(s -> s.get("EMAIL").asText().equals(email)).findFirst().orElseThrow().get("ID").asText();
    }

    private static JsonNode learner(JsonNode body, String id) {
        for (JsonNode l : body.get("apprenants")) {
            if (l.get("apprenantId").asText().equals(id)) {
                return l;
            }
        }
        throw new AssertionError("no learner " + id + " in " + body);
    }
}
