package org.edusignconnector.flow;

import org.edusignconnector.edusign.ApiIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.fca.FcaInscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FCA Manager → Edusign: each option on and off, each skip reason, and the changes between runs. */
class FcaSyncTest {

    private FcaFixture univ;

    @BeforeEach
    void create() {
        univ = new FcaFixture();
    }

    @AfterEach
    void stop() {
        univ.close();
    }

    @Test
    void defaultOptionsSendConfirmedLearnersOnlyAndSkipASeanceWithoutTrainer() {
        univ.runtime.start();

        RunSummary run = univ.runtime.sync("univ");

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(univ.school().courses()).extracting(c -> c.get("NAME").asText())
                .containsExactlyInAnyOrder("Droit des contrats - TD 1", "Management - CM");
        JsonNode monday = univ.requests("POST", "/v1/course").stream().map(r -> r.body().get("course"))
                .filter(c -> c.get("NAME").asText().equals("Droit des contrats - TD 1")).findFirst().orElseThrow();
        assertThat(monday.get("START").asText()).isEqualTo("2026-03-23T08:00:00Z");
        assertThat(monday.get("END").asText()).isEqualTo("2026-03-23T11:30:00Z");
        assertThat(monday.get("CLASSROOM").asText()).isEqualTo("B204");
        assertThat(monday.get("API_ID").asText()).isEqualTo(ApiIds.of("fca", "univ", "course", FcaFixture.S_MONDAY));
        assertThat(emailsOf(monday.get("STUDENTS"))).containsExactlyInAnyOrder("alice.durand@etu.example", "dora.roux@etu.example");
        assertThat(univ.school().students()).filteredOn(s -> s.get("EMAIL").asText().equals("dora.roux@etu.example"))
                .singleElement().satisfies(s -> assertThat(s.get("PHONE").asText()).isEqualTo("+33622222222"));
        assertThat(run.counts()).containsEntry("CREATED", 2L).containsEntry("NO_VALID_INSTRUCTOR", 1L);
        assertThat(univ.fca.requests()).as("the registrations read once: their page, then the empty one that ends them")
                .filteredOn(r -> r.path().equals("/api/actions/DU-DROIT-2025/inscriptions")).extracting(r -> r.query())
                .containsExactly("page=0&size=200", "page=1&size=200");
        assertThat(univ.school().groups()).isEmpty();
    }

    @Test
    void instructorsFromTheTeachingFillASeanceWithoutTrainer() {
        univ.runtime.property("test.fca.fromTeaching", "true").start();

        univ.runtime.sync("univ");

        JsonNode tuesday = univ.course("Droit des contrats - TD 2");
        assertThat(Instant.parse(tuesday.get("START").asText())).isEqualTo(Instant.parse("2026-03-31T12:00:00Z"));
        assertThat(univ.school().professor(tuesday.get("PROFESSOR").asText()).orElseThrow().get("EMAIL").asText())
                .isEqualTo("b.petit@univ.example");
    }

    @Test
    void unconfirmedRegistrationsCountOnlyWithTheOption() {
        univ.runtime.property("test.fca.unconfirmed", "true").start();

        univ.runtime.sync("univ");

        assertThat(emailsOf(univ.course("Droit des contrats - TD 1").get("STUDENTS")))
                .containsExactlyInAnyOrder("alice.durand@etu.example", "basile.leroy@etu.example", "dora.roux@etu.example");
    }

    @Test
    void theActivityListSkipsSeancesOfOtherActivities() {
        univ.runtime.property("test.fca.activities", "DU-DROIT").start();

        RunSummary run = univ.runtime.sync("univ");

        assertThat(univ.school().courses()).extracting(c -> c.get("NAME").asText()).containsExactly("Droit des contrats - TD 1");
        assertThat(run.counts()).containsEntry("FILTERED_ACTIVITY", 1L);
        EventLog events = univ.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
        assertThat(events.page("univ", 0, 5, "FILTERED_ACTIVITY", FcaFixture.S_OTHER_ACTIVITY)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("not linked to an action from the list"));
    }

    @Test
    void anActionLabelInTheListAlsoMatches() {
        univ.runtime.property("test.fca.activities", "LP GRH").start();

        univ.runtime.sync("univ");

        assertThat(univ.school().courses()).extracting(c -> c.get("NAME").asText()).containsExactly("Management - CM");
    }

    @Test
    void groupsAndCredentialsFollowTheirOptions() {
        univ.runtime.property("test.fca.groups", "true").property("test.fca.credentials", "true").start();

        univ.runtime.sync("univ");

        assertThat(univ.school().groups()).singleElement().satisfies(g -> {
            assertThat(g.get("NAME").asText()).isEqualTo("DU Droit A");
            assertThat(g.get("STUDENTS")).hasSize(1);
        });
        assertThat(univ.course("Droit des contrats - TD 1").get("SCHOOL_GROUP")).hasSize(1);
        assertThat(univ.school().credentialsSent()).containsEntry("c.martin@univ.example", true).containsEntry("alice.durand@etu.example", true);
    }

    @Test
    void withoutTheOptionNoCredentialsAreMailed() {
        univ.runtime.start();

        univ.runtime.sync("univ");

        assertThat(univ.school().credentialsSent()).isNotEmpty().doesNotContainValue(true);
        assertThat(univ.requests("POST", "/v1/professor")).allSatisfy(r -> assertThat(r.body().get("dontSendCredentials").asBoolean()).isTrue());
    }

    @Test
    void changesBetweenRunsCostExactlyTheirWrites() {
        univ.runtime.start();
        univ.runtime.sync("univ");
        univ.edusign.clearRequests();

        univ.runtime.sync("univ");
        assertThat(univ.writes()).as("unchanged second run").isEmpty();

        univ.fca.data().updateSeance(FcaFixture.S_MONDAY, s -> s.toBuilder().intitule("Droit des contrats - TD 1 (bis)").build());
        univ.runtime.sync("univ");
        assertThat(univ.writes()).as("renamed").singleElement().satisfies(w -> assertThat(w.method()).isEqualTo("PATCH"));
        univ.edusign.clearRequests();

        univ.fca.data().updateSeance(FcaFixture.S_MONDAY, s -> s.toBuilder()
                .debut(FcaFixture.seance("x", java.time.LocalDate.of(2026, 3, 30), 9, 0, 12, 30).build().dateDebut())
                .fin(FcaFixture.seance("x", java.time.LocalDate.of(2026, 3, 30), 9, 0, 12, 30).build().dateFin()).build());
        univ.runtime.sync("univ");
        assertThat(univ.writes()).as("moved").singleElement()
                .satisfies(w -> assertThat(w.body().at("/course/START").asText()).isEqualTo("2026-03-30T07:00:00Z"));
        univ.edusign.clearRequests();

        univ.fca.data().addInscription("DU-DROIT-2025", new FcaInscription(FcaFixture.CAMILLE, FcaInscription.CONFIRMEE, null));
        univ.runtime.sync("univ");
        assertThat(univ.requests("POST", "/v1/student")).hasSize(1);
        assertThat(univ.requests("PATCH", "/v1/course")).singleElement()
                .satisfies(w -> assertThat(w.body().at("/course/STUDENTS")).hasSize(3));
        univ.edusign.clearRequests();

        univ.fca.data().removeSeance(FcaFixture.S_OTHER_ACTIVITY);
        univ.runtime.sync("univ");
        assertThat(univ.writes()).as("cancelled").singleElement().satisfies(w -> assertThat(w.method()).isEqualTo("DELETE"));
    }

    @Test
    void aSharedTrainerEmailAndALearnerWithoutEmailGetTheirReasons() {
        var twin = new org.edusignconnector.sim.fca.FcaFormateur("F-99", "Martin", "Claude", "c.martin@univ.example", false);
        univ.fca.data().addSeance(FcaFixture.seance("S-TWIN", java.time.LocalDate.of(2026, 3, 25), 9, 0, 12, 30).intitule("Fiscalité")
                .action("LP-GRH-2025", "LP GRH", "2025").activite("LP-GRH", "LP RH").enseignement("ENS-FISC", "Fiscalité", twin)
                .formateurs(twin).build());
        univ.fca.data().addInscription("LP-GRH-2025", new FcaInscription(
                new org.edusignconnector.sim.fca.FcaPerson("A-9", "Sans", "Courriel", null, null), FcaInscription.CONFIRMEE, null));
        univ.runtime.start();

        RunSummary run = univ.runtime.sync("univ");

        assertThat(run.counts()).containsEntry("DUPLICATE_INSTRUCTOR_EMAIL", 1L).containsEntry("INVALID_PERSON", 1L);
        EventLog events = univ.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
        assertThat(events.page("univ", 0, 5, "DUPLICATE_INSTRUCTOR_EMAIL", "S-TWIN")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("formateur:F-99").contains("formateur:F-17"));
        assertThat(events.page("univ", 0, 5, "INVALID_PERSON", FcaFixture.S_OTHER_ACTIVITY)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("apprenant:A-9").contains("no e-mail"));
        assertThat(univ.school().courses()).extracting(c -> c.get("NAME").asText()).doesNotContain("Fiscalité");
    }

    @Test
    void aWrongPasswordFailsTheRunWithoutShowingIt() {
        System.setProperty("UNIV_FCA_PASSWORD", "not-the-password");
        univ.runtime.property("test.fca.defaultReason", "").start();

        RunSummary run = univ.runtime.sync("univ");

        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.message()).contains("fca").contains("401").doesNotContain("not-the-password");
        assertThat(univ.writes()).isEmpty();
    }

    private List<String> emailsOf(JsonNode students) {
        return java.util.stream.StreamSupport.stream(students.spliterator(), false)
                .map(s -> univ.school().student(s.get("studentId").asText()).orElseThrow().get("EMAIL").asText()).toList();
    }
}
