package org.edusignconnector.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.celcat.CelcatStaff;
import org.edusignconnector.sim.celcat.CelcatStudent;
import org.edusignconnector.sim.celcat.CelcatTimetable;

/**
 * The baseline: a straightforward Edusign client with no local state, as a script would be written. Each sync,
 * per course: look up each instructor and learner by e-mail ({@code GET /v1/{professor|student}/by-email}) and
 * create the missing ones, look the course up by its API_ID ({@code get-id}) and PATCH it when found, POST it
 * otherwise. Having no memory of what it sent, it finds removed courses by listing the window's sheets and
 * deleting those of its own that the source no longer has. Reading attendance back, it lists the locked sheets
 * and resolves each student id to a person ({@code GET /v1/student/{id}}) to match it to the source.
 * It reads the source from the simulator's timetable directly: only its Edusign requests are measured.
 */
final class NaiveClient {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final int PAGE = 40;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String apiKey;

    NaiveClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** One downstream sync of the courses of [from, to]. */
    void sync(CelcatTimetable t, LocalDate from, LocalDate to) {
        Map<Integer, CelcatStaff> staff = t.staff().stream().collect(Collectors.toMap(CelcatStaff::id, Function.identity()));
        Map<Integer, CelcatStudent> students = t.students().stream()
                .collect(Collectors.toMap(CelcatStudent::id, Function.identity()));
        Set<String> listed = new HashSet<>();
        for (CelcatEvent e : t.events()) {
            LocalDate day = e.start().toLocalDate();
            if (e.allDay() || day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            ObjectNode course = json.createObjectNode();
            course.put("NAME", e.name());
            course.put("START", utc(e.start()));
            course.put("END", utc(e.end()));
            for (int i = 0; i < e.staffIds().size(); i++) {
                CelcatStaff s = staff.get(e.staffIds().get(i));
                course.put(i == 0 ? "PROFESSOR" : "PROFESSOR_" + (i + 1), person("professor", s.name(), s.email()));
            }
            var list = course.putArray("STUDENTS");
            for (int id : t.learnersOf(e)) {
                CelcatStudent s = students.get(id);
                list.addObject().put("studentId", person("student", s.name(), s.email()));
            }
            if (!e.roomIds().isEmpty()) {
                course.put("CLASSROOM", t.room(e.roomIds().get(0)).map(r -> r.name()).orElse(""));
            }
            course.put("NEED_STUDENTS_SIGNATURE", true);
            String apiId = "naive:" + e.id();
            course.put("API_ID", apiId);
            listed.add(apiId);
            JsonNode existing = call("GET", "/v1/course/get-id/" + encode(apiId), null);
            ObjectNode body = json.createObjectNode();
            body.set("course", course);
            if (existing != null) {
                course.put("ID", existing.path("ID").asText(existing.path("id").asText()));
                body.put("editSurveys", false);
                call("PATCH", "/v1/course", body);
            } else {
                call("POST", "/v1/course", body);
            }
        }
        List<String> vanished = new ArrayList<>();
        for (JsonNode sheet : listCourses("start=" + from + "&end=" + to)) {
            String apiId = sheet.path("API_ID").asText("");
            if (apiId.startsWith("naive:") && !listed.contains(apiId)) {
                vanished.add(sheet.path("ID").asText());
            }
        }
        vanished.forEach(id -> call("DELETE", "/v1/course/" + id, null));
    }

    /** The reverse route's Edusign side: the locked sheets, and each of their students resolved to a person. */
    int readLocked(LocalDate from, LocalDate to) {
        List<JsonNode> locked = listCourses("filters=locked&start=" + from + "&end=" + to);
        for (JsonNode sheet : locked) {
            for (JsonNode row : sheet.path("STUDENTS")) {
                call("GET", "/v1/student/" + encode(row.path("studentId").asText()), null);
            }
        }
        return locked.size();
    }

    private List<JsonNode> listCourses(String query) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode result = call("GET", "/v1/course?" + query + "&page=" + page, null);
            if (result == null || !result.isArray()) {
                return all;
            }
            result.forEach(all::add);
            if (result.size() < PAGE) {
                return all;
            }
        }
    }

    /** The Edusign id of the person with that e-mail, created when the lookup finds nobody. */
    private String person(String kind, String celcatName, String email) {
        JsonNode found = call("GET", "/v1/" + kind + "/by-email/" + encode(email), null);
        if (found != null) {
            return found.path("ID").asText();
        }
        String[] parts = celcatName.split(",", 2);
        ObjectNode p = json.createObjectNode();
        p.put("FIRSTNAME", parts.length > 1 ? parts[1].trim() : parts[0].trim());
        p.put("LASTNAME", parts[0].trim());
        p.put("EMAIL", email);
        ObjectNode body = json.createObjectNode();
        body.set(kind, p);
        if (kind.equals("professor")) {
            body.put("dontSendCredentials", true);
        }
        JsonNode created = call("POST", "/v1/" + kind, body);
        if (created == null) {
            throw new IllegalStateException("naive client could not create " + kind + " " + email);
        }
        return created.path("ID").asText();
    }

    /** The envelope's result on success, null on a business error. */
    private JsonNode call(String method, String path, JsonNode body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + apiKey);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " " + path + " answered HTTP " + response.statusCode());
            }
            JsonNode envelope = json.readTree(response.body());
            return "success".equals(envelope.path("status").asText()) ? envelope.path("result") : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String utc(LocalDateTime parisTime) {
        return parisTime.atZone(SyncWindow.PARIS).withZoneSameInstant(ZoneOffset.UTC).format(UTC);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
