package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/tenants/{t}/sync?wait=false}: 202 at once, then the run polled at its Location. */
class AsyncSyncTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final CountDownLatch celcatHeld = new CountDownLatch(1);
    private AcmeFixture acme;

    @BeforeEach
    void start() {
        acme = new AcmeFixture();
        acme.runtime.start();
    }

    @AfterEach
    void stop() {
        celcatHeld.countDown();
        acme.close();
    }

    @Test
    void answers202WithTheRunsLocationThenItsProgressThenItsSummary() throws Exception {
        holdCelcat();

        HttpResponse<String> accepted = send("POST", "/api/tenants/acme/sync?wait=false");

        assertThat(accepted.statusCode()).isEqualTo(202);
        String runId = json.readTree(accepted.body()).path("runId").asText();
        assertThat(runId).isNotBlank();
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/tenants/acme/runs/" + runId);
        await().atMost(Duration.ofSeconds(20)).until(() -> poll(location).path("status").asText().equals("RUNNING"));
        assertThat(poll("/api/tenants/acme/runs/current").path("runId").asText()).isEqualTo(runId);
        assertThat(send("POST", "/api/tenants/acme/sync?wait=false").statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/tenants/acme/sync").statusCode()).isEqualTo(409);
        assertThat(acme.school().courses()).isEmpty();

        celcatHeld.countDown();

        await().atMost(Duration.ofSeconds(30)).until(() -> poll(location).path("status").asText().equals("COMPLETED"));
        JsonNode summary = poll(location);
        assertThat(summary.path("runId").asText()).isEqualTo(runId);
        assertThat(summary.at("/counts/CREATED").asInt()).isEqualTo(3);
        assertThat(summary.at("/edusignRequests/create").asInt()).isEqualTo(8);
        assertThat(acme.school().courses()).hasSize(3);
    }

    @Test
    void aRunThatWaitedIsFoundByItsIdInTheRunLog() throws Exception {
        JsonNode waited = json.readTree(send("POST", "/api/tenants/acme/sync").body());

        JsonNode found = poll("/api/tenants/acme/runs/" + waited.path("runId").asText());

        assertThat(found.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(found.at("/counts/CREATED").asInt()).isEqualTo(3);
        assertThat(found.path("endedAt").isNull()).isFalse();
    }

    @Test
    void unknownTenantsRunsAndBadParametersGetClearAnswersWithoutARun() throws Exception {
        assertThat(send("POST", "/api/tenants/nobody/sync?wait=false").statusCode()).isEqualTo(404);
        HttpResponse<String> badDirection = send("POST", "/api/tenants/acme/sync?wait=false&direction=sideways");
        assertThat(badDirection.statusCode()).isEqualTo(400);
        assertThat(badDirection.body()).contains("direction");
        HttpResponse<String> unknownRun = send("GET", "/api/tenants/acme/runs/no-such-run");
        assertThat(unknownRun.statusCode()).isEqualTo(404);
        assertThat(unknownRun.body()).contains("no-such-run");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + acme.runtime.httpPort() + "/api/tenants/acme/runs/no-such-run")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(acme.celcat.requests()).isEmpty();
    }

    /** Every Celcat request waits until the test lets it go: the run stays in progress meanwhile. */
    private void holdCelcat() {
        acme.celcat.setFaultInjector((method, path, n) -> {
            try {
                celcatHeld.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        });
    }

    private JsonNode poll(String path) throws Exception {
        HttpResponse<String> answer = send("GET", path);
        assertThat(answer.statusCode()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + acme.runtime.httpPort() + path))
                .header("Authorization", "Bearer " + RuntimeHarness.ADMIN_TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
