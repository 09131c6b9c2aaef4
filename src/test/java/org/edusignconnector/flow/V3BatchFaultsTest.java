package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.edusignconnector.edusign.ApiIds;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.reliability.SchoolSnapshot;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults on the v3 batch upserts of a tenant on {@code edusignApi: v3-batch} (batches of 2 items, so that each kind
 * takes two): a 500 on every sheet batch, a 429 with Retry-After, a batch held until the client gives up, and a 207
 * refusing some items. Each, followed by a clean run, ends in the school a fault-free run makes, nothing twice.
 */
class V3BatchFaultsTest {

    private static final String COURSES = "/v3/courses/batch-upsert";
    private static final String STUDENTS = "/v3/students/batch-upsert";

    private static SchoolSnapshot faultFree;

    @BeforeAll
    static void aFaultFreeRun() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            onV3(acme).start();
            assertThat(acme.runtime.sync("acme").status()).isEqualTo("COMPLETED");
            assertThat(acme.requests("POST", COURSES)).hasSize(2);
            faultFree = SchoolSnapshot.of(acme.school());
        }
        assertThat(faultFree.duplicates()).isEmpty();
        assertThat(faultFree.courses()).hasSize(3);
    }

    @Test
    void aServerErrorOnEverySheetBatchFailsTheRunAndTheNextRunWritesThem() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            onV3(acme).start();
            acme.edusign.setFaultInjector(FaultInjector.onPaths("POST", COURSES, new Fault.HttpError(500, "Internal Server Error")));

            RunSummary faulty = acme.runtime.sync("acme");

            assertThat(faulty.status()).isEqualTo("FAILED");
            assertThat(acme.school().courses()).isEmpty();
            assertThat(acme.requests("POST", COURSES)).as("the first batch, tried three times").hasSize(3);
            assertCleanRunEndsFaultFree(acme);
        }
    }

    @Test
    void a429IsSentAgainNoSoonerThanItsRetryAfter() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            // The harness caps any wait at 50 ms; production at a minute (connector.http.max-redelivery-delay-ms).
            acme.runtime.property("connector.http.max-redelivery-delay-ms", "5000");
            onV3(acme).start();
            List<Long> arrivals = new CopyOnWriteArrayList<>();
            // Twice in a row: the HTTP client may itself resend once after the Retry-After; the second is the runtime's.
            acme.edusign.setFaultInjector((method, path, n) -> {
                if (!path.equals(COURSES)) {
                    return Optional.empty();
                }
                arrivals.add(System.nanoTime());
                return arrivals.size() <= 2 ? Optional.of(new Fault.RetryAfter(429, 2)) : Optional.empty();
            });

            RunSummary limited = acme.runtime.sync("acme");

            assertThat(limited.status()).isEqualTo("COMPLETED");
            assertThat(arrivals).as("the first batch three times, then the second").hasSize(4);
            for (int i = 1; i <= 2; i++) {
                assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1))).as("the wait Edusign asked for before resend " + i)
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            }
            assertThat(SchoolSnapshot.of(acme.school())).isEqualTo(faultFree);
            assertCleanRunEndsFaultFree(acme);
        }
    }

    @Test
    void aBatchHeldPastTheClientsTimeoutIsAppliedOnceThoughSentAgain() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.property("connector.http.endpoint-options", "throwExceptionOnFailure=false&connectTimeout=2000&responseTimeout=300");
            onV3(acme).start();
            AtomicInteger studentBatches = new AtomicInteger();
            // The first students' batch is answered after 700 ms, the client gave up at 300: it sends it again, and
            // then both are applied — the second answered as the first within v3's 5 s deduplication window.
            acme.edusign.setFaultInjector((method, path, n) -> path.equals(STUDENTS) && studentBatches.incrementAndGet() == 1
                    ? Optional.of(new Fault.Hang(700)) : Optional.empty());

            RunSummary held = acme.runtime.sync("acme");

            assertThat(held.status()).isEqualTo("COMPLETED");
            assertThat(studentBatches.get()).isGreaterThan(2);
            acme.edusign.setFaultInjector(null);
            // the held batch is applied at 700 ms: the school stays free of duplicates through and past it
            org.awaitility.Awaitility.await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                    .until(() -> SchoolSnapshot.of(acme.school()).duplicates().isEmpty());
            assertCleanRunEndsFaultFree(acme);
        }
    }

    @Test
    void itemsRefusedInA207AreRecordedByNameAndReasonAndTheNextRunWritesThem() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            onV3(acme).start();
            String tuesday = ApiIds.of("celcat", "acme", "course", "tt1/" + CelcatSchool.TUESDAY_AFTER_DST);
            acme.edusign.setFaultInjector(FaultInjector.onPaths("POST", STUDENTS, new Fault.V3ItemsRefused("VALIDATION_ERROR",
                            "email domain not allowed", item -> item.path("email").asText().equals("hugo.petit@school.example")))
                    .or(FaultInjector.onPaths("POST", COURSES, new Fault.V3ItemsRefused("PROFESSORS_NOT_FOUND",
                            "professor not found", item -> item.path("externalReferenceId").asText().equals(tuesday)))));

            RunSummary partial = acme.runtime.sync("acme");

            assertThat(partial.status()).isEqualTo("COMPLETED");
            assertThat(partial.counts()).containsEntry("EDUSIGN_REJECTED", 2L);
            List<SyncEvent> refused = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class)
                    .page("acme", 0, 200, "EDUSIGN_REJECTED", null);
            assertThat(refused).hasSize(2);
            assertThat(refused).anySatisfy(e -> {
                assertThat(e.kind()).isEqualTo("student");
                assertThat(e.message()).contains("Hugo", "VALIDATION_ERROR", "email domain not allowed");
            });
            assertThat(refused).anySatisfy(e -> {
                assertThat(e.sourceId()).isEqualTo("tt1/" + CelcatSchool.TUESDAY_AFTER_DST);
                assertThat(e.message()).contains("PROFESSORS_NOT_FOUND", "professor not found");
            });
            assertThat(acme.school().students()).noneMatch(s -> s.get("EMAIL").asText().equals("hugo.petit@school.example"));
            assertCleanRunEndsFaultFree(acme);
        }
    }

    @Test
    void everyBatchOfARunSentAgainLaterChangesNothing() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            AtomicLong ticker = new AtomicLong();
            acme.edusign.setV3Ticker(ticker::get);
            onV3(acme).start();
            acme.runtime.sync("acme");
            List<RecordedRequest> batches = acme.requests("POST", "/v3/");
            assertThat(batches).extracting(RecordedRequest::path).as("1 batch of 2 professors, 2 of the 3 students, 2 of the 3 sheets")
                    .containsExactly("/v3/professors/batch-upsert", STUDENTS, STUDENTS, COURSES, COURSES);
            List<String> objects = objectIds(acme);
            ticker.addAndGet(Duration.ofMinutes(10).toNanos()); // past v3's 5 s deduplication window: applied again

            HttpClient http = HttpClient.newHttpClient();
            for (RecordedRequest batch : batches) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(acme.edusign.baseUrl() + batch.path()))
                        .header("Authorization", "Bearer " + AcmeFixture.KEY).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(batch.body().toString())).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                JsonNode results = new ObjectMapper().readTree(answer.body()).get("results");
                assertThat(results).hasSize(batch.body().get("items").size())
                        .allSatisfy(r -> assertThat(r.get("action").asText()).as("the same object, updated").isEqualTo("UPDATED"));
            }

            assertThat(objectIds(acme)).as("the same objects, no other").isEqualTo(objects);
            assertThat(SchoolSnapshot.of(acme.school())).isEqualTo(faultFree);
        }
    }

    private static List<String> objectIds(AcmeFixture acme) {
        return java.util.stream.Stream.of(acme.school().students(), acme.school().professors(), acme.school().courses())
                .flatMap(List::stream).map(o -> o.get("ID").asText()).sorted().toList();
    }

    private static void assertCleanRunEndsFaultFree(AcmeFixture acme) {
        acme.edusign.setFaultInjector(null);
        RunSummary clean = acme.runtime.sync("acme");
        assertThat(clean.status()).isEqualTo("COMPLETED");
        SchoolSnapshot school = SchoolSnapshot.of(acme.school());
        assertThat(school.duplicates()).isEmpty();
        assertThat(school).isEqualTo(faultFree);
    }

    /** The acme tenant with {@code edusignApi: v3-batch}, batches of 2, v3 on the same simulated school. */
    private static RuntimeHarness onV3(AcmeFixture acme) {
        acme.edusign.setHeavySlowDown(Integer.MAX_VALUE, 0);
        return AcmeFixture.onApi(acme.runtime.property("connector.edusign.heavy-rate-per-minute", "6000")
                .property("connector.edusign.v3-batch-size", "2"), "v3-batch", "acme.yaml");
    }
}
