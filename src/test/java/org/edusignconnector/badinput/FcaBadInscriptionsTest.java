package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.sim.common.Fault;
import org.edusignconnector.sim.fca.FcaFormateur;
import org.edusignconnector.sim.fca.FcaInscription;
import org.edusignconnector.sim.fca.FcaSeance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One séance per case of {@link FcaInscriptionCases}, its action's registrations answered with
 * the hostile list, all read by one run: the run completes, each hostile registration is recorded
 * naming it, and each séance still reaches Edusign with its valid learners.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FcaBadInscriptionsTest {

    static final FcaFormateur CLAIRE = new FcaFormateur("F-17", "Martin", "Claire", "c.martin@univ.example", false);

    private HostileFca fca;
    private RunSummary run;
    private List<SyncEvent> runEvents;

    @BeforeAll
    void runOnce() {
        fca = new HostileFca();
        Map<String, Fault> answers = new HashMap<>();
        int n = 0;
        for (BadCase<Fault> c : FcaInscriptionCases.CASES) {
            LocalDateTime start = LocalDateTime.of(LocalDate.of(2026, 3, 24).plusDays(n / 8), LocalTime.of(9 + n % 8, 0));
            n++;
            fca.fca.data().addSeance(FcaSeance.builder(FcaInscriptionCases.seance(c.slug())).intitule("Séance " + c.slug())
                    .debut(FcaSeance.paris(start)).fin(FcaSeance.paris(start.plusMinutes(45))).salle("B204")
                    .action(FcaInscriptionCases.action(c.slug()), "Action " + c.slug(), "2025").activite("ACV", "Activité")
                    .enseignement("ENS", "Enseignement", CLAIRE).formateurs(CLAIRE).build());
            answers.put("/api/actions/" + FcaInscriptionCases.action(c.slug()) + "/inscriptions", c.input());
        }
        fca.fca.data().addSeance(FcaSeance.builder("S-GOOD").intitule("Séance sans histoire")
                .debut(FcaSeance.paris(LocalDateTime.of(2026, 3, 23, 9, 0))).fin(FcaSeance.paris(LocalDateTime.of(2026, 3, 23, 12, 0)))
                .action("ACT-GOOD", "Action", "2025").activite("ACV", "Activité").enseignement("ENS", "Enseignement", CLAIRE).formateurs(CLAIRE).build());
        fca.fca.data().setInscriptions("ACT-GOOD", List.of(new FcaInscription(FcaBadSeancesTest.ALICE, FcaInscription.CONFIRMEE, null)));
        fca.fca.setFaultInjector((method, path, number) -> Optional.ofNullable(answers.get(path)));
        fca.runtime.start();
        run = fca.sync();
        runEvents = fca.events(run.runId());
    }

    @AfterAll
    void stop() {
        fca.close();
    }

    static Stream<Arguments> cases() {
        return Census.arguments(FcaInscriptionCases.CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileRegistrationHasItsOutcome(BadCase<Fault> c) {
        Outcomes.check(c, c.expect().sourceId(), runEvents, fca.course(c.expect().sourceId()));
    }

    @Test
    void theRunCompletesAndEverySentSeanceHasItsValidLearners() {
        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(fca.course("S-GOOD")).isPresent();
        for (BadCase<Fault> c : FcaInscriptionCases.CASES) {
            if (c.expect().fate() == Expect.Fate.SENT) {
                JsonNode students = fca.course(c.expect().sourceId()).orElseThrow().get("STUDENTS");
                int expected = List.of("unknown-then-confirmed", "confirmed-twice", "name-huge", "name-script").contains(c.slug()) ? 2 : 1;
                assertThat(students).as(c.slug()).hasSize(expected);
            }
        }
        assertThat(fca.school().students()).extracting(s -> s.get("EMAIL").asText())
                .containsExactlyInAnyOrder("alice.durand@etu.example", "dora.roux@etu.example", "basile.leroy@etu.example",
                        "camille.h@etu.example", "camille.s@etu.example");
    }

    @Test
    void eachActionIsAskedOnce() {
        assertThat(fca.fca.requests()).filteredOn(r -> r.path().endsWith("/inscriptions") && r.query().contains("page=0&"))
                .hasSize(FcaInscriptionCases.CASES.size() + 1);
    }
}
