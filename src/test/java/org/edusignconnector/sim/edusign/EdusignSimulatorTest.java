package org.edusignconnector.sim.edusign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EdusignSimulatorTest {

    private static final String KEY = "school-a-key";
    private static final String OTHER_KEY = "school-b-key";

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EdusignSimulator sim;

    @BeforeEach
    void start() {
        sim = EdusignSimulator.start(0);
        sim.addSchool(KEY);
        sim.addSchool(OTHER_KEY);
        sim.setSlowDown(Integer.MAX_VALUE, 0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    // ------------------------------------------------------------------ transport

    @Test
    void missingOrUnknownKeyIsPlainText401() throws Exception {
        HttpResponse<String> none = send("GET", "/v1/course/abc", null, null);
        HttpResponse<String> unknown = send("GET", "/v1/course/abc", "nope", null);

        for (HttpResponse<String> response : List.of(none, unknown)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("Unauthorized");
        }
        assertThat(sim.requests()).extracting(RecordedRequest::school).containsExactly(null, null);
        assertThat(sim.requests()).extracting(RecordedRequest::envelopeStatus).containsOnlyNulls();
    }

    @Test
    void unknownRouteIsPlainText404AndMaintenanceIs503() throws Exception {
        HttpResponse<String> notFound = send("GET", "/v1/nothing-here", KEY, null);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).isEqualTo("Not Found");

        sim.setMaintenance(true);
        HttpResponse<String> down = send("GET", "/v1/course/abc", KEY, null);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("Service Unavailable");
    }

    @Test
    void bodiesMustBeJsonWithJsonContentType() throws Exception {
        HttpResponse<String> text = http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v1/group"))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"group\":{\"NAME\":\"G\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json(text).get("status").asText()).isEqualTo("error");

        HttpResponse<String> broken = sendRaw("POST", "/v1/group", KEY, "{\"group\":");
        assertThat(json(broken).get("message").asText()).isEqualTo("Invalid JSON body");
        HttpResponse<String> trailing = sendRaw("POST", "/v1/group", KEY, "{\"group\":{\"NAME\":\"G\"}} x");
        assertThat(json(trailing).get("message").asText()).isEqualTo("Invalid JSON body");
        HttpResponse<String> empty = sendRaw("POST", "/v1/group", KEY, null);
        assertThat(json(empty).get("message").asText()).contains("group");
        assertThat(sim.school(KEY).groups()).isEmpty();
    }

    // ------------------------------------------------------------------ courses

    @Test
    void createsProfessorStudentsAndCourse() throws Exception {
        String professor = createProfessor("Ada", "Lovelace", "ada@school.test");
        String s1 = createStudent("Alan", "Turing", "alan@school.test");
        String s2 = createStudent("Grace", "Hopper", "grace@school.test");

        JsonNode course = ok("POST", "/v1/course", wrap("course",
                course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00.000Z", professor, s1, s2)
                        .put("API_ID", "celcat-42").put("CLASSROOM", "B102")));

        String id = course.get("ID").asText();
        assertThat(id).matches("[a-z0-9]{16}");
        assertThat(course.get("id").asText()).isEqualTo(id);
        assertThat(course.get("LOCKED").asInt()).isZero();
        assertThat(course.get("START").asText()).isEqualTo("2026-03-30T07:45:00.000Z");
        assertThat(course.get("STUDENTS").findValuesAsText("studentId")).containsExactly(s1, s2);
        JsonNode fetched = ok("GET", "/v1/course/" + id, null);
        assertThat(fetched.get("NAME").asText()).isEqualTo("Maths");
        assertThat(fetched.get("PROFESSOR").asText()).isEqualTo(professor);
        assertThat(sim.school(KEY).courses()).hasSize(1);
        assertThat(sim.school(OTHER_KEY).courses()).isEmpty();
        assertThat(sim.writeCount(KEY)).isEqualTo(4);
        assertThat(sim.requests(KEY)).filteredOn(RecordedRequest::isWrite).hasSize(4);
    }

    @Test
    void nonUtcStartIsRefusedNamingTheField() throws Exception {
        String professor = createProfessor("Ada", "Lovelace", "ada@school.test");

        for (String start : List.of("2026-03-30T09:45:00+02:00", "2026-03-30T09:45:00", "2026-03-30 09:45:00",
                "2026-03-30")) {
            String message = error("POST", "/v1/course",
                    wrap("course", course("Maths", start, "2026-03-30T11:45:00Z", professor)));
            assertThat(message).as(start).contains("START");
        }
        assertThat(error("POST", "/v1/course",
                wrap("course", course("Maths", "2026-03-30T09:45:00Z", "2026-03-30T08:00:00Z", professor))))
                .contains("END");
        assertThat(sim.school(KEY).courses()).isEmpty();
    }

    @Test
    void unknownProfessorUnknownFieldAndUnwrappedBodyAreRefused() throws Exception {
        String professor = createProfessor("Ada", "Lovelace", "ada@school.test");
        String otherSchoolProfessor = sim.school(OTHER_KEY).addProfessorByHand("Bob", "Other", "bob@other.test");

        assertThat(error("POST", "/v1/course", wrap("course",
                course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", "doesnotexist0000"))))
                .contains("PROFESSOR").contains("doesnotexist0000");
        assertThat(error("POST", "/v1/course", wrap("course",
                course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", otherSchoolProfessor))))
                .contains("PROFESSOR");
        ObjectNode misspelled = course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", professor);
        misspelled.remove("NEED_STUDENTS_SIGNATURE");
        misspelled.put("NEED_STUDENT_SIGNATURE", true);
        assertThat(error("POST", "/v1/course", wrap("course", misspelled)))
                .isEqualTo("Unknown field: NEED_STUDENT_SIGNATURE");
        assertThat(error("POST", "/v1/course", course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z",
                professor))).contains("course");
        assertThat(sim.school(KEY).courses()).isEmpty();
        assertThat(sim.writeCount(KEY)).isEqualTo(1);
    }

    @Test
    void patchReplacesStudentsAndProfessors() throws Exception {
        String p1 = createProfessor("Ada", "Lovelace", "ada@school.test");
        String p2 = createProfessor("Charles", "Babbage", "charles@school.test");
        String s1 = createStudent("Alan", "Turing", "alan@school.test");
        String s2 = createStudent("Grace", "Hopper", "grace@school.test");
        String s3 = createStudent("Edsger", "Dijkstra", "edsger@school.test");
        JsonNode created = ok("POST", "/v1/course", wrap("course",
                course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", p1, s1, s2).put("PROFESSOR_2", p2)));
        String id = created.get("ID").asText();

        ObjectNode update = course("Maths 2", "2026-03-30T08:00:00Z", "2026-03-30T10:00:00Z", p1, s2, s3).put("ID", id);
        ObjectNode body = wrap("course", update).put("editSurveys", false);
        JsonNode patched = ok("PATCH", "/v1/course", body);

        assertThat(patched.get("ID").asText()).isEqualTo(id);
        assertThat(patched.get("STUDENTS").findValuesAsText("studentId")).containsExactly(s2, s3);
        assertThat(patched.has("PROFESSOR_2")).isFalse();
        JsonNode stored = sim.school(KEY).course(id).orElseThrow();
        assertThat(stored.get("NAME").asText()).isEqualTo("Maths 2");
        assertThat(stored.get("STUDENTS").findValuesAsText("studentId")).containsExactly(s2, s3);

        ObjectNode noId = wrap("course", course("X", "2026-03-30T08:00:00Z", "2026-03-30T10:00:00Z", p1)
                .put("ID", "unknown000000000")).put("editSurveys", false);
        assertThat(error("PATCH", "/v1/course", noId)).isEqualTo("No course with this ID found");
        ObjectNode noProfessor = update.deepCopy();
        noProfessor.remove("PROFESSOR");
        assertThat(error("PATCH", "/v1/course", wrap("course", noProfessor).put("editSurveys", false)))
                .isEqualTo("At least one professor is required");
    }

    @Test
    void deleteThenGetSaysNoCourseFound() throws Exception {
        String professor = createProfessor("Ada", "Lovelace", "ada@school.test");
        String id = ok("POST", "/v1/course", wrap("course",
                course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", professor))).get("ID").asText();

        ok("DELETE", "/v1/course/" + id, null);

        assertThat(error("GET", "/v1/course/" + id, null)).isEqualTo("No course with this ID found");
        assertThat(error("DELETE", "/v1/course/" + id, null)).isEqualTo("No course with this ID found");
        assertThat(sim.school(KEY).deletedCourseCount()).isEqualTo(1);
        assertThat(sim.school(KEY).courses()).isEmpty();
    }

    @Test
    void lockedCoursesRefuseEditsAndLockTwice() throws Exception {
        String professor = createProfessor("Ada", "Lovelace", "ada@school.test");
        ObjectNode input = course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", professor);
        String id = ok("POST", "/v1/course", wrap("course", input)).get("ID").asText();

        assertThat(ok("GET", "/v1/course/lock/" + id, null).get("link").asText()).startsWith("http");
        assertThat(error("GET", "/v1/course/lock/" + id, null)).isEqualTo("Course already locked");
        assertThat(error("PATCH", "/v1/course", wrap("course", input.deepCopy().put("ID", id))
                .put("editSurveys", false))).isEqualTo("course locked");
        assertThat(error("DELETE", "/v1/course/" + id, null)).isEqualTo("course locked");

        ok("PATCH", "/v1/course/unlock/" + id, null);
        ok("DELETE", "/v1/course/" + id, null);
    }

    @Test
    void getIdByApiIdReturnsNewestMatch() throws Exception {
        String professor = createProfessor("Ada", "Lovelace", "ada@school.test");
        ok("POST", "/v1/course", wrap("course",
                course("Old", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", professor).put("API_ID", "cel/42 a")));
        String newest = ok("POST", "/v1/course", wrap("course",
                course("New", "2026-03-31T07:45:00Z", "2026-03-31T09:45:00Z", professor).put("API_ID", "cel/42 a")))
                .get("ID").asText();

        JsonNode found = ok("GET", "/v1/course/get-id/" + encode("cel/42 a"), null);
        assertThat(found.get("ID").asText()).isEqualTo(newest);
        assertThat(found.get("id").asText()).isEqualTo(newest);
        assertThat(error("GET", "/v1/course/get-id/nothing", null)).isEqualTo("No course with this API_ID found");

        String student = ok("POST", "/v1/student", wrap("student", person("Alan", "Turing", "alan@school.test")
                .put("API_ID", "stu-1"))).get("ID").asText();
        assertThat(ok("GET", "/v1/student/get-id/stu-1", null).get("ID").asText()).isEqualTo(student);
        assertThat(error("GET", "/v1/student/get-id/stu-2", null)).isEqualTo("No student with this API_ID found");
    }

    @Test
    void lockedListPagesByFortyWithFilters() throws Exception {
        String p1 = createProfessor("Ada", "Lovelace", "ada@school.test");
        String p2 = createProfessor("Charles", "Babbage", "charles@school.test");
        String s1 = createStudent("Alan", "Turing", "alan@school.test");
        String s2 = createStudent("Grace", "Hopper", "grace@school.test");
        SchoolState school = sim.school(KEY);
        String sick = school.addAbsenceReason("Sick");
        List<String> ids = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 45; i++) {
            String start = day.plusDays(i) + "T07:45:00Z";
            String end = day.plusDays(i) + "T09:45:00Z";
            ids.add(ok("POST", "/v1/course", wrap("course", course("C" + i, start, end, p1, s1, s2)
                    .put("PROFESSOR_2", p2))).get("ID").asText());
        }
        for (int i = 0; i < 42; i++) {
            school.lockCourse(ids.get(i), List.of(
                    new StudentAttendance(s1, true, 5, "2026-03-02T09:00:00Z", null, null, null),
                    new StudentAttendance(s2, false, null, null, null, sick, "flu")), List.of(true, false));
        }
        String window = "start=2026-03-01&end=2026-05-01";

        JsonNode page0 = ok("GET", "/v1/course?page=0&filters=locked&" + window, null);
        JsonNode page1 = ok("GET", "/v1/course?page=1&filters=locked&" + window, null);
        JsonNode page2 = ok("GET", "/v1/course?page=2&filters=locked&" + window, null);
        JsonNode unlocked = ok("GET", "/v1/course?page=0&filters=unlocked&" + window, null);

        assertThat(page0).hasSize(40);
        assertThat(page1).hasSize(2);
        assertThat(page2).isEmpty();
        assertThat(unlocked).hasSize(3);
        assertThat(page0.findValuesAsText("LOCKED")).containsOnly("1");
        JsonNode first = page0.get(0);
        assertThat(first.get("ID").asText()).isEqualTo(ids.get(0));
        assertThat(first.get("PROFESSOR_SIGNATURE").asText()).startsWith("http");
        assertThat(first.get("PROFESSOR_SIGNATURE_2").isNull()).isTrue();
        JsonNode present = first.get("STUDENTS").get(0);
        JsonNode absent = first.get("STUDENTS").get(1);
        assertThat(present.get("state").asBoolean()).isTrue();
        assertThat(present.get("delay").asInt()).isEqualTo(5);
        assertThat(present.get("earlyDeparture").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(present.get("excluded").isNull()).isTrue();
        assertThat(present.get("_id").isInt()).isTrue();
        assertThat(absent.get("state").asBoolean()).isFalse();
        assertThat(absent.get("comment").asText()).isEqualTo("flu");
        String absenceId = absent.get("absenceId").asText();

        JsonNode justified = ok("GET", "/v1/justified-absence?page=0", null);
        assertThat(justified).hasSize(42);
        JsonNode absence = justified.get(0);
        assertThat(absence.get("ID").asText()).isEqualTo(absenceId);
        assertThat(absence.get("STUDENT_ID").asText()).isEqualTo(s2);
        assertThat(absence.get("TYPE").asText()).isEqualTo(sick);
        assertThat(absence.get("COURSE_ID").asText()).isEqualTo(ids.get(0));
        assertThat(ok("GET", "/v1/justified-absence/absence-reason", null).get(0).get("NAME").asText())
                .isEqualTo("Sick");
    }

    @Test
    void listRefusesRangesOverNinetyDaysAndBadDates() throws Exception {
        assertThat(error("GET", "/v1/course?page=0&filters=locked&start=2026-01-01&end=2026-04-02", null))
                .isEqualTo("The date range cannot exceed 90 days");
        assertThat(ok("GET", "/v1/course?page=0&filters=locked&start=2026-01-01&end=2026-04-01", null)).isEmpty();
        assertThat(error("GET", "/v1/course?start=01/01/2026&end=2026-02-01", null)).contains("start");
        assertThat(error("GET", "/v1/course?filters=closed", null)).contains("closed");
    }

    // ------------------------------------------------------------------ people and groups

    @Test
    void duplicateProfessorEmailIsRefused() throws Exception {
        createProfessor("Ada", "Lovelace", "ada@school.test");

        assertThat(error("POST", "/v1/professor", wrap("professor", person("Ada", "L", "ADA@school.test"))
                .put("dontSendCredentials", true))).isEqualTo("Professor already exists in this school");
        assertThat(sim.school(KEY).professors()).hasSize(1);
        assertThat(error("POST", "/v1/professor", wrap("professor",
                person("Ada", "L", "ada2@school.test").put("dontSendCredentials", true))))
                .isEqualTo("Unknown field: dontSendCredentials");
    }

    @Test
    void byEmailLookupsIncludingArchived() throws Exception {
        String professor = createProfessor("Ada", "Lovelace", "ada+prof@school.test");
        String student = createStudent("Alan", "Turing", "alan@school.test");

        JsonNode foundProfessor = ok("GET", "/v1/professor/by-email/" + encode("ada+prof@school.test"), null);
        assertThat(foundProfessor.get("ID").asText()).isEqualTo(professor);
        assertThat(foundProfessor.get("HIDDEN").isArray()).isTrue();
        assertThat(error("GET", "/v1/professor/by-email/" + encode("who@school.test"), null))
                .isEqualTo("Error - cannot get professor by email: who@school.test");

        ok("DELETE", "/v1/student/" + student, null);
        JsonNode archived = ok("GET", "/v1/student/by-email/" + encode("ALAN@school.test"), null);
        assertThat(archived.get("ID").asText()).isEqualTo(student);
        assertThat(archived.get("HIDDEN").asInt()).isEqualTo(1);
        assertThat(error("GET", "/v1/student/by-email/" + encode("nobody@school.test"), null))
                .isEqualTo("Error - cannot get student by email");
        assertThat(error("POST", "/v1/student", wrap("student", person("A", "T", "alan@school.test"))))
                .isEqualTo("Student already exists in this school");
        assertThat(error("POST", "/v1/student", wrap("student", person("A", "T", "not-an-email")))).contains("EMAIL");
        assertThat(sim.school(KEY).credentialsSent())
                .containsEntry("ada+prof@school.test", false).containsEntry("alan@school.test", false);
    }

    @Test
    void studentListPagesByLimitInCreationOrderArchivedIncluded() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(createStudent("First" + i, "Last" + i, "s" + i + "@school.test"));
        }
        ok("DELETE", "/v1/student/" + ids.get(6), null);
        createStudent("Other", "School", "other@school.test");

        JsonNode page0 = ok("GET", "/v1/student?page=0&limit=3", null);
        JsonNode page1 = ok("GET", "/v1/student?page=1&limit=3", null);
        JsonNode page2 = ok("GET", "/v1/student?page=2&limit=3", null);
        JsonNode page3 = ok("GET", "/v1/student?page=3&limit=3", null);

        List<String> listed = new ArrayList<>();
        for (JsonNode page : List.of(page0, page1, page2, page3)) {
            page.forEach(s -> listed.add(s.get("ID").asText()));
        }
        assertThat(page0).hasSize(3);
        assertThat(page2).hasSize(2);
        assertThat(page3).isEmpty();
        assertThat(listed).hasSize(8).containsSubsequence(ids).doesNotHaveDuplicates();
        assertThat(page0.get(0).get("EMAIL").asText()).isEqualTo("s0@school.test");
        assertThat(page2.get(0).get("HIDDEN").asInt()).isEqualTo(1);
        assertThat(ok("GET", "/v1/student", null)).hasSize(8);
        assertThat(ok("GET", "/v1/student?search=LAST3", null)).singleElement()
                .satisfies(s -> assertThat(s.get("ID").asText()).isEqualTo(ids.get(3)));
        assertThat(ok("GET", "/v1/student?updatedAfter=2999-01-01T00:00:00Z", null)).isEmpty();
        assertThat(ok("GET", "/v1/student?updatedAfter=2000-01-01", null)).hasSize(8);
        assertThat(json(send("GET", "/v1/student", OTHER_KEY, null)).get("result")).isEmpty();
    }

    @Test
    void studentListRefusesBadPagingParameters() throws Exception {
        assertThat(error("GET", "/v1/student?page=-1&limit=10", null)).isEqualTo("page must be a non-negative integer");
        assertThat(error("GET", "/v1/student?page=one", null)).isEqualTo("page must be a non-negative integer");
        assertThat(error("GET", "/v1/student?limit=0", null)).isEqualTo("limit must be an integer between 1 and 100");
        assertThat(error("GET", "/v1/student?limit=101", null)).isEqualTo("limit must be an integer between 1 and 100");
        assertThat(error("GET", "/v1/student?limit=ten", null)).isEqualTo("limit must be an integer between 1 and 100");
        assertThat(error("GET", "/v1/student?updatedAfter=yesterday", null)).contains("updatedAfter");
        assertThat(error("GET", "/v1/student?pageSize=10", null)).isEqualTo("Unsupported query parameter: pageSize");
        assertThat(ok("GET", "/v1/student?page=0&limit=100", null)).isEmpty();
    }

    @Test
    void groupStudentsAreReplacedOnPatch() throws Exception {
        String s1 = createStudent("Alan", "Turing", "alan@school.test");
        String s2 = createStudent("Grace", "Hopper", "grace@school.test");
        String group = ok("POST", "/v1/group", wrap("group", mapper.createObjectNode().put("NAME", "L1")
                .put("API_ID", "g1").set("STUDENTS", mapper.createArrayNode().add(s1)))).get("ID").asText();

        ok("PATCH", "/v1/group", wrap("group", mapper.createObjectNode().put("ID", group)
                .set("STUDENTS", mapper.createArrayNode().add(s2))));

        assertThat(ok("GET", "/v1/group/" + group, null).get("STUDENTS").toString()).isEqualTo("[\"" + s2 + "\"]");
        assertThat(ok("GET", "/v1/student/" + s2, null).get("GROUPS").get(0).asText()).isEqualTo(group);
        assertThat(ok("GET", "/v1/group/get-id/g1", null).get("id").asText()).isEqualTo(group);
        assertThat(error("POST", "/v1/group", wrap("group", mapper.createObjectNode().put("NAME", "L2")
                .set("STUDENTS", mapper.createArrayNode().add("ghost"))))).contains("ghost");
    }

    // ------------------------------------------------------------------ faults and limits

    @Test
    void faultOnRequestNLeavesStateUnchanged() throws Exception {
        String professor = createProfessor("Ada", "Lovelace", "ada@school.test");
        ObjectNode body = wrap("course", course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", professor));
        long next = sim.requests().size() + 1;
        sim.setFaultInjector(FaultInjector.onRequest(next, new Fault.HttpError(500, "Internal Server Error")));

        HttpResponse<String> failed = send("POST", "/v1/course", KEY, body);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("Internal Server Error");
        assertThat(sim.school(KEY).courses()).isEmpty();
        RecordedRequest recorded = sim.requests().get(sim.requests().size() - 1);
        assertThat(recorded.httpStatus()).isEqualTo(500);
        assertThat(recorded.envelopeStatus()).isNull();
        assertThat(sim.writeCount(KEY)).isEqualTo(1);

        ok("POST", "/v1/course", body);
        assertThat(sim.school(KEY).courses()).hasSize(1);
        assertThat(sim.writeCount(KEY)).isEqualTo(2);
    }

    @Test
    void businessErrorRetryAfterAndHangFaults() throws Exception {
        sim.setFaultInjector((method, path, n) -> switch (path) {
            case "/v1/group/a" -> Optional.of(new Fault.BusinessError("boom"));
            case "/v1/group/b" -> Optional.of(new Fault.RetryAfter(429, 7));
            case "/v1/group/c" -> Optional.of(new Fault.Hang(30));
            default -> Optional.empty();
        });

        assertThat(error("GET", "/v1/group/a", null)).isEqualTo("boom");
        HttpResponse<String> limited = send("GET", "/v1/group/b", KEY, null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("7");
        assertThat(error("GET", "/v1/group/c", null)).isEqualTo("No group with this ID found");
    }

    @Test
    void slowDownCountsRequestsPastTheLimitAndRecordsArrivalOrder() throws Exception {
        sim.setSlowDown(3, 0);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(http.sendAsync(request("GET", "/v1/course/x" + i, KEY, null),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();

        assertThat(sim.slowedRequestCount(KEY)).isEqualTo(2);
        assertThat(sim.slowedRequestCount(OTHER_KEY)).isZero();
        assertThat(sim.requests(KEY)).hasSize(5);
        sim.clearRequests();
        assertThat(sim.requests()).isEmpty();
    }

    @Test
    void handMadeRecordsHaveNoApiId() {
        SchoolState school = sim.school(KEY);
        String professor = school.addProfessorByHand("Ada", "Lovelace", "ada@school.test");
        String student = school.addStudentByHand("Alan", "Turing", "alan@school.test");
        ObjectNode course = course("Hand", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", professor, student)
                .put("API_ID", "ignored");
        course.remove("NEED_STUDENTS_SIGNATURE");

        String id = school.addCourseByHand(course);

        assertThat(school.course(id).orElseThrow().get("API_ID").isNull()).isTrue();
        assertThat(school.students()).hasSize(1);
        assertThatThrownBy(() -> school.addStudentByHand("A", "T", "alan@school.test"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sim.requests()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private String createProfessor(String first, String last, String email) throws Exception {
        return ok("POST", "/v1/professor", wrap("professor", person(first, last, email))
                .put("dontSendCredentials", true)).get("ID").asText();
    }

    private String createStudent(String first, String last, String email) throws Exception {
        return ok("POST", "/v1/student", wrap("student", person(first, last, email)
                .put("SEND_EMAIL_CREDENTIALS", false))).get("ID").asText();
    }

    private ObjectNode person(String first, String last, String email) {
        return mapper.createObjectNode().put("FIRSTNAME", first).put("LASTNAME", last).put("EMAIL", email);
    }

    private ObjectNode course(String name, String start, String end, String professor, String... students) {
        ObjectNode course = mapper.createObjectNode().put("NAME", name).put("START", start).put("END", end)
                .put("PROFESSOR", professor).put("NEED_STUDENTS_SIGNATURE", true);
        ArrayNode list = course.putArray("STUDENTS");
        for (String student : students) {
            list.addObject().put("studentId", student);
        }
        return course;
    }

    private ObjectNode wrap(String name, JsonNode inner) {
        ObjectNode body = mapper.createObjectNode();
        body.set(name, inner);
        return body;
    }

    private JsonNode ok(String method, String path, JsonNode body) throws Exception {
        JsonNode envelope = json(send(method, path, KEY, body));
        assertThat(envelope.get("status").asText()).as(envelope.toString()).isEqualTo("success");
        return envelope.get("result");
    }

    private String error(String method, String path, JsonNode body) throws Exception {
        JsonNode envelope = json(send(method, path, KEY, body));
        assertThat(envelope.get("status").asText()).as(envelope.toString()).isEqualTo("error");
        return envelope.get("message").asText();
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String key, JsonNode body) throws Exception {
        return http.send(request(method, path, key, body == null ? null : mapper.writeValueAsString(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendRaw(String method, String path, String key, String body) throws Exception {
        return http.send(request(method, path, key, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String key, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
