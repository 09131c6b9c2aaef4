package org.edusignconnector.badinput;

import org.edusignconnector.edusign.ApiIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edusignconnector.testing.HostileValues.SCRIPT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.sim.celcat.CelcatTimetable;
import org.edusignconnector.sim.common.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Celcat's /Staff, /Students and /Groups lists served as raw JSON mixing every hostile record of
 * {@link CelcatPeopleCases} with valid people, one run: the run completes, each hostile person is
 * left out with a reason naming them, and the courses still reach Edusign with the valid people.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CelcatBadPeopleTest {

    private HostileCelcat celcat;
    private RunSummary run;
    private List<SyncEvent> runEvents;
    private final Map<String, Integer> positionBySlug = new HashMap<>();

    @BeforeAll
    void runOnce() {
        celcat = new HostileCelcat();
        CelcatTimetable t = celcat.timetable();
        t.addGroup(77, "G1", "L1 Groupe A", 9001, 9002);
        Map<String, ArrayNode> lists = Map.of(CelcatPeopleCases.STAFF, Json.array(), CelcatPeopleCases.STUDENTS, Json.array(),
                CelcatPeopleCases.GROUPS, Json.array());
        lists.get(CelcatPeopleCases.STAFF).add(CelcatPeopleCases.staff(501, "DUPONT, Marie", "marie.dupont@school.example"));
        lists.get(CelcatPeopleCases.STUDENTS).add(CelcatPeopleCases.student(9001, "BERNARD, Léa", "lea.bernard@school.example"))
                .add(CelcatPeopleCases.student(9002, "PETIT, Hugo", "hugo.petit@school.example"));
        lists.get(CelcatPeopleCases.GROUPS).add(Json.parse("{\"id\":77,\"uniqueName\":\"G1\",\"name\":\"L1 Groupe A\"}"));
        for (BadCase<CelcatPeopleCases.Input> c : CelcatPeopleCases.CASES) {
            CelcatPeopleCases.Input in = c.input();
            if (CelcatPeopleCases.MEMBERSHIP.equals(in.listing())) {
                t.setRawMembershipOverride(in.groupId(), in.rawBody());
            } else {
                ArrayNode list = lists.get(in.listing());
                positionBySlug.put(c.slug(), list.size());
                in.records().forEach(list::add);
            }
            if (in.event() != null) {
                t.addEvent(in.event());
            }
        }
        t.addEvent(CelcatPeopleCases.event("good-group", new int[] {501}, new int[] {}, 77));
        Map<String, String> bodies = Map.of("/api/Staff", Json.write(lists.get(CelcatPeopleCases.STAFF)),
                "/api/Students", Json.write(lists.get(CelcatPeopleCases.STUDENTS)), "/api/Groups", Json.write(lists.get(CelcatPeopleCases.GROUPS)));
        celcat.celcat.setFaultInjector((method, path, n) -> Optional.ofNullable(bodies.get(path))
                .map(body -> new Fault(200, body, Map.of("Pagination", "{\"TotalRows\":1,\"TotalPages\":1,\"CurrentPage\":0}"))));
        celcat.runtime.start();
        run = celcat.sync();
        runEvents = celcat.events().stream().filter(e -> run.runId().equals(e.runId())).toList();
    }

    @AfterAll
    void stop() {
        celcat.close();
    }

    static Stream<Arguments> cases() {
        return Census.arguments(CelcatPeopleCases.CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostilePersonHasItsOutcome(BadCase<CelcatPeopleCases.Input> c) {
        String sourceId = c.expect().sourceId() != null ? c.expect().sourceId()
                : c.input().listing() + " #" + positionBySlug.get(c.slug());
        Outcomes.check(c, sourceId, runEvents, celcat.course(sourceId));
    }

    @Test
    void theRunCompletesAndTheValidPeopleAreOnEdusign() {
        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(celcat.course(CelcatPeopleCases.key("good-group"))).hasValueSatisfying(c -> assertThat(c.get("STUDENTS")).hasSize(2));
        assertThat(celcat.school().professors()).extracting(p -> p.get("EMAIL").asText())
                .contains("marie.dupont@school.example", "PIERRE.CURIE@School.Example", "first.twice@school.example")
                .doesNotContain("second.twice@school.example");
        assertThat(celcat.school().students()).extracting(p -> p.get("EMAIL").asText())
                .containsExactlyInAnyOrder("lea.bernard@school.example", "hugo.petit@school.example", "khai@school.example", "lea.t1@school.example",
                        "lea.s@school.example", "lea.h@school.example");
    }

    @Test
    void namesReachedEdusignAsWrittenWithoutControlCharactersAndWithinTheCap() {
        List<JsonNode> people = new java.util.ArrayList<>(celcat.school().professors());
        people.addAll(celcat.school().students());
        assertThat(people).allSatisfy(p -> {
            for (String field : List.of("LASTNAME", "FIRSTNAME")) {
                String name = p.get(field).asText();
                assertThat(name).hasSizeLessThanOrEqualTo(org.edusignconnector.course.Text.MAX_SENT).isEqualTo(name.strip());
                assertThat(name.chars()).noneMatch(Character::isISOControl);
            }
        });
        assertThat(people).extracting(p -> p.get("LASTNAME").asText()).contains(SCRIPT, "DUPONT", "DUPONT");
        assertThat(people).extracting(p -> p.get("FIRSTNAME").asText()).contains("<img src=x onerror=alert(1)>", "<script>x</script>");
    }

    @Test
    void everyCourseWithAValidInstructorAndLearnerIsOnEdusign() {
        List<String> expected = new java.util.ArrayList<>(List.of(ApiIds.of("celcat", "hostile", "course", CelcatPeopleCases.key("good-group"))));
        CelcatPeopleCases.CASES.stream().filter(c -> c.input().event() != null && c.expect().fate() != Expect.Fate.SKIPPED)
                .forEach(c -> expected.add(ApiIds.of("celcat", "hostile", "course", "tt1/" + c.input().event().id())));
        assertThat(celcat.school().courses()).extracting(c -> c.get("API_ID").asText()).containsExactlyInAnyOrderElementsOf(expected);
        ObjectNode twice = celcat.course(CelcatPeopleCases.key("staff-twice")).orElseThrow();
        assertThat(celcat.school().professor(twice.get("PROFESSOR").asText()).orElseThrow().get("EMAIL").asText())
                .isEqualTo("first.twice@school.example");
    }

}
