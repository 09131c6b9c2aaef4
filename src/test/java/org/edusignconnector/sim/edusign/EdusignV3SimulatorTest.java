package org.edusignconnector.sim.edusign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** v3's batch upserts over real HTTP, as strict as the reference, on the same school as v1. */
class EdusignV3SimulatorTest {

    private static final String KEY = "v3-school-key";
    private static final String START = "2030-03-02T08:00:00.000Z";
    private static final String END = "2030-03-02T10:00:00.000Z";

    private EdusignSimulator sim;
    private SimClient client;
    private final AtomicLong ticker = new AtomicLong();

    @BeforeEach
    void start() {
        sim = EdusignSimulator.start(0);
        sim.addSchool(KEY);
        sim.setSlowDown(Integer.MAX_VALUE, 0);
        sim.setHeavySlowDown(Integer.MAX_VALUE, 0);
        sim.setV3Ticker(ticker::get);
        client = new SimClient(sim, KEY);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void upsertCreatesThenUpdatesByExternalReferenceAndV1SeesTheSameObjects() throws Exception {
        JsonNode created = results(200, "students", student("s-1", "Ada", "ada@school.test"), student("s-2", "Bob", "bob@school.test"));
        assertThat(created).extracting(r -> r.get("action").asText()).containsExactly("CREATED", "CREATED");
        String ada = created.get(0).get("id").asText();
        assertThat(client.ok("GET", "/v1/student/" + ada, null).get("EMAIL").asText()).isEqualTo("ada@school.test");

        JsonNode updated = results(200, "students", student("s-1", "Ada", "ada@school.test").put("lastName", "Byron"));

        assertThat(updated.get(0).get("action").asText()).isEqualTo("UPDATED");
        assertThat(updated.get(0).get("id").asText()).isEqualTo(ada);
        assertThat(sim.school(KEY).students()).hasSize(2);
        assertThat(client.ok("GET", "/v1/student/" + ada, null).get("LASTNAME").asText()).isEqualTo("Byron");
        assertThat(sim.school(KEY).idOfExternalReference("student", "s-2")).contains(created.get(1).get("id").asText());
    }

    @Test
    void strictFieldNamesAndRequiredFieldsAreRefusedItemByItemIn207() throws Exception {
        ObjectNode v1Names = client.mapper.createObjectNode().put("FIRSTNAME", "Ada").put("LASTNAME", "L").put("EMAIL", "a@school.test");
        ObjectNode noEmail = client.mapper.createObjectNode().put("firstName", "Bob").put("lastName", "L");

        JsonNode results = results(207, "students", v1Names, noEmail, student("s-3", "Cy", "cy@school.test"));

        assertThat(results.get(0).get("success").asBoolean()).isFalse();
        assertThat(results.get(0).get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(results.get(0).get("message").asText()).contains("FIRSTNAME");
        assertThat(results.get(1).get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(results.get(1).get("message").asText()).contains("EMAIL");
        assertThat(results.get(2).get("success").asBoolean()).isTrue();
        assertThat(sim.school(KEY).students()).extracting(s -> s.get("EMAIL").asText()).containsExactly("cy@school.test");
    }

    @Test
    void aRequestOfMoreThan1000ItemsOrNotShapedAsItemsIsRefusedWhole() throws Exception {
        ArrayNode many = client.mapper.createArrayNode();
        for (int i = 0; i <= 1000; i++) {
            many.add(student("s-" + i, "P" + i, "p" + i + "@school.test"));
        }
        HttpResponse<String> tooMany = client.send("POST", "/v3/students/batch-upsert", client.mapper.createObjectNode().set("items", many));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(client.mapper.readTree(tooMany.body()).get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(client.send("POST", "/v3/students/batch-upsert", many).statusCode()).isEqualTo(400);
        assertThat(client.send("POST", "/v3/students/batch-upsert", items()).statusCode()).isEqualTo(400);
        assertThat(client.send("POST", "/v3/classrooms/batch-upsert", items(student("x", "X", "x@school.test"))).statusCode())
                .isEqualTo(404);
        assertThat(sim.school(KEY).students()).isEmpty();
        many.remove(1000);
        assertThat(client.send("POST", "/v3/students/batch-upsert", client.mapper.createObjectNode().set("items", many)).statusCode())
                .isEqualTo(200);
        assertThat(sim.school(KEY).students()).hasSize(1000);
    }

    @Test
    void courseItemsFollowTheReferenceRulesWithTheirCodes() throws Exception {
        results(200, "professors", person("p-1", "Prof", "prof@school.test"));
        results(200, "students", student("s-1", "Ada", "ada@school.test"), student("s-2", "Bob", "bob@school.test"));

        JsonNode results = results(207, "courses",
                course("c-1").put("maxStudents", 5),
                course("c-2").put("endDateTime", "2030-03-02T07:00:00.000Z"),
                course("c-3").putNull("professorExternalReferenceIds"),
                course("c-4").set("professorExternalReferenceIds", client.mapper.createArrayNode().add("p-unknown")),
                course("c-5").put("maxStudents", 1),
                course("c-1"),
                course(null).put("courseId", "no-such-course"),
                withBothProfessorLists(course("c-6")));

        assertThat(results).extracting(r -> r.path("code").asText("OK")).containsExactly("OK", "INVALID_DATE_RANGE",
                "VALIDATION_ERROR", "PROFESSORS_NOT_FOUND", "MAX_STUDENTS_EXCEEDED", "DUPLICATE_IN_REQUEST", "COURSE_NOT_FOUND",
                "VALIDATION_ERROR");
        assertThat(results).extracting(r -> r.get("inputIndex").asInt()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        List<ObjectNode> courses = sim.school(KEY).courses();
        assertThat(courses).singleElement().satisfies(c -> {
            assertThat(c.get("NAME").asText()).isEqualTo("Course c-1");
            assertThat(c.get("PROFESSOR").asText()).isEqualTo(sim.school(KEY).idOfExternalReference("professor", "p-1").orElseThrow());
            assertThat(c.get("STUDENTS")).hasSize(2);
        });
        JsonNode ambiguous = results(207, "professors", person("p-1", "Prof", "prof@school.test").put("professorId", "x"));
        assertThat(ambiguous.get(0).get("code").asText()).isEqualTo("AMBIGUOUS_PROFESSOR_IDENTIFIER");
    }

    @Test
    void theRefusalSwitchRefusesTheItemsItMatchesWithAReferenceCodeAndAppliesTheOthers() throws Exception {
        sim.setFaultInjector(FaultInjector.onPaths("POST", "/v3/students/batch-upsert",
                new Fault.V3ItemsRefused("VALIDATION_ERROR", "email is invalid", item -> item.path("email").asText().startsWith("bob"))));

        JsonNode results = results(207, "students", student("s-1", "Ada", "ada@school.test"), student("s-2", "Bob", "bob@school.test"));

        assertThat(results.get(0).get("success").asBoolean()).isTrue();
        assertThat(results.get(1).get("success").asBoolean()).isFalse();
        assertThat(results.get(1).get("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(results.get(1).get("inputIndex").asInt()).isEqualTo(1);
        assertThat(sim.school(KEY).students()).extracting(s -> s.get("EMAIL").asText()).containsExactly("ada@school.test");
        assertThatThrownBy(() -> new Fault.V3ItemsRefused("NOT_A_REFERENCE_CODE", "x", item -> true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdenticalRequestWithinFiveSecondsIsAnsweredAsTheFirstAndNotAppliedTwice() throws Exception {
        ObjectNode anonymous = client.mapper.createObjectNode().put("firstName", "Ann").put("lastName", "On").put("email", "ann@school.test");
        HttpResponse<String> first = client.send("POST", "/v3/students/batch-upsert", items(anonymous));
        ticker.addAndGet(4_900_000_000L);
        HttpResponse<String> repeated = client.send("POST", "/v3/students/batch-upsert", items(anonymous));

        assertThat(repeated.statusCode()).isEqualTo(first.statusCode());
        assertThat(repeated.body()).isEqualTo(first.body());
        assertThat(sim.school(KEY).students()).hasSize(1);

        ticker.addAndGet(200_000_000L);
        HttpResponse<String> afterTheWindow = client.send("POST", "/v3/students/batch-upsert", items(anonymous));
        // Applied again, as a new create: the e-mail rule of the school refuses it (no second student).
        assertThat(afterTheWindow.statusCode()).isEqualTo(207);
        assertThat(sim.school(KEY).students()).hasSize(1);
    }

    @Test
    void studentsOfPastAndLockedCoursesAreNeverRemovedThoseOfFutureCoursesAre() throws Exception {
        results(200, "professors", person("p-1", "Prof", "prof@school.test"));
        results(200, "students", student("s-1", "Ada", "ada@school.test"), student("s-2", "Bob", "bob@school.test"));
        results(200, "courses", course("future"), course("past").put("startDateTime", "2020-01-06T08:00:00.000Z")
                .put("endDateTime", "2020-01-06T10:00:00.000Z"), course("locked"));
        String locked = sim.school(KEY).idOfExternalReference("course", "locked").orElseThrow();
        sim.school(KEY).lockCourse(locked, List.of(), List.of());

        JsonNode results = results(207, "courses", onlyAda(course("future")), onlyAda(course("past")
                .put("startDateTime", "2020-01-06T08:00:00.000Z").put("endDateTime", "2020-01-06T10:00:00.000Z")), onlyAda(course("locked")));

        assertThat(results).extracting(r -> r.path("code").asText("OK")).containsExactly("OK", "OK", "COURSE_LOCKED");
        assertThat(roster("future")).hasSize(1);
        assertThat(roster("past")).hasSize(2);
        assertThat(roster("locked")).hasSize(2);
    }

    @Test
    void externalReferenceAndApiIdAreApartUnlessTheSchoolSharesThem() throws Exception {
        String professor = client.createProfessor("Prof", "V1", "prof@school.test");
        client.createStudent("Ada", "V1", "ada@school.test");
        ObjectNode v1Course = client.course("V1 course", START, END, professor).put("API_ID", "c-1");
        String v1Id = client.createCourse(v1Course);

        JsonNode apart = results(200, "courses", byProfessorId(course("c-1"), professor));
        assertThat(apart.get(0).get("action").asText()).isEqualTo("CREATED");
        assertThat(apart.get(0).get("id").asText()).isNotEqualTo(v1Id);

        sim.addSchool("shared-key");
        sim.school("shared-key").quirks().externalReferenceIsApiId();
        SimClient shared = new SimClient(sim, "shared-key");
        String sharedProfessor = shared.createProfessor("Prof", "V1", "prof@school.test");
        String sharedV1 = shared.createCourse(shared.course("V1 course", START, END, sharedProfessor).put("API_ID", "c-1"));
        ObjectNode item = byProfessorId(course("c-1"), sharedProfessor);
        JsonNode same = shared.json(shared.send("POST", "/v3/courses/batch-upsert", items(item))).get("results");
        assertThat(same.get(0).get("action").asText()).isEqualTo("UPDATED");
        assertThat(same.get(0).get("id").asText()).isEqualTo(sharedV1);
        assertThat(sim.school("shared-key").courses()).hasSize(1);
    }

    @Test
    void batchesAreInTheHeavyRateClassAndResultsMayComeInAnyOrder() throws Exception {
        sim.setHeavySlowDown(2, 1);
        sim.school(KEY).quirks().reverseV3Results();
        for (int i = 0; i < 3; i++) {
            results(200, "students", student("s-" + i, "P" + i, "p" + i + "@school.test"), student("t-" + i, "T" + i, "t" + i + "@school.test"));
        }
        assertThat(sim.slowedHeavyRequestCount(KEY)).isEqualTo(1);
        JsonNode last = results(200, "students", student("s-9", "Z", "z@school.test"), student("t-9", "Y", "y@school.test"));
        assertThat(last).extracting(r -> r.get("inputIndex").asInt()).containsExactly(1, 0);
        assertThat(sim.school(KEY).idOfExternalReference("student", "s-9")).contains(last.get(1).get("id").asText());
    }

    // ------------------------------------------------------------------ helpers

    private JsonNode results(int status, String kind, ObjectNode... items) throws Exception {
        HttpResponse<String> answer = client.send("POST", "/v3/" + kind + "/batch-upsert", items(items));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return client.mapper.readTree(answer.body()).get("results");
    }

    private ObjectNode items(ObjectNode... items) {
        ObjectNode body = client.mapper.createObjectNode();
        ArrayNode array = body.putArray("items");
        for (ObjectNode item : items) {
            array.add(item);
        }
        return body;
    }

    private ObjectNode student(String reference, String first, String email) {
        return person(reference, first, email);
    }

    private ObjectNode person(String reference, String first, String email) {
        return client.mapper.createObjectNode().put("externalReferenceId", reference).put("firstName", first)
                .put("lastName", "Last").put("email", email);
    }

    private ObjectNode course(String reference) {
        ObjectNode course = client.mapper.createObjectNode();
        if (reference != null) {
            course.put("externalReferenceId", reference).put("name", "Course " + reference);
        }
        course.put("startDateTime", START).put("endDateTime", END);
        course.putArray("professorExternalReferenceIds").add("p-1");
        course.putObject("students").putArray("studentExternalReferenceIds").add("s-1").add("s-2");
        return course;
    }

    private ObjectNode byProfessorId(ObjectNode course, String professorId) {
        course.remove(List.of("students", "professorExternalReferenceIds"));
        course.putArray("professorIds").add(professorId);
        return course;
    }

    private ObjectNode withBothProfessorLists(ObjectNode course) {
        course.putArray("professorIds").add("x");
        return course;
    }

    private ObjectNode onlyAda(ObjectNode course) {
        course.putObject("students").putArray("studentExternalReferenceIds").add("s-1");
        return course;
    }

    private JsonNode roster(String reference) {
        String id = sim.school(KEY).idOfExternalReference("course", reference).orElseThrow();
        return sim.school(KEY).course(id).orElseThrow().get("STUDENTS");
    }
}
