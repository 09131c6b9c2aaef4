package org.edusignconnector.sim.edusign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults that spoil an answer the way a gateway or a flaky API does, each switched on from the test. */
class EdusignFaultModesTest {

    private static final String KEY = "school-a-key";

    private EdusignSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = EdusignSimulator.start(0);
        sim.addSchool(KEY);
        sim.setSlowDown(Integer.MAX_VALUE, 0);
        client = new SimClient(sim, KEY);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void gatewayNotFoundOnEveryGetIdWithoutLookingAtState() throws Exception {
        String professor = client.createProfessor("Ada", "Lovelace", "ada@school.test");
        String course = client.createCourse(client.course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z",
                professor).put("API_ID", "cel-1"));
        sim.setFaultInjector(FaultInjector.onPaths("GET", FaultInjector.GET_ID_PATHS, Fault.gatewayNotFound()));

        for (String path : new String[] {"/v1/course/get-id/cel-1", "/v1/professor/get-id/none"}) {
            HttpResponse<String> response = client.send("GET", path, null);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            assertThat(response.body()).isEqualTo("Not Found");
        }
        assertThat(client.ok("GET", "/v1/course/" + course, null).get("API_ID").asText()).isEqualTo("cel-1");
        assertThat(client.ok("GET", "/v1/professor/by-email/" + SimClient.encode("ada@school.test"), null)
                .get("ID").asText()).isEqualTo(professor);
    }

    @Test
    void successWithoutResultOnLookupsAndCreatesAppliesNothing() throws Exception {
        String alan = client.createStudent("Alan", "Turing", "alan@school.test");
        sim.setFaultInjector(FaultInjector.onPaths("GET", FaultInjector.LOOKUP_PATHS,
                new Fault.SuccessWithoutResult(false)));

        assertThat(client.send("GET", "/v1/student/by-email/" + SimClient.encode("alan@school.test"), null).body())
                .isEqualTo("{\"status\":\"success\"}");
        assertThat(client.send("GET", "/v1/student/get-id/stu-1", null).body()).isEqualTo("{\"status\":\"success\"}");
        assertThat(client.ok("GET", "/v1/student/" + alan, null).get("EMAIL").asText()).isEqualTo("alan@school.test");

        sim.setFaultInjector(FaultInjector.onPaths("GET", FaultInjector.LOOKUP_PATHS,
                new Fault.SuccessWithoutResult(false)).or(FaultInjector.onPaths("POST", FaultInjector.CREATE_PATHS,
                new Fault.SuccessWithoutResult(true))));
        HttpResponse<String> created = client.send("POST", "/v1/student", client.wrap("student",
                client.person("Grace", "Hopper", "grace@school.test")));
        client.send("POST", "/v1/group", client.wrap("group", client.mapper.createObjectNode().put("NAME", "G")));

        assertThat(created.body()).isEqualTo("{\"status\":\"success\",\"result\":null}");
        assertThat(sim.school(KEY).students()).extracting(s -> s.get("ID").asText()).containsExactly(alan);
        assertThat(sim.school(KEY).groups()).isEmpty();
        assertThat(client.send("GET", "/v1/group/get-id/g", null).body()).isEqualTo("{\"status\":\"success\"}");
    }

    @Test
    void gatewayTimeoutAfterTheWriteWasApplied() throws Exception {
        sim.setFaultInjector((method, path, n) -> Set.of("POST", "PATCH").contains(method)
                ? Optional.of(new Fault.AppliedThenLost(504)) : Optional.empty());
        SchoolState school = sim.school(KEY);

        assertLost(client.send("POST", "/v1/professor", client.wrap("professor",
                client.person("Ada", "Lovelace", "ada@school.test")).put("dontSendCredentials", true)));
        String professor = school.professors().get(0).get("ID").asText();
        assertLost(client.send("POST", "/v1/student", client.wrap("student",
                client.person("Alan", "Turing", "alan@school.test"))));
        String student = school.students().get(0).get("ID").asText();
        assertLost(client.send("POST", "/v1/group", client.wrap("group",
                client.mapper.createObjectNode().put("NAME", "L1"))));
        assertLost(client.send("POST", "/v1/course", client.wrap("course", client.course("Maths",
                "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", professor, student))));
        String course = school.courses().get(0).get("ID").asText();
        assertLost(client.send("PATCH", "/v1/course", client.coursePatch(client.course("Maths 2",
                "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", professor).put("ID", course))));
        assertLost(client.send("PATCH", "/v1/student", client.wrap("student",
                client.person("Alan", "Turing-Lost", "alan@school.test").put("ID", student))));

        assertThat(school.groups()).hasSize(1);
        assertThat(school.course(course).orElseThrow().get("NAME").asText()).isEqualTo("Maths 2");
        assertThat(school.course(course).orElseThrow().get("STUDENTS")).isEmpty();
        assertThat(school.student(student).orElseThrow().get("LASTNAME").asText()).isEqualTo("Turing-Lost");
        assertThat(sim.requests(KEY)).extracting(RecordedRequest::httpStatus).containsOnly(504);
    }

    @Test
    void trickleSendsTheAnswerOneByteAtATime() throws Exception {
        long millisPerByte = 5;
        sim.setFaultInjector(FaultInjector.onPaths("GET", "/v1/group/.+", new Fault.Trickle(millisPerByte)));

        long started = System.nanoTime();
        JsonNode envelope = client.json(client.send("GET", "/v1/group/unknown000000000", null));
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(envelope.get("message").asText()).isEqualTo("No group with this ID found");
        int bytes = client.mapper.writeValueAsBytes(envelope).length;
        assertThat(elapsedMillis).as("one byte every %d ms", millisPerByte)
                .isGreaterThanOrEqualTo(bytes * millisPerByte);
    }

    @Test
    void closeReleasesATrickle() throws Exception {
        sim.setFaultInjector(FaultInjector.onPaths("GET", "/v1/group/.+", new Fault.Trickle(60_000)));
        CompletableFuture<HttpResponse<String>> call = client.http().sendAsync(
                client.request("GET", "/v1/group/unknown000000000", null), HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(5)).until(() -> sim.requests(KEY).size() == 1);

        sim.close();

        await().atMost(Duration.ofSeconds(5)).until(call::isDone);
        assertThat(call).isCompletedExceptionally();
    }

    private static void assertLost(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.body()).isEqualTo("Gateway Timeout");
    }
}
