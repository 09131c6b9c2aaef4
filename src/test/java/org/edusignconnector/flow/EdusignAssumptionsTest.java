package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * What we assume of Edusign, defended: only its JSON "not found" means absent, a lost answer is not a failed
 * create, a PATCH answered "not found" is confirmed before anything is recreated, professors are looked up
 * before they are created, archived professors are never put on a sheet.
 */
class EdusignAssumptionsTest {

    @Test
    void aGatewaysBare404OnGetIdCreatesNothingAndTheRunGoesOn() {
        try (AcmeFixture acme = new AcmeFixture()) {
            // The course list is refused, so each course is asked by get-id: a proxy answers those with a bare 404.
            acme.edusign.setFaultInjector((method, path, n) -> method.equals("GET") && path.equals("/v1/course")
                    ? Optional.of(new Fault.BusinessError("Route not allowed for this API key"))
                    : method.equals("GET") && path.startsWith("/v1/course/get-id/") ? Optional.of(new Fault.HttpError(404, "Not Found"))
                    : Optional.empty());
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(acme.requests("POST", "/v1/course")).as("unknown is not absent").isEmpty();
            assertThat(run.counts()).containsKey("EDUSIGN_UNKNOWN_ANSWER").containsKey("LIST_UNRELIABLE").doesNotContainKey("CREATED");
            assertThat(events(acme).page("acme", 0, 20, "EDUSIGN_UNKNOWN_ANSWER", null))
                    .allSatisfy(e -> assertThat(e.message()).contains("404").contains("nothing was created"));

            acme.edusign.setFaultInjector((method, path, n) -> Optional.empty());
            RunSummary next = acme.runtime.sync("acme");
            assertThat(next.counts()).containsEntry("CREATED", (long) acme.school().courses().size());
            assertThat(acme.school().courses()).extracting(c -> c.get("API_ID").asText()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aPostAnswered504AfterItWasAppliedIsLookedUpOnlyOnceItSettledAndNeverPostedAgain() {
        try (AcmeFixture acme = new AcmeFixture()) {
            Map<String, Long> seenAt = new ConcurrentHashMap<>();
            acme.edusign.setFaultInjector((method, path, n) -> {
                if (method.equals("POST") && path.equals("/v1/course") && seenAt.putIfAbsent("post", System.nanoTime()) == null) {
                    return Optional.of(new Fault.AppliedThenLost(504));
                }
                if (path.startsWith("/v1/course/get-id/")) {
                    seenAt.putIfAbsent("lookup", System.nanoTime());
                }
                return Optional.empty();
            });
            acme.runtime.property("connector.edusign.lost-answer-settle-ms", "700").start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(acme.requests("POST", "/v1/course")).hasSize(acme.school().courses().size());
            assertThat(acme.school().courses()).extracting(c -> c.get("API_ID").asText()).doesNotHaveDuplicates();
            assertThat(seenAt.get("lookup") - seenAt.get("post")).as("looked up only after the settle time").isGreaterThanOrEqualTo(700_000_000L);
            assertThat(run.counts()).doesNotContainKeys("EDUSIGN_UNANSWERED", "EDUSIGN_REJECTED");
        }
    }

    @Test
    void aPostThatTimedOutAndLandedLaterIsFoundOnceItSettled() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.edusign.setFaultInjector((method, path, n) -> method.equals("POST") && path.equals("/v1/course")
                    && acme.requests("POST", "/v1/course").isEmpty() ? Optional.of(new Fault.Hang(1_500)) : Optional.empty());
            acme.runtime.property("connector.http.endpoint-options", "throwExceptionOnFailure=false&connectTimeout=2000&responseTimeout=500")
                    .property("connector.edusign.lost-answer-settle-ms", "").start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(acme.requests("POST", "/v1/course")).as("the hung POST landed: not sent again")
                    .hasSize(acme.school().courses().size());
            assertThat(acme.school().courses()).extracting(c -> c.get("API_ID").asText()).doesNotHaveDuplicates();
            assertThat(run.counts()).doesNotContainKeys("EDUSIGN_UNANSWERED", "EDUSIGN_REJECTED");
        }
    }

    @Test
    void aPatchAnsweredNotFoundWhileTheSheetIsStillThereRecreatesNothing() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            int sheets = acme.school().courses().size();
            acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder().name("Maths (renamed)").build());
            acme.edusign.setFaultInjector((method, path, n) -> method.equals("PATCH") && path.equals("/v1/course")
                    ? Optional.of(new Fault.BusinessError("No course with this ID found")) : Optional.empty());

            RunSummary run = acme.runtime.sync("acme");

            assertThat(acme.requests("POST", "/v1/course")).as("confirmed by GET: still there").hasSize(sheets);
            assertThat(acme.requests("GET", "/v1/course/")).anySatisfy(r -> assertThat(r.path()).doesNotContain("get-id"));
            assertThat(acme.school().courses()).hasSize(sheets);
            assertThat(run.counts()).containsEntry("EDUSIGN_REJECTED", 1L).doesNotContainKey("CREATED");

            acme.edusign.setFaultInjector((method, path, n) -> Optional.empty());
            RunSummary next = acme.runtime.sync("acme");
            assertThat(next.counts()).containsEntry("UPDATED", 1L);
            assertThat(acme.school().courses()).hasSize(sheets).anySatisfy(c -> assertThat(c.get("NAME").asText()).isEqualTo("Maths (renamed)"));
        }
    }

    @Test
    void aSheetDeletedByHandIsCreatedAgainOnceEdusignConfirmsItIsGone() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            int sheets = acme.school().courses().size();
            String monday = acme.school().courses().stream().filter(c -> c.get("NAME").asText().startsWith("Math")).findFirst().orElseThrow()
                    .get("ID").asText();
            edusignCall(acme, "DELETE", "/v1/course/" + monday);
            acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder().name("Maths (renamed)").build());

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.counts()).containsEntry("CREATED", 1L);
            assertThat(acme.school().courses()).hasSize(sheets);
        }
    }

    @Test
    void aProfessorMadeByHandIsFoundBeforeAnyPostNotByAnErrorWording() {
        try (AcmeFixture acme = new AcmeFixture()) {
            String marie = acme.school().addProfessorByHand("Marie", "Dupont", "Marie.Dupont@school.example");
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(acme.requests("POST", "/v1/professor")).noneSatisfy(r -> assertThat(r.body().toString()).containsIgnoringCase("marie.dupont"));
            assertThat(acme.requests("POST", "/v1/professor")).allSatisfy(r -> assertThat(r.envelopeStatus()).isEqualTo("success"));
            assertThat(acme.school().courses()).anySatisfy(c -> assertThat(c.get("PROFESSOR").asText()).isEqualTo(marie));
            assertThat(run.counts()).containsEntry("ADOPTED", 1L);
        }
    }

    @Test
    void anArchivedProfessorIsLeftOutWithAReasonAndNeverCreatedTwice() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            ObjectNode marie = acme.school().professors().stream()
                    .filter(p -> p.get("EMAIL").asText().equals("marie.dupont@school.example")).findFirst().orElseThrow();
            edusignCall(acme, "DELETE", "/v1/professor/" + marie.get("ID").asText());
            int professors = acme.school().professors().size();
            acme.runtime.close();
            acme.edusign.clearRequests();

            try (RuntimeHarness fresh = acme.newRuntime().start()) {
                RunSummary run = fresh.sync("acme");

                assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
                assertThat(acme.school().professors()).as("no second Marie").hasSize(professors)
                        .noneSatisfy(p -> assertThat(p.get("EMAIL").asText()).isEqualTo("marie.dupont@school.example"));
                assertThat(run.counts()).containsKey("PERSON_ARCHIVED");
                assertThat(acme.requests("POST", "/v1/")).isEmpty();
                EventLog events = fresh.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
                assertThat(events.page("acme", 0, 20, "PERSON_ARCHIVED", null)).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.message()).contains("archived"));
            }
        }
    }

    @Test
    void aProfessorArchivedAfterTheLedgerKnewThemIsLeftOutOnceEdusignRefusesTheSheet() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            ObjectNode paul = acme.school().professors().stream()
                    .filter(p -> p.get("EMAIL").asText().equals("paul.martin@school.example")).findFirst().orElseThrow();
            edusignCall(acme, "DELETE", "/v1/professor/" + paul.get("ID").asText());
            acme.timetable().updateEvent(CelcatSchool.TUESDAY_AFTER_DST, e -> e.toBuilder().name("Physique CM (salle changée)").build());
            acme.edusign.clearRequests();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(run.counts()).containsEntry("UPDATED", 1L).containsEntry("PERSON_ARCHIVED", 1L).doesNotContainKey("EDUSIGN_REJECTED");
            assertThat(acme.school().courses()).filteredOn(c -> c.get("NAME").asText().startsWith("Physique")).singleElement()
                    .satisfies(c -> assertThat(c.toString()).doesNotContain(paul.get("ID").asText()));
            assertThat(acme.requests("POST", "/v1/professor")).isEmpty();
        }
    }

    @Test
    void anUpdateThatDropsAnInstructorAndTheRoomSaysSo() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            acme.timetable().updateEvent(CelcatSchool.TUESDAY_AFTER_DST, e -> e.toBuilder().staff(501).rooms().build());
            acme.edusign.clearRequests();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.counts()).containsEntry("UPDATED", 1L);
            assertThat(acme.requests("PATCH", "/v1/course")).singleElement().satisfies(r -> {
                assertThat(r.body().path("course").has("PROFESSOR_2")).isTrue();
                assertThat(r.body().path("course").get("PROFESSOR_2").isNull()).isTrue();
                assertThat(r.body().path("course").get("CLASSROOM").isNull()).isTrue();
            });
            assertThat(acme.school().courses()).filteredOn(c -> c.get("NAME").asText().equals("Physique CM")).singleElement()
                    .satisfies(c -> assertThat(c.path("PROFESSOR_2").asText("")).isEmpty());
        }
    }

    private static void edusignCall(AcmeFixture acme, String method, String path) throws Exception {
        SimHttp.call(acme.edusign.baseUrl(), AcmeFixture.KEY, method, path);
    }

    private static EventLog events(AcmeFixture acme) {
        return acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
    }

    @SuppressWarnings("unused")
    private static List<String> names(AcmeFixture acme) {
        return acme.school().courses().stream().map(c -> c.get("NAME").asText()).toList();
    }
}
