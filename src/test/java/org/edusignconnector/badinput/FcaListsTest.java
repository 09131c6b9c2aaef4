package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.fca.FcaFormateur;
import org.edusignconnector.sim.fca.FcaInscription;
import org.edusignconnector.sim.fca.FcaPerson;
import org.edusignconnector.sim.fca.FcaSeance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FCA Manager lists either way: the contract's paged objects (the simulator's default), bare
 * arrays, pages silently capped below the size asked, a server that ignores the page asked, a
 * list without end. Every séance keeps its learners; nothing is deleted on a listing cut short.
 */
class FcaListsTest {

    private static final FcaPerson BRUNO = new FcaPerson("A-2", "Petit", "Bruno", "bruno.petit@etu.example", null);

    private HostileFca fca;

    @BeforeEach
    void school() {
        fca = new HostileFca();
        FcaFormateur claire = new FcaFormateur("F-17", "Martin", "Claire", "c.martin@univ.example", false);
        for (int i = 1; i <= 5; i++) {
            LocalDate day = LocalDate.of(2026, 3, 23 + i);
            fca.fca.data().addSeance(FcaSeance.builder("S-" + i).intitule("Séance " + i)
                    .debut(FcaSeance.paris(day.atTime(9, 0))).fin(FcaSeance.paris(day.atTime(12, 0)))
                    .action("ACT", "Action", "2025").activite("ACV", "Activité").enseignement("ENS", "Enseignement", claire)
                    .formateurs(claire).build());
        }
        fca.fca.data().setInscriptions("ACT", List.of(new FcaInscription(FcaBadSeancesTest.ALICE, FcaInscription.CONFIRMEE, null),
                new FcaInscription(BRUNO, FcaInscription.CONFIRMEE, null)));
    }

    @AfterEach
    void stop() {
        fca.close();
    }

    @Test
    void pagedListsAreReadWithTheirLearners() {
        fca.runtime.start();

        RunSummary run = fca.sync();

        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(run.counts()).containsEntry("CREATED", 5L).doesNotContainKey("INVALID_COURSE_DATA");
        assertThat(fca.school().courses()).allSatisfy(c -> assertThat(c.get("STUDENTS")).hasSize(2));
    }

    @Test
    void bareArraysAreReadToo() {
        fca.fca.data().lists().answerBareArrays();
        fca.runtime.start();

        RunSummary run = fca.sync();

        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(run.counts()).containsEntry("CREATED", 5L);
        assertThat(fca.school().courses()).allSatisfy(c -> assertThat(c.get("STUDENTS")).hasSize(2));
    }

    @Test
    void pagesCappedBelowTheSizeAskedHideNoSeanceAndNoLearner() {
        fca.pageSize(4).runtime.start();
        fca.fca.data().lists().capPages(1);

        RunSummary run = fca.sync();

        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(fca.school().courses()).hasSize(5).allSatisfy(c -> assertThat(c.get("STUDENTS")).hasSize(2));
    }

    @Test
    void aServerThatIgnoresThePageStopsTheReadWithAnEventAndNothingIsDeleted() {
        fca.pageSize(2).runtime.start();
        assertThat(fca.sync().counts()).containsEntry("CREATED", 5L);
        fca.fca.data().lists().ignorePage();
        fca.edusign.clearRequests();

        RunSummary run = fca.sync();

        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(fca.events(run.runId())).filteredOn(e -> "SOURCE_ERROR".equals(e.reason())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("FCA Manager GET /seances", "identical", "nothing is deleted"));
        assertThat(fca.edusign.requests(HostileFca.KEY)).noneMatch(r -> "DELETE".equals(r.method()));
        assertThat(fca.school().courses()).hasSize(5);
    }

    @Test
    void aListBeyondTheTenantsLimitFailsTheRunAndWritesNothing() {
        fca.maxItems(4).runtime.start();

        RunSummary run = fca.sync();

        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(fca.events(run.runId())).filteredOn(e -> "SOURCE_ERROR".equals(e.reason())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("FCA Manager GET /seances", "more than 4 items"));
        assertThat(fca.writes()).isEmpty();
    }
}
