package org.edusignconnector.sim.fca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.edusignconnector.sim.common.SimClient;
import org.edusignconnector.sim.common.SimJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /seances/{id}/presences} stores only what FCA accepts: 415, 400, 404, 409 in that order, then 422
 * listing every problem of the body, else 200; the same body twice is accepted twice.
 */
class FcaPresencesTest {

    private static final String USER = "edusign";
    private static final String PASSWORD = "pw";
    private static final FcaFormateur MARTIN = new FcaFormateur("F-17", "Martin", "Claire", "c.martin@example.fr", true);
    private static final FcaFormateur DURAND = new FcaFormateur("F-18", "Durand", "Paul", "p.durand@example.fr", false);
    private static final String S1 = "/seances/S-1/presences";
    private static final String EMPTY_TRAINERS = "\"formateurs\":[]}";

    private FcaSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = FcaSimulator.start(0, USER, PASSWORD);
        client = new SimClient(sim.baseUrl()).login(USER, PASSWORD);
        OffsetDateTime start = OffsetDateTime.parse("2026-03-30T09:00:00+02:00");
        FcaData d = sim.data();
        d.addSeance(FcaSeance.builder("S-1").intitule("Droit des contrats").debut(start).fin(start.plusHours(3))
                .action("DU-DROIT-2025", "DU Droit", "2025").enseignement("ENS-C", "Contrats", MARTIN, DURAND)
                .formateurs(MARTIN).build());
        d.addSeance(FcaSeance.builder("S-2").intitule("Droit des sociétés").debut(start.plusHours(5))
                .fin(start.plusHours(8)).action("DU-DROIT-2025", "DU Droit", "2025")
                .enseignement("ENS-S", "Sociétés", DURAND).build());
        d.addInscription("DU-DROIT-2025", registration("A-1", "CONFIRMEE"))
                .addInscription("DU-DROIT-2025", registration("A-2", "NON_CONFIRMEE"))
                .addInscription("DU-DROIT-2025", registration("A-3", "ANNULEE"))
                .addInscription("DU-DROIT-2025", registration("A-4", "ANNULEE"))
                .addInscription("DU-DROIT-2025", registration("A-4", "CONFIRMEE"))
                .addInscription("OTHER-2025", registration("A-9", "CONFIRMEE"));
        d.addMotif("M-1", "MAL", "Maladie", true).addMotif("M-2", "CONV", "Convenance personnelle", false);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aFullBodyIsStoredAndCounted() throws Exception {
        String body = "{\"apprenants\":["
                + "{\"apprenantId\":\"A-1\",\"present\":false,\"motifAbsenceId\":\"M-1\",\"retardMinutes\":0,"
                + "\"departAnticipe\":null,\"exclusion\":false,\"commentaire\":null},"
                + "{\"apprenantId\":\"A-2\",\"present\":true,\"motifAbsenceId\":null,\"retardMinutes\":15,"
                + "\"departAnticipe\":\"11:45\",\"exclusion\":true,\"commentaire\":\"bus\"}],"
                + "\"formateurs\":[{\"formateurId\":\"F-17\",\"present\":true,\"valide\":true}]}";

        HttpResponse<String> r = client.put(S1, body);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"seanceId\":\"S-1\",\"enregistres\":3}");
        assertThat(sim.data().presences()).containsOnlyKeys("S-1");
        assertThat(sim.data().presences().get("S-1")).isEqualTo(SimJson.STRICT.readTree(body));
        assertThat(sim.data().presenceWrites()).containsExactly("S-1");
    }

    @Test
    void theSameBodyTwiceIsAcceptedAndALaterOneReplacesIt() throws Exception {
        String body = "{\"apprenants\":[" + learner("A-1", false, null) + "]," + EMPTY_TRAINERS;
        String later = "{\"apprenants\":[" + learner("A-1", true, null) + "]," + EMPTY_TRAINERS;

        assertThat(client.put(S1, body).statusCode()).isEqualTo(200);
        assertThat(client.put(S1, body).statusCode()).isEqualTo(200);
        assertThat(sim.data().presenceWrites()).containsExactly("S-1", "S-1");
        assertThat(client.put(S1, later).statusCode()).isEqualTo(200);
        assertThat(sim.data().presences().get("S-1")).isEqualTo(SimJson.STRICT.readTree(later));
        assertThat(sim.data().presenceWrites()).containsExactly("S-1", "S-1", "S-1");
        assertThat(sim.data().presenceChanges()).as("the identical body changed nothing").containsExactly("S-1", "S-1");
    }

    @Test
    void unconfirmedReRegisteredAndTeachingTrainersAreAccepted() throws Exception {
        String s2 = "{\"apprenants\":[" + learner("A-2", true, null) + "," + learner("A-4", false, null) + "],"
                + "\"formateurs\":[" + trainer("F-18") + "]}";
        String s1 = "{\"apprenants\":[]," + "\"formateurs\":[" + trainer("F-17") + "," + trainer("F-18") + "]}";

        assertThat(client.put("/seances/S-2/presences", s2).body()).isEqualTo("{\"seanceId\":\"S-2\",\"enregistres\":3}");
        assertThat(client.put(S1, s1).statusCode()).isEqualTo(200);
        assertThat(sim.data().presenceWrites()).containsExactly("S-2", "S-1");
    }

    @Test
    void learnersMustBeRegisteredToTheSeancesAction() throws Exception {
        assertRefused(learners(learner("A-404", true, null)), "'A-404' n'est pas inscrit à l'action 'DU-DROIT-2025'");
        assertRefused(learners(learner("A-3", true, null)), "'A-3' n'est pas inscrit");
        assertRefused(learners(learner("A-9", true, null)), "'A-9' n'est pas inscrit");
        assertRefused(learners(learner("A-1", true, null) + "," + learner("A-1", false, null)),
                "apprenants[1].apprenantId 'A-1' figure plusieurs fois");
    }

    @Test
    void absenceReasonsMustBeKnownJustifiedAndOnlyForAbsentLearners() throws Exception {
        assertRefused(learners(learner("A-1", false, "M-9")), "'M-9' est un motif d'absence inconnu");
        assertRefused(learners(learner("A-1", false, "M-2")), "'M-2' n'est pas un motif justifié");
        assertRefused(learners(learner("A-1", true, "M-1")), "'M-1' interdit pour un apprenant présent");
        assertRefused(learners("{\"apprenantId\":\"A-1\",\"present\":false,\"motifAbsenceId\":3}"),
                "motifAbsenceId doit être une chaîne ou null");
    }

    @Test
    void earlyDepartureMustBeHoursAndMinutes() throws Exception {
        for (String bad : new String[] {"\"9h30\"", "\"9:30\"", "\"24:00\"", "\"11:60\"", "\"11:45:00\"", "1145", "\"\""}) {
            assertRefused(learners("{\"apprenantId\":\"A-1\",\"present\":true,\"departAnticipe\":" + bad + "}"),
                    "apprenants[0].departAnticipe doit être une heure HH:mm ou null");
        }
        String ok = learners("{\"apprenantId\":\"A-1\",\"present\":true,\"departAnticipe\":\"00:05\"}");
        assertThat(client.put(S1, ok).statusCode()).isEqualTo(200);
    }

    @Test
    void trainersMustBeOfTheSeanceOrOfItsTeaching() throws Exception {
        assertRefused("{\"apprenants\":[],\"formateurs\":[" + trainer("F-99") + "]}",
                "formateurs[0].formateurId 'F-99' n'est pas formateur de la séance 'S-1'");
        assertRefusedOn("/seances/S-2/presences", "{\"apprenants\":[],\"formateurs\":[" + trainer("F-17") + "]}",
                "'F-17' n'est pas formateur de la séance 'S-2'");
        assertRefused("{\"apprenants\":[],\"formateurs\":[" + trainer("F-17") + "," + trainer("F-17") + "]}",
                "formateurs[1].formateurId 'F-17' figure plusieurs fois");
        assertRefused("{\"apprenants\":[],\"formateurs\":[{\"formateurId\":\"F-17\",\"present\":true}]}",
                "formateurs[0].valide est obligatoire (booléen)");
    }

    @Test
    void unknownFieldsAreRefusedAtEveryLevel() throws Exception {
        assertRefused("{\"apprenants\":[],\"formateurs\":[],\"seanceId\":\"S-1\"}", "corps : champ inconnu 'seanceId'");
        assertRefused(learners("{\"apprenantId\":\"A-1\",\"present\":true,\"retard\":5}"),
                "apprenants[0] : champ inconnu 'retard'");
        assertRefused("{\"apprenants\":[],\"formateurs\":[{\"formateurId\":\"F-17\",\"present\":true,\"valide\":true,"
                + "\"signature\":\"x\"}]}", "formateurs[0] : champ inconnu 'signature'");
    }

    @Test
    void fieldsMustHaveTheirTypes() throws Exception {
        assertRefused(learners("{\"apprenantId\":\"A-1\"}"), "apprenants[0].present est obligatoire (booléen)");
        assertRefused(learners("{\"apprenantId\":\"A-1\",\"present\":\"true\"}"), "present est obligatoire (booléen)");
        assertRefused(learners("{\"apprenantId\":\"A-1\",\"present\":null}"), "present est obligatoire (booléen)");
        assertRefused(learners("{\"apprenantId\":1,\"present\":true}"), "apprenantId est obligatoire");
        assertRefused(learners("{\"present\":true}"), "apprenants[0].apprenantId est obligatoire");
        for (String bad : new String[] {"-5", "2.5", "\"5\"", "null"}) {
            assertRefused(learners("{\"apprenantId\":\"A-1\",\"present\":true,\"retardMinutes\":" + bad + "}"),
                    "retardMinutes doit être un entier positif ou nul");
        }
        assertRefused(learners("{\"apprenantId\":\"A-1\",\"present\":true,\"exclusion\":\"non\"}"),
                "exclusion doit être un booléen");
        assertRefused(learners("{\"apprenantId\":\"A-1\",\"present\":true,\"commentaire\":12}"),
                "commentaire doit être une chaîne ou null");
        assertRefused(learners("\"A-1\""), "apprenants[0] doit être un objet");
        assertRefused("{\"apprenants\":[]}", "formateurs est obligatoire et doit être un tableau");
        assertRefused("{\"apprenants\":{}," + EMPTY_TRAINERS, "apprenants est obligatoire et doit être un tableau");
        assertRefused("[]", "le corps doit être un objet JSON");
    }

    @Test
    void everyProblemIsListedAtOnce() throws Exception {
        HttpResponse<String> r = client.put(S1, "{\"apprenants\":[" + learner("A-404", true, "M-2") + "],"
                + "\"formateurs\":[" + trainer("F-99") + "],\"extra\":1}");

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(errors(r)).containsExactly(
                "corps : champ inconnu 'extra'",
                "apprenants[0].apprenantId 'A-404' n'est pas inscrit à l'action 'DU-DROIT-2025'",
                "apprenants[0].motifAbsenceId 'M-2' n'est pas un motif justifié",
                "apprenants[0].motifAbsenceId 'M-2' interdit pour un apprenant présent",
                "formateurs[0].formateurId 'F-99' n'est pas formateur de la séance 'S-1'");
        assertThat(r.body()).startsWith("{\"erreurs\":[");
    }

    @Test
    void aValidatedSeanceIs409EvenForABadBody() throws Exception {
        sim.data().validateSeance("S-1");

        HttpResponse<String> good = client.put(S1, learners(learner("A-1", true, null)));
        HttpResponse<String> bad = client.put(S1, learners(learner("A-404", true, null)));

        for (HttpResponse<String> r : List.of(good, bad)) {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.body()).isEqualTo("{\"message\":\"Séance déjà validée\"}");
        }
        assertThat(sim.data().presenceWrites()).isEmpty();
        assertThat(client.put("/seances/S-2/presences", learners(learner("A-1", true, null))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownSeanceIs404() throws Exception {
        HttpResponse<String> r = client.put("/seances/S-404/presences", learners(learner("A-1", true, null)));

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"message\":\"Séance inconnue\"}");
        sim.data().addSeance(sim.data().seance("S-1").orElseThrow().toBuilder().build());
        assertThat(client.put("/seances/S%2D1/presences", learners(learner("A-1", true, null))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theBodyMustBeJson() throws Exception {
        String body = learners(learner("A-1", true, null));
        HttpResponse<String> plain = client.send(client.request(S1).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> none = client.send(client.request(S1).PUT(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> charset = client.send(client.request(S1)
                .header("Content-Type", "application/json; charset=UTF-8").PUT(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(SimClient.json(plain).get("message").asText()).contains("application/json");
        assertThat(charset.statusCode()).isEqualTo(200);
        for (String broken : new String[] {"", "not json", "{\"apprenants\":[]", "{} {}"}) {
            HttpResponse<String> r = client.put(S1, broken);
            assertThat(r.statusCode()).as(broken).isEqualTo(400);
            assertThat(SimClient.json(r).get("message").asText()).as(broken).isNotBlank();
        }
        assertThat(sim.data().presenceWrites()).containsExactly("S-1");
    }

    private void assertRefused(String body, String expectedError) throws Exception {
        assertRefusedOn(S1, body, expectedError);
    }

    private void assertRefusedOn(String path, String body, String expectedError) throws Exception {
        List<String> before = sim.data().presenceWrites();
        HttpResponse<String> r = client.put(path, body);
        assertThat(r.statusCode()).as(body).isEqualTo(422);
        assertThat(errors(r)).as(body).anySatisfy(e -> assertThat(e).contains(expectedError));
        assertThat(sim.data().presenceWrites()).isEqualTo(before);
    }

    private static List<String> errors(HttpResponse<String> r) throws Exception {
        JsonNode root = SimClient.json(r);
        assertThat(root.fieldNames()).toIterable().containsExactly("erreurs");
        List<String> errors = new ArrayList<>();
        root.get("erreurs").forEach(e -> errors.add(e.asText()));
        return errors;
    }

    private static String learners(String items) {
        return "{\"apprenants\":[" + items + "]," + EMPTY_TRAINERS;
    }

    private static String learner(String id, boolean present, String motif) {
        return "{\"apprenantId\":\"" + id + "\",\"present\":" + present + ",\"motifAbsenceId\":"
                + (motif == null ? "null" : "\"" + motif + "\"") + "}";
    }

    private static String trainer(String id) {
        return "{\"formateurId\":\"" + id + "\",\"present\":true,\"valide\":true}";
    }

    private static FcaInscription registration(String id, String statut) {
        return new FcaInscription(new FcaPerson(id, "Nom" + id, "Prénom", id.toLowerCase() + "@example.fr", null),
                statut, "G-1");
    }
}
