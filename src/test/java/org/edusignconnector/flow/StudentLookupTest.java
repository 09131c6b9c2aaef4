package org.edusignconnector.flow;

import org.edusignconnector.edusign.ApiIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * New learners are looked for among the school's students read once per run through the paged list
 * (GET /v1/student?page=&limit=100), not one GET /v1/student/by-email each; a student already on
 * Edusign with the same e-mail is adopted, not duplicated. An unfinished intent still asks by-email.
 */
class StudentLookupTest {

    private static final String LEA = "student:9001";
    private static final String LEA_API_ID = ApiIds.of("celcat", "acme", "student", LEA);

    @Test
    void aFirstSyncReadsTheStudentListOnceAndAdoptsFromIt() {
        try (AcmeFixture acme = new AcmeFixture()) {
            for (int i = 0; i < 150; i++) {
                acme.school().addStudentByHand("Other" + i, "Learner", "other" + i + "@school.example");
            }
            String lea = acme.school().addStudentByHand("Léa", "Bernard", "LEA.Bernard@School.example");
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(acme.requests("GET", "/v1/student/by-email")).isEmpty();
            assertThat(studentListPages(acme)).as("read to the first empty page")
                    .containsExactly("page=0&limit=100", "page=1&limit=100", "page=2&limit=100");
            assertThat(acme.requests("POST", "/v1/student")).hasSize(2);
            assertThat(acme.school().students()).hasSize(153)
                    .filteredOn(s -> s.get("EMAIL").asText().equalsIgnoreCase("lea.bernard@school.example")).singleElement()
                    .satisfies(s -> assertThat(s.get("ID").asText()).isEqualTo(lea));
            assertThat(acme.school().courses()).anySatisfy(c -> assertThat(c.get("STUDENTS").toString()).contains(lea));
            assertThat(run.counts()).containsEntry("ADOPTED", 1L);

            acme.edusign.clearRequests();
            acme.runtime.sync("acme");
            assertThat(studentListPages(acme)).as("no new learner: the list is not read").isEmpty();
            assertThat(acme.requests("GET", "/v1/student/by-email")).isEmpty();
            assertThat(acme.writes()).isEmpty();
        }
    }

    @Test
    void aListThatSilentlyAnswersShorterPagesIsReadToItsEndAndNobodyIsCreatedTwice() {
        try (AcmeFixture acme = new AcmeFixture()) {
            for (int i = 0; i < 120; i++) {
                acme.school().addStudentByHand("Other" + i, "Learner", "other" + i + "@school.example");
            }
            String lea = acme.school().addStudentByHand("Léa", "Bernard", "lea.bernard@school.example");   // the 121st
            acme.school().capStudentPages(40);
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(studentListPages(acme)).as("40 + 40 + 40 + 1, then an empty page").hasSize(5);
            assertThat(acme.school().students()).hasSize(123)
                    .filteredOn(s -> s.get("EMAIL").asText().equals("lea.bernard@school.example")).singleElement()
                    .satisfies(s -> assertThat(s.get("ID").asText()).isEqualTo(lea));
            assertThat(run.counts()).containsEntry("ADOPTED", 1L);
        }
    }

    @Test
    void aListThatDoesNotPageIsLeftForOneLookupPerLearner() {
        try (AcmeFixture acme = new AcmeFixture()) {
            for (int i = 0; i < 120; i++) {
                acme.school().addStudentByHand("Other" + i, "Learner", "other" + i + "@school.example");
            }
            String lea = acme.school().addStudentByHand("Léa", "Bernard", "lea.bernard@school.example");
            acme.school().ignoreStudentListPage();
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(studentListPages(acme)).as("page 1 repeats page 0: given up").hasSize(2);
            assertThat(acme.requests("GET", "/v1/student/by-email")).hasSize(3);
            assertThat(acme.school().students()).hasSize(123)
                    .filteredOn(s -> s.get("EMAIL").asText().equals("lea.bernard@school.example")).singleElement()
                    .satisfies(s -> assertThat(s.get("ID").asText()).isEqualTo(lea));
        }
    }

    @Test
    void anEmptySchoolCostsOneListPageAndNoLookup() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();

            acme.runtime.sync("acme");

            assertThat(studentListPages(acme)).containsExactly("page=0&limit=100");
            assertThat(acme.requests("GET", "/v1/student/by-email")).isEmpty();
            assertThat(acme.school().students()).hasSize(3);
        }
    }

    @Test
    void anUnfinishedIntentIsResolvedFromTheListAndAdoptsAStudentMadeByHand() {
        try (AcmeFixture acme = new AcmeFixture()) {
            String byHand = acme.school().addStudentByHand("Léa", "Bernard", "lea.bernard@school.example");
            acme.runtime.start();
            // The state of a run that died after Léa's intent, before her POST.
            Ledger ledger = acme.runtime.context().getRegistry().lookupByNameAndType("ledger", Ledger.class);
            ledger.recordIntent("acme", ObjectKind.STUDENT, LEA, LEA_API_ID, null, "BERNARD Léa");

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(acme.requests("GET", "/v1/student/get-id/")).as("found in the list instead").isEmpty();
            assertThat(acme.requests("GET", "/v1/student/by-email")).as("found in the list instead").isEmpty();
            assertThat(studentListPages(acme)).as("read once, for Léa, Hugo and Chloé: one page, then the empty one").hasSize(2);
            assertThat(acme.requests("POST", "/v1/student")).hasSize(2);
            assertThat(acme.school().students()).hasSize(3)
                    .filteredOn(s -> s.get("EMAIL").asText().equals("lea.bernard@school.example"))
                    .singleElement().satisfies(s -> assertThat(s.get("ID").asText()).isEqualTo(byHand));
            assertThat(ledger.find("acme", ObjectKind.STUDENT, LEA)).get()
                    .satisfies(e -> assertThat(e.edusignId()).isEqualTo(byHand));
        }
    }

    @Test
    void aRunWhoseStudentListEdusignRefusesLooksEachLearnerUpByEmail() {
        try (AcmeFixture acme = new AcmeFixture()) {
            String lea = acme.school().addStudentByHand("Léa", "Bernard", "lea.bernard@school.example");
            acme.edusign.setFaultInjector((method, path, n) -> method.equals("GET") && path.equals("/v1/student")
                    ? Optional.of(new Fault.BusinessError("Route not allowed for this API key")) : Optional.empty());
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(run.counts()).doesNotContainKey("EDUSIGN_REJECTED").containsEntry("ADOPTED", 1L);
            assertThat(studentListPages(acme)).as("asked once, not once per learner").hasSize(1);
            assertThat(acme.requests("GET", "/v1/student/by-email")).hasSize(3);
            assertThat(acme.school().students()).hasSize(3)
                    .filteredOn(s -> s.get("EMAIL").asText().equals("lea.bernard@school.example"))
                    .singleElement().satisfies(s -> assertThat(s.get("ID").asText()).isEqualTo(lea));
        }
    }

    /** The list requests: exactly GET /v1/student, with their query. */
    private static List<String> studentListPages(AcmeFixture acme) {
        return acme.requests("GET", "/v1/student").stream().filter(r -> r.path().equals("/v1/student"))
                .map(RecordedRequest::query).toList();
    }
}
