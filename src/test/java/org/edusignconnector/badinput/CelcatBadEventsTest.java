package org.edusignconnector.badinput;

import org.edusignconnector.edusign.ApiIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One Celcat listing mixing every hostile event of {@link CelcatEventCases} with good ones, read by
 * one run of the real runtime: the run completes, each hostile record has its reason in the event
 * log naming it, and every usable course (good or merely odd) is on Edusign.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CelcatBadEventsTest {

    private HostileCelcat celcat;
    private RunSummary run;
    private List<SyncEvent> runEvents;
    private final Map<String, Integer> positionBySlug = new HashMap<>();

    @BeforeAll
    void runOnce() {
        celcat = new HostileCelcat();
        CelcatEventCases.people(celcat.timetable());
        ArrayNode listing = Json.array();
        for (BadCase<List<JsonNode>> c : CelcatEventCases.CASES) {
            positionBySlug.put(c.slug(), listing.size());
            c.input().forEach(listing::add);
        }
        CelcatEventCases.GOOD.forEach(listing::add);
        celcat.timetable().setRawEventsOverride(Json.write(listing));
        celcat.runtime.start();
        run = celcat.sync();
        runEvents = celcat.events().stream().filter(e -> run.runId().equals(e.runId())).toList();
    }

    @AfterAll
    void stop() {
        celcat.close();
    }

    static Stream<Arguments> cases() {
        return Census.arguments(CelcatEventCases.CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileEventHasItsOutcome(BadCase<List<JsonNode>> c) {
        String sourceId = c.expect().fate() == Expect.Fate.PROBLEM
                ? "timetable 1 event #" + positionBySlug.get(c.slug())
                : c.expect().sourceId();
        Outcomes.check(c, sourceId, runEvents, celcat.course(sourceId));
    }

    @Test
    void theRunCompletes() {
        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(runEvents.get(0).reason()).isEqualTo("RUN_COMPLETED");
    }

    @Test
    void everyGoodCourseIsOnEdusignWithItsPeople() {
        for (ObjectNode good : CelcatEventCases.GOOD) {
            String key = "tt1/" + good.get("id").asText();
            assertThat(celcat.course(key)).as(key).hasValueSatisfying(course -> {
                assertThat(course.get("NAME").asText()).isEqualTo(good.get("name").asText());
                assertThat(course.get("STUDENTS")).isNotEmpty();
            });
        }
        ObjectNode friday = celcat.course("tt1/good-friday").orElseThrow();
        assertThat(friday.get("STUDENTS")).hasSize(3);
        assertThat(friday.path("PROFESSOR_2").asText()).isNotBlank();
    }

    @Test
    void edusignHoldsExactlyTheGoodAndTheUsableCourses() {
        Set<String> expected = new LinkedHashSet<>();
        CelcatEventCases.GOOD.forEach(g -> expected.add(ApiIds.of("celcat", "hostile", "course", "tt1/" + g.get("id").asText())));
        CelcatEventCases.CASES.stream().filter(c -> c.expect().fate() == Expect.Fate.SENT)
                .forEach(c -> expected.add(ApiIds.of("celcat", "hostile", "course", c.expect().sourceId())));
        assertThat(celcat.school().courses()).extracting(c -> c.get("API_ID").asText()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.counts()).containsEntry("CREATED", (long) expected.size());
    }

    @Test
    void aStaffListedTwiceIsOneProfessorAndTheDstGapMovesForward() {
        ObjectNode twice = celcat.course(CelcatEventCases.key("staff-twice")).orElseThrow();
        assertThat(twice.path("PROFESSOR_2").asText("")).isEmpty();
        ObjectNode gap = celcat.course(CelcatEventCases.key("dst-gap")).orElseThrow();
        assertThat(gap.get("START").asText()).startsWith("2026-03-29T01:30:00");
        ObjectNode first = celcat.course(CelcatEventCases.key("duplicate-different")).orElseThrow();
        assertThat(first.get("NAME").asText()).isEqualTo("Course duplicate-different");
    }

    @Test
    void aSecondRunOverTheSameListingWritesNothing() {
        celcat.edusign.clearRequests();
        RunSummary second = celcat.sync();
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(celcat.writes()).as("writes of an unchanged hostile listing").isEmpty();
    }
}
