package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.junit.jupiter.api.Test;

/** People made by hand on Edusign with the same e-mail are adopted, not duplicated, and the adoption is recorded. */
class AdoptionTest {

    @Test
    void handMadeLearnerAndInstructorAreAdopted() {
        try (AcmeFixture acme = new AcmeFixture()) {
            String marie = acme.school().addProfessorByHand("Marie", "Dupont", "Marie.Dupont@school.example");
            String lea = acme.school().addStudentByHand("Léa", "Bernard", "lea.bernard@school.example");
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(acme.school().professors()).hasSize(2);
            assertThat(acme.school().students()).hasSize(3);
            assertThat(acme.school().students()).filteredOn(s -> s.get("EMAIL").asText().equals("lea.bernard@school.example")).hasSize(1);
            assertThat(acme.school().courses()).filteredOn(c -> c.get("PROFESSOR").asText().equals(marie)).hasSize(2);
            assertThat(acme.school().courses()).anySatisfy(c -> assertThat(c.get("STUDENTS").toString()).contains(lea));
            assertThat(run.counts()).containsEntry("ADOPTED", 2L);
            EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
            assertThat(events.page("acme", 0, 10, "ADOPTED", null)).hasSize(2)
                    .anySatisfy(e -> assertThat(e.message()).contains(marie).contains("adopted"));

            acme.edusign.clearRequests();
            acme.runtime.sync("acme");
            assertThat(acme.writes()).isEmpty();
        }
    }
}
