package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.fca.FcaFormateur;
import org.edusignconnector.sim.fca.FcaGroupe;
import org.edusignconnector.sim.fca.FcaInscription;
import org.edusignconnector.sim.fca.FcaPerson;
import org.edusignconnector.sim.fca.FcaSeance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the groups option, a séance's group is created on Edusign only with at least one valid
 * learner in it: a group whose members are all left out is not created, and an event says why.
 */
class FcaGroupsTest {

    private static final FcaPerson NO_EMAIL = new FcaPerson("A-9", "Sans", "Courriel", null, null);

    private HostileFca fca;

    @BeforeEach
    void school() {
        fca = new HostileFca().groups();
        FcaFormateur claire = new FcaFormateur("F-17", "Martin", "Claire", "c.martin@univ.example", false);
        LocalDate day = LocalDate.of(2026, 3, 24);
        fca.fca.data().addSeance(FcaSeance.builder("S-1").intitule("Séance 1")
                .debut(FcaSeance.paris(day.atTime(9, 0))).fin(FcaSeance.paris(day.atTime(12, 0)))
                .action("ACT", "Action", "2025").activite("ACV", "Activité").enseignement("ENS", "Enseignement", claire)
                .formateurs(claire).groupes(new FcaGroupe("G-A", "Groupe A"), new FcaGroupe("G-B", "Groupe B")).build());
        fca.fca.data().setInscriptions("ACT", List.of(new FcaInscription(FcaBadSeancesTest.ALICE, FcaInscription.CONFIRMEE, "G-A"),
                new FcaInscription(NO_EMAIL, FcaInscription.CONFIRMEE, "G-B")));
        fca.runtime.start();
    }

    @AfterEach
    void stop() {
        fca.close();
    }

    @Test
    void aGroupWithoutAValidMemberIsNotCreatedAndSaysWhy() {
        RunSummary run = fca.sync();

        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(fca.school().groups()).extracting(g -> g.get("NAME").asText()).containsExactly("Groupe A");
        assertThat(fca.course("S-1").orElseThrow().get("SCHOOL_GROUP")).hasSize(1);
        assertThat(fca.events(run.runId())).filteredOn(e -> "GROUP_LEFT_OUT".equals(e.reason())).singleElement().satisfies(e -> {
            assertThat(e.sourceId()).isEqualTo("groupe:G-B");
            assertThat(e.message()).contains("Séance 1", "Groupe B", "none of its 1 members is a valid learner");
        });
        assertThat(fca.events(run.runId())).filteredOn(e -> "INVALID_PERSON".equals(e.reason()))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("apprenant:A-9", "no e-mail"));
    }
}
