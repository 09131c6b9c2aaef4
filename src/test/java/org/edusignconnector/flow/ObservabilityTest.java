package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Health and readiness on the management port, and the business metrics in Prometheus format:
 * runs, items, Edusign requests by type and outcome (a course Edusign refuses, a request still
 * failing after its redeliveries, a refused key), the last success.
 */
class ObservabilityTest {

    private static final String REQUESTS = "connector_edusign_requests_total";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessHealthDetailsAndMetrics() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            String port = acme.runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}");

            assertThat(get(port, "/observe/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(port, "/observe/health/live").statusCode()).isEqualTo(200);

            // Down: Edusign refuses the first course with an HTTP 200 error envelope; the run goes on.
            acme.edusign.setFaultInjector(refuseFirst("POST", "/v1/course"));
            RunSummary down = acme.runtime.sync("acme");
            assertThat(down.status()).isEqualTo("COMPLETED");
            assertThat(down.counts()).containsEntry("EDUSIGN_REJECTED", 1L);
            long createsAnswered = acme.edusign.requests(AcmeFixture.KEY).stream()
                    .filter(r -> r.method().equals("POST") && "success".equals(r.envelopeStatus())).count();
            // Every read of the down run is a success, a lookup answered "not found" included (it means "absent").
            long readsAnswered = acme.edusign.requests(AcmeFixture.KEY).stream().filter(r -> r.method().equals("GET")).count();
            assertThat(readsAnswered).as("the run read the school's students").isPositive();

            // Up: Edusign answers 503 to every try; the run fails once the redeliveries are spent.
            acme.edusign.setFaultInjector((method, path, n) -> Optional.of(new Fault.HttpError(503, "Service Unavailable")));
            acme.edusign.clearRequests();
            assertThat(syncUp(acme).status()).isEqualTo("FAILED");
            assertThat(acme.edusign.requests(AcmeFixture.KEY)).as("the request and its redeliveries").hasSizeGreaterThan(1)
                    .extracting(RecordedRequest::path).containsOnly(acme.edusign.requests(AcmeFixture.KEY).get(0).path());

            // Up again: Edusign refuses the key; the run stops at once.
            acme.edusign.setFaultInjector((method, path, n) -> Optional.of(new Fault.HttpError(401, "Unauthorized")));
            assertThat(syncUp(acme).status()).isEqualTo("FAILED");
            acme.edusign.setFaultInjector(null);

            String metrics = get(port, "/observe/metrics").body();
            assertThat(metrics).contains("connector_runs_total{direction=\"down\",status=\"completed\",tenant=\"acme\"} 1.0")
                    .contains("connector_runs_total{direction=\"up\",status=\"failed\",tenant=\"acme\"} 2.0")
                    .contains("connector_items_total{direction=\"down\",outcome=\"CREATED\",tenant=\"acme\"} 2.0")
                    .contains("connector_items_total{direction=\"down\",outcome=\"EDUSIGN_REJECTED\",tenant=\"acme\"} 1.0")
                    .contains("connector_items_total{direction=\"down\",outcome=\"NO_VALID_LEARNER\",tenant=\"acme\"} 1.0")
                    .contains(requests("down", "business_error", "create") + " 1.0")
                    .contains(requests("down", "success", "create") + " " + createsAnswered + ".0")
                    .contains(requests("down", "business_error", "read") + " 0.0")
                    .contains(requests("down", "success", "read") + " " + readsAnswered + ".0")
                    .contains(requests("down", "transient", "create") + " 0.0")
                    .contains(requests("up", "transient", "read") + " 1.0")
                    .contains(requests("up", "fatal", "read") + " 1.0")
                    .contains(requests("up", "success", "read") + " 0.0")
                    .contains("connector_last_success_timestamp_seconds{direction=\"down\",tenant=\"acme\"}");
            HttpResponse<String> health = get(port, "/observe/health?exposureLevel=full");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"name\":\"database\",\"status\":\"UP\"")
                    .contains("1 tenant(s) whose last run failed");
        }
    }

    /** Answers the first request with that method and path with an HTTP 200 {@code status: error} envelope. */
    private static FaultInjector refuseFirst(String method, String path) {
        AtomicBoolean refused = new AtomicBoolean();
        return (m, p, n) -> m.equals(method) && p.equals(path) && refused.compareAndSet(false, true)
                ? Optional.of(new Fault.BusinessError("La salle n'est pas disponible")) : Optional.empty();
    }

    private static RunSummary syncUp(AcmeFixture acme) {
        return acme.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test"));
    }

    private static String requests(String direction, String outcome, String type) {
        return REQUESTS + "{direction=\"" + direction + "\",outcome=\"" + outcome + "\",tenant=\"acme\",type=\"" + type + "\"}";
    }

    private HttpResponse<String> get(String port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
