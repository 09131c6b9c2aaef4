package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** "Why is this course not on Edusign?" answered from the ledger and the last run's events. */
class ExplainTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachCourseGetsItsAnswer() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");

            JsonNode sent = explain(acme, "tt1/" + CelcatSchool.MONDAY_TD);
            assertThat(sent.get("onEdusign").asBoolean()).isTrue();
            assertThat(sent.get("edusignId").asText()).isEqualTo(acme.school().courses().stream()
                    .filter(c -> c.get("NAME").asText().equals("Mathématiques TD")).findFirst().orElseThrow().get("ID").asText());

            JsonNode duplicate = explain(acme, "tt1/" + CelcatSchool.DUPLICATE_STAFF);
            assertThat(duplicate.get("onEdusign").asBoolean()).isFalse();
            assertThat(duplicate.get("reason").asText()).isEqualTo("DUPLICATE_INSTRUCTOR_EMAIL");
            assertThat(duplicate.get("details").asText()).contains("staff record staff:502").contains("paul.martin@school.example");

            JsonNode noLearner = explain(acme, "tt1/" + CelcatSchool.NO_VALID_LEARNER);
            assertThat(noLearner.get("reason").asText()).isEqualTo("NO_VALID_LEARNER");
            assertThat(noLearner.get("details").asText()).contains("student:9004").contains("no e-mail");

            JsonNode unknown = explain(acme, "tt1/never-heard-of");
            assertThat(unknown.get("reason").asText()).isEqualTo("NOT_LISTED");
        }
    }

    private JsonNode explain(AcmeFixture acme, String sourceId) throws Exception {
        String path = "/api/tenants/acme/courses/" + URLEncoder.encode(sourceId, StandardCharsets.UTF_8) + "/explain";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + acme.runtime.httpPort() + path))
                .header("Authorization", "Bearer " + RuntimeHarness.ADMIN_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            String query = "/api/tenants/acme/explain?sourceId=" + URLEncoder.encode(sourceId, StandardCharsets.UTF_8);
            answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + acme.runtime.httpPort() + query))
                    .header("Authorization", "Bearer " + RuntimeHarness.ADMIN_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
