package org.edusignconnector.sim.edusign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real-HTTP client of one school of the simulator for its tests: sends v1 calls and checks envelopes. */
final class SimClient {

    final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final EdusignSimulator sim;
    private final String key;

    SimClient(EdusignSimulator sim, String key) {
        this.sim = sim;
        this.key = key;
    }

    String createProfessor(String first, String last, String email) throws Exception {
        return ok("POST", "/v1/professor", wrap("professor", person(first, last, email))
                .put("dontSendCredentials", true)).get("ID").asText();
    }

    String createStudent(String first, String last, String email) throws Exception {
        return ok("POST", "/v1/student", wrap("student", person(first, last, email)
                .put("SEND_EMAIL_CREDENTIALS", false))).get("ID").asText();
    }

    String createGroup(String name, String apiId) throws Exception {
        return ok("POST", "/v1/group", wrap("group", mapper.createObjectNode().put("NAME", name)
                .put("API_ID", apiId))).get("ID").asText();
    }

    String createCourse(ObjectNode course) throws Exception {
        return ok("POST", "/v1/course", wrap("course", course)).get("ID").asText();
    }

    ObjectNode person(String first, String last, String email) {
        return mapper.createObjectNode().put("FIRSTNAME", first).put("LASTNAME", last).put("EMAIL", email);
    }

    ObjectNode course(String name, String start, String end, String professor, String... students) {
        ObjectNode course = mapper.createObjectNode().put("NAME", name).put("START", start).put("END", end)
                .put("PROFESSOR", professor).put("NEED_STUDENTS_SIGNATURE", true);
        ArrayNode list = course.putArray("STUDENTS");
        for (String student : students) {
            list.addObject().put("studentId", student);
        }
        return course;
    }

    /** {@code {"course": course, "editSurveys": false}}, the body of PATCH /v1/course. */
    ObjectNode coursePatch(ObjectNode course) {
        return wrap("course", course).put("editSurveys", false);
    }

    ObjectNode wrap(String name, JsonNode inner) {
        ObjectNode body = mapper.createObjectNode();
        body.set(name, inner);
        return body;
    }

    JsonNode ok(String method, String path, JsonNode body) throws Exception {
        JsonNode envelope = json(send(method, path, body));
        assertThat(envelope.get("status").asText()).as(envelope.toString()).isEqualTo("success");
        return envelope.get("result");
    }

    String error(String method, String path, JsonNode body) throws Exception {
        JsonNode envelope = json(send(method, path, body));
        assertThat(envelope.get("status").asText()).as(envelope.toString()).isEqualTo("error");
        return envelope.get("message").asText();
    }

    JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    HttpResponse<String> send(String method, String path, JsonNode body) throws Exception {
        return http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest request(String method, String path, JsonNode body) throws IOException {
        String text = body == null ? null : mapper.writeValueAsString(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + key)
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text));
        if (text != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.build();
    }

    HttpClient http() {
        return http;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
