package org.edusignconnector.badinput;

import org.edusignconnector.edusign.ApiIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.sim.common.Fault;
import org.edusignconnector.sim.fca.FcaInscription;
import org.edusignconnector.sim.fca.FcaPerson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One FCA Manager /seances page mixing every hostile séance of {@link FcaSeanceCases} with good
 * ones, read by one run: the run completes, each hostile séance has its reason naming it, and
 * every usable séance is on Edusign.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FcaBadSeancesTest {

    static final FcaPerson ALICE = new FcaPerson("A-1", "Durand", "Alice", "alice.durand@etu.example", null);

    private HostileFca fca;
    private RunSummary run;
    private List<SyncEvent> runEvents;
    private final Map<String, Integer> positionBySlug = new HashMap<>();

    @BeforeAll
    void runOnce() {
        fca = new HostileFca();
        fca.fca.data().setInscriptions(FcaSeanceCases.ACTION, List.of(new FcaInscription(ALICE, FcaInscription.CONFIRMEE, "G-A")));
        ArrayNode items = Json.array();
        for (BadCase<List<JsonNode>> c : FcaSeanceCases.CASES) {
            positionBySlug.put(c.slug(), items.size());
            c.input().forEach(items::add);
        }
        FcaSeanceCases.GOOD.forEach(items::add);
        ObjectNode page = Json.object().put("page", 0).put("totalPages", 1);
        page.set("items", items);
        String body = Json.write(page);
        fca.fca.setFaultInjector((method, path, n) -> path.equals("/api/seances") ? Optional.of(Fault.status(200, body)) : Optional.empty());
        fca.runtime.start();
        run = fca.sync();
        runEvents = fca.events(run.runId());
    }

    @AfterAll
    void stop() {
        fca.close();
    }

    static Stream<Arguments> cases() {
        return Census.arguments(FcaSeanceCases.CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileSeanceHasItsOutcome(BadCase<List<JsonNode>> c) {
        String sourceId = c.expect().fate() == Expect.Fate.PROBLEM ? "séance #" + positionBySlug.get(c.slug()) : c.expect().sourceId();
        Outcomes.check(c, sourceId, runEvents, fca.course(sourceId));
    }

    @Test
    void theRunCompletesAndEdusignHoldsExactlyTheUsableSeances() {
        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        Set<String> expected = new LinkedHashSet<>();
        FcaSeanceCases.GOOD.forEach(g -> expected.add(ApiIds.of("fca", "hostile-fca", "course", g.get("id").asText())));
        FcaSeanceCases.CASES.stream().filter(c -> c.expect().fate() == Expect.Fate.SENT)
                .forEach(c -> expected.add(ApiIds.of("fca", "hostile-fca", "course", c.expect().sourceId())));
        assertThat(fca.school().courses()).extracting(c -> c.get("API_ID").asText()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(fca.course("S-GOOD-TUE-DST").orElseThrow().get("START").asText()).startsWith("2026-03-31T12:00:00");
    }

    @Test
    void offsetsAreHonouredAndATrainerListedTwiceIsOneProfessor() {
        assertThat(Instant.parse(fca.course(FcaSeanceCases.id("india-offset")).orElseThrow().get("START").asText()))
                .isEqualTo(Instant.parse("2026-03-24T08:00:00Z"));
        assertThat(Instant.parse(fca.course(FcaSeanceCases.id("utc-z")).orElseThrow().get("START").asText()))
                .isEqualTo(Instant.parse("2026-03-24T08:00:00Z"));
        assertThat(fca.course(FcaSeanceCases.id("trainer-twice")).orElseThrow().path("PROFESSOR_2").asText("")).isEmpty();
    }

    @Test
    void aSecondRunOverTheSameListingWritesNothing() {
        fca.edusign.clearRequests();
        RunSummary second = fca.sync();
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(fca.writes()).isEmpty();
    }
}
