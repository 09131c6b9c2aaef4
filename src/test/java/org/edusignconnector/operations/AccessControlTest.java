package org.edusignconnector.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edusignconnector.testing.HostileValues.EVIL_ORIGIN;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The business endpoints need credentials from the environment: an admin for triggers, a viewer for
 * reads; a foreign browser origin cannot trigger; failed logins are counted and slowed.
 */
class AccessControlTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private EdusignSimulator edusign;
    private CelcatSimulator celcat;
    private RuntimeHarness runtime;

    @BeforeEach
    void start() {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-acl");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        edusign = EdusignSimulator.start(0);
        edusign.addSchool("key-acl");
        celcat = CelcatSimulator.start(0, "code");
        runtime = RuntimeHarness.create();
        runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .clock("2026-03-22T10:00:00Z").tenantFile("acme.yaml").start();
    }

    @AfterEach
    void stop() {
        runtime.close();
        celcat.close();
        edusign.close();
    }

    @Test
    void withoutCredentialsNothingIsReadOrTriggered() throws Exception {
        for (String path : new String[] {"/api/tenants", "/api/overview", "/api/tenants/acme/events", "/api/tenants/acme/runs",
                "/api/tenants/acme/runs/current", "/api/tenants/acme/explain?sourceId=x", "/api/tenants/acme/deletions"}) {
            HttpResponse<String> answer = send("GET", path, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        }
        assertThat(send("POST", "/api/tenants/acme/sync", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/tenants/acme/deletions/confirm", null).statusCode()).isEqualTo(401);
        assertThat(edusign.requests()).isEmpty();
    }

    @Test
    void theViewerReadsButCannotTrigger() throws Exception {
        String viewer = "Basic " + Base64.getEncoder().encodeToString((RuntimeHarness.VIEWER_USER + ":" + RuntimeHarness.VIEWER_PASSWORD).getBytes());

        assertThat(send("GET", "/api/tenants", viewer).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/tenants/acme/events", viewer).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/overview", viewer).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/tenants/acme/sync", viewer).statusCode()).isEqualTo(403);
        String wrong = "Basic " + Base64.getEncoder().encodeToString((RuntimeHarness.VIEWER_USER + ":guess").getBytes());
        assertThat(send("GET", "/api/tenants", wrong).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/tenants", "Bearer not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void theAdminTriggersAndReads() throws Exception {
        String admin = "Bearer " + RuntimeHarness.ADMIN_TOKEN;

        HttpResponse<String> sync = send("POST", "/api/tenants/acme/sync", admin);
        HttpResponse<String> tenants = send("GET", "/api/tenants", admin);

        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
        assertThat(tenants.body()).contains("\"tenant\" : \"acme\"").contains("\"lastRuns\"").contains("COMPLETED");
        assertThat(send("GET", "/api/tenants/acme/runs/current", admin).body()).contains("\"running\" : false");
    }

    @Test
    void aStateChangingCallFromAForeignBrowserOriginIsRefusedEvenWithValidCredentials() throws Exception {
        String admin = "Bearer " + RuntimeHarness.ADMIN_TOKEN;
        String own = "http://127.0.0.1:" + runtime.httpPort();

        assertThat(send("POST", "/api/tenants/acme/sync", admin, "Origin", EVIL_ORIGIN).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/tenants/acme/deletions/confirm", admin, "Referer", EVIL_ORIGIN + "/x").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/tenants/acme/sync", admin, "Origin", "http://127.0.0.1:1").statusCode()).isEqualTo(403);
        assertThat(edusign.requests()).as("nothing ran").isEmpty();
        assertThat(send("GET", "/api/tenants", admin, "Origin", EVIL_ORIGIN).statusCode()).as("a read changes nothing").isEqualTo(200);

        HttpResponse<String> fromOwnPage = send("POST", "/api/tenants/acme/sync", admin, "Origin", own);
        assertThat(fromOwnPage.statusCode()).as(fromOwnPage.body()).isEqualTo(200);
        assertThat(metrics()).contains("connector_api_auth_refused_total{reason=\"cross_origin\"} 3.0");
    }

    @Test
    void failedAuthenticationsAreCountedAndSlowedUntilParallelGuessesAreTurnedAway() throws Exception {
        String wrong = "Basic " + Base64.getEncoder().encodeToString("admin:guess".getBytes());
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/api/tenants", wrong).statusCode()).isEqualTo(401);
        }
        assertThat(metrics()).contains("connector_api_auth_refused_total{reason=\"wrong_credentials\"} 5.0");

        // Five failures: each further attempt from this address books a turn 1.6 s after the last one;
        // a turn more than 5 s away is refused at once.
        List<CompletableFuture<HttpResponse<String>>> burst = IntStream.range(0, 8)
                .mapToObj(i -> http.sendAsync(request("GET", "/api/tenants", wrong).build(), HttpResponse.BodyHandlers.ofString())).toList();
        List<HttpResponse<String>> answers = burst.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401, 429).contains(429);
        assertThat(answers).filteredOn(a -> a.statusCode() == 429)
                .allSatisfy(a -> assertThat(a.headers().firstValue("Retry-After")).isPresent());
        assertThat(metrics()).contains("connector_api_auth_refused_total{reason=\"throttled\"}");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String... headers) throws Exception {
        HttpRequest.Builder request = request(method, path, authorization);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.httpPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private String metrics() throws Exception {
        String port = runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}");
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
