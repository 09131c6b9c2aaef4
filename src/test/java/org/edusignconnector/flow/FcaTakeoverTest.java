package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.reliability.SchoolSnapshot;
import org.junit.jupiter.api.Test;

/**
 * An FCA Manager school another connector filled through the public API (its own API_IDs) is taken over with
 * {@code adoptExistingSheets}: nothing created twice, later runs write nothing. Runs on H2 and PostgreSQL.
 */
class FcaTakeoverTest {

    @Test
    void theFirstRunAdoptsEverySheetAndGroupAndLaterRunsWriteNothing() {
        try (FcaFixture univ = new FcaFixture()) {
            OtherConnector other = new OtherConnector(univ.edusign.baseUrl(), FcaFixture.KEY);
            String claire = other.professor("Claire", "Martin", "c.martin@univ.example");
            String alice = other.student("Alice", "Durand", "alice.durand@etu.example");
            String dora = other.student("Dora", "Roux", "dora.roux@etu.example");
            String group = other.group("DU DROIT A", alice);
            String monday = other.course("droit des  contrats - td 1", "2026-03-23T08:00:00Z", "2026-03-23T11:30:00Z",
                    "B204", List.of(claire), List.of(alice, dora), List.of(group));
            other.course("management - cm", "2026-03-24T08:00:00Z", "2026-03-24T11:30:00Z", null, List.of(claire), List.of(alice), List.of());
            univ.edusign.clearRequests();
            univ.runtime.property("test.fca.groups", "true").property("test.adoptExistingSheets", "true").start();

            RunSummary first = univ.runtime.sync("univ");

            assertThat(first.status()).as(first.message()).isEqualTo("COMPLETED");
            assertThat(univ.requests("POST", "/v1/")).as("nothing created").isEmpty();
            assertThat(univ.school().courses()).hasSize(2);
            assertThat(univ.school().groups()).hasSize(1);
            assertThat(SchoolSnapshot.of(univ.school()).duplicates()).isEmpty();
            assertThat(univ.course("Droit des contrats - TD 1").get("ID").asText()).isEqualTo(monday);
            assertThat(univ.course("Management - CM").get("API_ID").asText()).doesNotStartWith("other-");
            assertThat(univ.requests("PATCH", "/v1/course")).hasSize(2);
            assertThat(first.counts()).containsEntry("ADOPTED", 1L + 2 + 1 + 2).doesNotContainKey("CREATED");

            univ.edusign.clearRequests();
            RunSummary second = univ.runtime.sync("univ");
            assertThat(second.counts()).doesNotContainKeys("ADOPTED", "CREATED");
            assertThat(univ.writes()).as("later runs write nothing").isEmpty();
        }
    }

    @Test
    void twoGroupsWithTheGroupsNameAreLeftAndTheCourseWaitsForAnOperator() {
        try (FcaFixture univ = new FcaFixture()) {
            OtherConnector other = new OtherConnector(univ.edusign.baseUrl(), FcaFixture.KEY);
            other.group("DU Droit A");
            other.group("du droit a");
            univ.runtime.property("test.fca.groups", "true").property("test.adoptExistingSheets", "true").start();

            RunSummary run = univ.runtime.sync("univ");

            assertThat(run.counts()).containsEntry("ADOPTION_AMBIGUOUS", 1L).containsEntry("CREATED", 1L);
            assertThat(univ.school().groups()).hasSize(2);
            assertThat(univ.school().courses()).extracting(c -> c.get("NAME").asText()).containsExactly("Management - CM");
        }
    }
}
