package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.edusignconnector.events.RunSummary;
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
 * Six séances already on Edusign (three pages); then, one run per case, FCA Manager answers one of
 * {@link FcaListingCases}: an unreadable listing fails the run with a message naming FCA Manager
 * and the call, a readable one completes, and no case writes or deletes anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FcaBadListingTest {

    private HostileFca fca;
    private List<String> coursesBefore;
    private String realFirstPage;

    @BeforeAll
    void firstRunThenReadTheFirstPage() throws IOException, InterruptedException {
        fca = new HostileFca().pageSize(2);
        FcaFormateur claire = new FcaFormateur("F-17", "Martin", "Claire", "c.martin@univ.example", false);
        int[] days = {23, 24, 25, 26, 27, 30};
        for (int i = 0; i < days.length; i++) {
            LocalDate day = LocalDate.of(2026, 3, days[i]);
            fca.fca.data().addSeance(FcaSeance.builder("S-" + (i + 1)).intitule("Séance " + (i + 1))
                    .debut(FcaSeance.paris(day.atTime(9, 0))).fin(FcaSeance.paris(day.atTime(12, 0)))
                    .action("ACT-OK", "Action", "2025").activite("ACV", "Activité").enseignement("ENS", "Enseignement", claire)
                    .formateurs(claire).build());
        }
        fca.fca.data().setInscriptions("ACT-OK", List.of(new FcaInscription(FcaBadSeancesTest.ALICE, FcaInscription.CONFIRMEE, null)));
        fca.runtime.start();
        RunSummary first = fca.sync();
        assertThat(first.counts()).as(first.message()).containsEntry("CREATED", 6L);
        coursesBefore = apiIds();
        String basic = Base64.getEncoder().encodeToString(("connector:" + HostileFca.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest page0 = HttpRequest.newBuilder(URI.create(fca.fca.baseUrl() + "/seances?dateDebut=2026-03-22&dateFin=2026-04-05&page=0&size=2"))
                .header("Authorization", "Basic " + basic).build();
        realFirstPage = HttpClient.newHttpClient().send(page0, HttpResponse.BodyHandlers.ofString()).body();
    }

    @AfterAll
    void stop() {
        fca.close();
    }

    static Stream<Arguments> cases() {
        return Census.arguments(FcaListingCases.CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenAnswerFailsCleanlyOrIsReadAndDeletesNothing(BadCase<FcaListingCases.Input> c) {
        FcaListingCases.Input in = c.input();
        Fault fault = in.fault().apply(realFirstPage);
        AtomicInteger page = new AtomicInteger();
        fca.edusign.clearRequests();
        fca.fca.setFaultInjector((method, path, n) ->
                path.equals(in.path()) && in.answers(page.getAndIncrement()) ? Optional.of(fault) : Optional.empty());
        RunSummary run;
        try {
            run = fca.sync();
        } finally {
            fca.fca.setFaultInjector(null);
        }
        Outcomes.checkRun(c, run, fca.events(run.runId()));
        assertThat(fca.writes()).as("Edusign writes").isEmpty();
        assertThat(apiIds()).as("sheets on Edusign").containsExactlyInAnyOrderElementsOf(coursesBefore);
    }

    @Test
    void afterTheBrokenAnswersAGoodRunFindsEverythingUnchanged() {
        fca.edusign.clearRequests();
        RunSummary run = fca.sync();
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.counts()).containsEntry("UNCHANGED", 6L);
        assertThat(fca.writes()).isEmpty();
    }

    private List<String> apiIds() {
        return fca.school().courses().stream().map(c -> c.get("API_ID").asText()).toList();
    }
}
