package org.edusignconnector.sim.fca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.edusignconnector.sim.common.SimClient;
import org.junit.jupiter.api.Test;

/** The demo organisation is deterministic, has every case it promises and is accepted by the simulator itself. */
class FcaDemoDataTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);

    @Test
    void twoSeancesPerWeekdayWithTheParisOffsetOfThatDay() {
        FcaData d = populated(MONDAY, 14);

        assertThat(d.seances()).hasSize(20);
        assertThat(d.seances()).allSatisfy(s -> assertThat(s.dateDebut().getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(start(d, "S-20260327-AM")).isEqualTo("2026-03-27T09:00+01:00");
        assertThat(start(d, "S-20260327-PM")).isEqualTo("2026-03-27T14:00+01:00");
        assertThat(d.seance("S-20260327-PM").orElseThrow().dateFin().toString()).isEqualTo("2026-03-27T17:30+01:00");
        assertThat(start(d, "S-20260330-AM")).isEqualTo("2026-03-30T09:00+02:00");
        assertThat(d.seance("S-20260330-AM").orElseThrow().dateFin().toString()).isEqualTo("2026-03-30T12:30+02:00");

        FcaData october = populated(LocalDate.of(2026, 10, 19), 14);
        assertThat(start(october, "S-20261023-AM")).isEqualTo("2026-10-23T09:00+02:00");
        assertThat(start(october, "S-20261026-PM")).isEqualTo("2026-10-26T14:00+01:00");
    }

    @Test
    void hasEveryPromisedCase() {
        FcaData d = populated(LocalDate.of(2026, 3, 28), 10); // starts on a Saturday

        List<FcaSeance> seances = d.seances();
        assertThat(seances).extracting(FcaSeance::activiteRef).containsOnly("DU-DROIT", "LP-GRH");
        assertThat(seances).extracting(FcaSeance::actionRef).containsOnly(FcaDemoData.ACTION_DU_DROIT,
                FcaDemoData.ACTION_LP_ALT, FcaDemoData.ACTION_LP_FC);
        FcaSeance noTrainer = d.seance(FcaDemoData.seanceWithoutFormateurs(LocalDate.of(2026, 3, 28))).orElseThrow();
        assertThat(noTrainer.id()).isEqualTo("S-20260330-PM");
        assertThat(noTrainer.formateurs()).isEmpty();
        assertThat(noTrainer.enseignementFormateurs()).isNotEmpty();
        assertThat(seances.stream().filter(s -> s.formateurs().isEmpty())).hasSize(1);
        Map<String, Set<String>> idsByEmail = seances.stream().flatMap(s -> s.formateurs().stream())
                .collect(Collectors.groupingBy(FcaFormateur::email, Collectors.mapping(FcaFormateur::id, Collectors.toSet())));
        assertThat(idsByEmail.get("l.bernard@univ-demo.fr")).containsExactlyInAnyOrder("F-21", "F-22");
        assertThat(seances).anySatisfy(s -> assertThat(s.salle()).isNull());

        List<FcaInscription> all = List.of(FcaDemoData.ACTION_DU_DROIT, FcaDemoData.ACTION_LP_ALT,
                FcaDemoData.ACTION_LP_FC).stream().flatMap(a -> d.inscriptions(a).orElseThrow().stream()).toList();
        assertThat(all).extracting(FcaInscription::statut).contains("CONFIRMEE", "NON_CONFIRMEE", "ANNULEE");
        assertThat(all).filteredOn(i -> i.apprenant().email() == null).extracting(i -> i.apprenant().id())
                .containsExactly(FcaDemoData.LEARNER_WITHOUT_EMAIL);
        assertThat(d.isRegistered(FcaDemoData.ACTION_LP_FC, FcaDemoData.LEARNER_REREGISTERED)).isTrue();
        assertThat(d.isRegistered(FcaDemoData.ACTION_DU_DROIT, FcaDemoData.LEARNER_CANCELLED)).isFalse();

        assertThat(d.motifs()).extracting(FcaMotif::libelle, FcaMotif::justifie)
                .contains(tuple("Maladie", true),
                        tuple("Convenance personnelle", false));
    }

    @Test
    void isDeterministic() {
        FcaData twice = populated(MONDAY, 7);
        FcaDemoData.populate(twice, MONDAY, 7);

        assertThat(populated(MONDAY, 7).seances()).isEqualTo(twice.seances());
        assertThat(twice.inscriptions(FcaDemoData.ACTION_DU_DROIT).orElseThrow()).hasSize(6);
    }

    @Test
    void isServedAndItsOwnAttendanceIsAccepted() throws Exception {
        try (FcaSimulator sim = FcaSimulator.start(0, "u", "p")) {
            FcaDemoData.populate(sim.data(), MONDAY, 14);
            SimClient client = new SimClient(sim.baseUrl()).login("u", "p");

            JsonNode page = SimClient.json(client.get("/seances?dateDebut=2026-03-23&dateFin=2026-04-05&page=0&size=200"));
            assertThat(page.get("items")).hasSize(20);
            assertThat(page.get("items").get(0).get("dateDebut").asText()).isEqualTo("2026-03-23T09:00:00+01:00");

            FcaSeance first = sim.data().seance("S-20260323-AM").orElseThrow();
            StringBuilder learners = new StringBuilder();
            for (FcaInscription i : sim.data().inscriptions(first.actionRef()).orElseThrow()) {
                if (i.active()) {
                    learners.append(learners.isEmpty() ? "" : ",").append("{\"apprenantId\":\"")
                            .append(i.apprenant().id()).append("\",\"present\":false,\"motifAbsenceId\":\"")
                            .append(FcaDemoData.MOTIF_MALADIE).append("\"}");
                }
            }
            String trainer = first.formateurs().get(0).id();
            HttpResponse<String> r = client.put("/seances/" + first.id() + "/presences", "{\"apprenants\":[" + learners
                    + "],\"formateurs\":[{\"formateurId\":\"" + trainer + "\",\"present\":true,\"valide\":true}]}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
    }

    private static FcaData populated(LocalDate firstDay, int days) {
        FcaData d = new FcaData();
        FcaDemoData.populate(d, firstDay, days);
        return d;
    }

    private static String start(FcaData d, String id) {
        return d.seance(id).orElseThrow().dateDebut().toString();
    }
}
