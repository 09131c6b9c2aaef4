package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sync trigger and the event log over the runtime's HTTP port. */
class HttpApiTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private AcmeFixture acme;

    @BeforeEach
    void start() {
        acme = new AcmeFixture();
        acme.runtime.start();
    }

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void postSyncAnswersTheRunSummaryWhenTheRunIsOver() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/tenants/acme/sync");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode summary = json.readTree(answer.body());
        assertThat(summary.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(summary.get("tenant").asText()).isEqualTo("acme");
        assertThat(summary.at("/counts/CREATED").asInt()).isEqualTo(3);
        assertThat(summary.at("/edusignRequests/create").asInt()).isEqualTo(8);
        assertThat(acme.school().courses()).hasSize(3);
    }

    @Test
    void eventsAreServedNewestFirstAndPaged() throws Exception {
        send("POST", "/api/tenants/acme/sync");

        JsonNode first = json.readTree(send("GET", "/api/tenants/acme/events?page=0&size=2").body());
        JsonNode second = json.readTree(send("GET", "/api/tenants/acme/events?page=1&size=2").body());

        assertThat(first.get("events")).hasSize(2);
        assertThat(first.at("/events/0/reason").asText()).isEqualTo("RUN_COMPLETED");
        assertThat(first.at("/events/0/id").asLong()).isGreaterThan(first.at("/events/1/id").asLong());
        assertThat(second.at("/events/0/id").asLong()).isLessThan(first.at("/events/1/id").asLong());
        JsonNode filtered = json.readTree(send("GET", "/api/tenants/acme/events?reason=NO_VALID_LEARNER").body());
        assertThat(filtered.get("events")).singleElement()
                .satisfies(e -> assertThat(e.get("sourceId").asText()).isEqualTo("tt1/" + CelcatSchool.NO_VALID_LEARNER));
    }

    @Test
    void unknownTenantsAndBadParametersGetClearAnswers() throws Exception {
        assertThat(send("POST", "/api/tenants/nobody/sync").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/tenants/nobody/events").statusCode()).isEqualTo(404);
        HttpResponse<String> badDirection = send("POST", "/api/tenants/acme/sync?direction=sideways");
        assertThat(badDirection.statusCode()).isEqualTo(400);
        assertThat(badDirection.body()).contains("direction");
        assertThat(send("GET", "/api/tenants/acme/events?size=100000").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/tenants/acme/sync").statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + acme.runtime.httpPort() + path))
                .header("Authorization", "Bearer " + org.edusignconnector.testing.RuntimeHarness.ADMIN_TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
