package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Another client that filled an Edusign school before this connector came (Edusign's own connector, a script):
 * it writes through the public API over HTTP, as any client would, with API_IDs of its own.
 */
final class OtherConnector {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String apiKey;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger next = new AtomicInteger();

    OtherConnector(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    String professor(String first, String last, String email) {
        ObjectNode body = JSON.createObjectNode();
        body.set("professor", person(first, last, email));
        return post("/v1/professor", body.put("dontSendCredentials", true));
    }

    String student(String first, String last, String email) {
        ObjectNode body = JSON.createObjectNode();
        body.set("student", person(first, last, email).put("SEND_EMAIL_CREDENTIALS", false));
        return post("/v1/student", body);
    }

    String group(String name, String... studentIds) {
        ObjectNode group = JSON.createObjectNode().put("NAME", name).put("API_ID", apiId("group"));
        ArrayNode members = group.putArray("STUDENTS");
        List.of(studentIds).forEach(members::add);
        ObjectNode body = JSON.createObjectNode();
        body.set("group", group);
        return post("/v1/group", body);
    }

    /** A sheet; {@code startUtc} and {@code endUtc} as Edusign takes them ({@code 2026-03-23T08:00:00Z}). */
    String course(String name, String startUtc, String endUtc, String room, List<String> professorIds, List<String> studentIds,
                  List<String> groupIds) {
        ObjectNode course = JSON.createObjectNode().put("NAME", name).put("START", startUtc).put("END", endUtc)
                .put("NEED_STUDENTS_SIGNATURE", true).put("API_ID", apiId("course"));
        if (room != null) {
            course.put("CLASSROOM", room);
        }
        for (int i = 0; i < professorIds.size(); i++) {
            course.put(i == 0 ? "PROFESSOR" : "PROFESSOR_" + (i + 1), professorIds.get(i));
        }
        ArrayNode students = course.putArray("STUDENTS");
        studentIds.forEach(id -> students.addObject().put("studentId", id));
        if (!groupIds.isEmpty()) {
            ArrayNode groups = course.putArray("SCHOOL_GROUP");
            groupIds.forEach(groups::add);
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("course", course);
        return post("/v1/course", body);
    }

    private ObjectNode person(String first, String last, String email) {
        return JSON.createObjectNode().put("FIRSTNAME", first).put("LASTNAME", last).put("EMAIL", email).put("API_ID", apiId("person"));
    }

    /** The other connector's own API_IDs, nothing like this connector's. */
    private String apiId(String kind) {
        return "other-" + kind + "-" + next.incrementAndGet();
    }

    private String post(String path, JsonNode body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            JsonNode answer = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            assertThat(answer.path("status").asText()).as(path + " " + answer).isEqualTo("success");
            return answer.path("result").path("ID").asText();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("the other connector could not write " + path, e);
        }
    }
}
