package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.edusignconnector.events.SyncRequest;
import org.junit.jupiter.api.Test;

/** Health and readiness on the management port, and the business metrics in Prometheus format. */
class ObservabilityTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessHealthDetailsAndMetrics() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            String port = acme.runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}");

            assertThat(get(port, "/observe/health/ready").statusCode()).isEqualTo(200);
            assertThat(get(port, "/observe/health/live").statusCode()).isEqualTo(200);

            acme.runtime.sync("acme");
            acme.edusign.setMaintenance(true);
            assertThat(acme.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test")).status()).isEqualTo("FAILED");
            acme.edusign.setMaintenance(false);

            String metrics = get(port, "/observe/metrics").body();
            assertThat(metrics).contains("connector_runs_total{direction=\"down\",status=\"completed\",tenant=\"acme\"} 1.0")
                    .contains("connector_items_total{direction=\"down\",outcome=\"CREATED\",tenant=\"acme\"} 3.0")
                    .contains("connector_items_total{direction=\"down\",outcome=\"NO_VALID_LEARNER\",tenant=\"acme\"} 1.0")
                    .contains("connector_edusign_requests_total{tenant=\"acme\",type=\"create\"}")
                    .contains("connector_last_success_timestamp_seconds{direction=\"down\",tenant=\"acme\"}");
            HttpResponse<String> health = get(port, "/observe/health?exposureLevel=full");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"name\":\"database\",\"status\":\"UP\"")
                    .contains("1 tenant(s) whose last run failed");
        }
    }

    private HttpResponse<String> get(String port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
