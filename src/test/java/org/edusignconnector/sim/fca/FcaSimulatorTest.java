package org.edusignconnector.sim.fca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.edusignconnector.sim.common.Fault;
import org.edusignconnector.sim.common.FaultInjector;
import org.edusignconnector.sim.common.SimClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator refuses what the FCA Manager contract refuses and serves the contract's shapes (reads, harness). */
class FcaSimulatorTest {

    private static final String EMPTY_PAGE = "{\"items\":[],\"page\":0,\"totalPages\":1}";

    private static final String USER = "edusign";
    private static final String PASSWORD = "s3cret:with-colon";
    private static final FcaFormateur MARTIN =
            new FcaFormateur("F-17", "Martin", "Claire", "c.martin@example.fr", true);
    private static final String CONTRACT_SEANCE = "{\"id\":\"S-2026-004711\",\"intitule\":\"Droit des contrats - TD 3\","
            + "\"dateDebut\":\"2026-03-30T09:00:00+02:00\",\"dateFin\":\"2026-03-30T12:30:00+02:00\",\"salle\":\"B204\","
            + "\"action\":{\"codRefComAcn\":\"DU-DROIT-2025\",\"libAcn\":\"DU Droit des affaires\",\"codAnuAcn\":\"2025\"},"
            + "\"activite\":{\"codRefComAcv\":\"DU-DROIT\",\"libAcv\":\"DU Droit des affaires\"},"
            + "\"enseignement\":{\"codRefComEns\":\"ENS-CONTRATS\",\"libEns\":\"Droit des contrats\",\"formateurs\":["
            + "{\"id\":\"F-17\",\"nom\":\"Martin\",\"prenom\":\"Claire\",\"email\":\"c.martin@example.fr\","
            + "\"validationObligatoire\":true}]},"
            + "\"formateurs\":[{\"id\":\"F-17\",\"nom\":\"Martin\",\"prenom\":\"Claire\",\"email\":\"c.martin@example.fr\","
            + "\"validationObligatoire\":true}],"
            + "\"groupes\":[{\"id\":\"G-DU-DROIT-A\",\"libelle\":\"DU Droit A\"}],"
            + "\"dateCreation\":\"2026-03-12T10:00:00+01:00\",\"dateModification\":\"2026-03-20T08:30:00+01:00\"}";

    private FcaSimulator sim;
    private SimClient anonymous;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = FcaSimulator.start(0, USER, PASSWORD);
        anonymous = new SimClient(sim.baseUrl());
        client = anonymous.login(USER, PASSWORD);
        sim.data().addSeance(contractSeance("S-2026-004711", OffsetDateTime.parse("2026-03-30T09:00:00+02:00")));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyCallNeedsTheRightBasicCredentials() throws Exception {
        List<SimClient> refused = List.of(anonymous, anonymous.login(USER, "wrong"), anonymous.login("other", PASSWORD),
                anonymous.header("Authorization", "Bearer " + PASSWORD),
                anonymous.header("Authorization", "Basic not-base64!"));
        for (SimClient c : refused) {
            for (HttpResponse<String> r : List.of(c.get("/motifs-absence"), c.get("/nothing"),
                    c.put("/seances/S-2026-004711/presences", "{\"apprenants\":[],\"formateurs\":[]}"))) {
                assertThat(r.statusCode()).isEqualTo(401);
                assertThat(r.body()).isEqualTo("{\"message\":\"Identifiants invalides\"}");
                assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"FCA Manager\"");
            }
        }
        assertThat(client.get("/motifs-absence").statusCode()).isEqualTo(200);
        assertThat(anonymous.header("Authorization", "basic " + SimClient.basic(USER, PASSWORD).substring(6))
                .get("/motifs-absence").statusCode()).isEqualTo(200);
        assertThat(sim.data().presenceWrites()).isEmpty();
    }

    @Test
    void seanceHasTheContractShape() throws Exception {
        HttpResponse<String> r = client.get("/seances?dateDebut=2026-03-30&dateFin=2026-03-30&page=0&size=200");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(r.body()).isEqualTo("{\"items\":[" + CONTRACT_SEANCE + "],\"page\":0,\"totalPages\":1}");
    }

    @Test
    void nullableParts() throws Exception {
        sim.data().addSeance(FcaSeance.builder("bare").debut(OffsetDateTime.parse("2026-03-31T09:00:00Z"))
                .fin(OffsetDateTime.parse("2026-03-31T10:00:00Z")).build());

        JsonNode s = SimClient.json(client.get("/seances?dateDebut=2026-03-31&dateFin=2026-03-31")).get("items").get(0);

        assertThat(s.toString()).isEqualTo("{\"id\":\"bare\",\"intitule\":null,\"dateDebut\":\"2026-03-31T09:00:00+00:00\","
                + "\"dateFin\":\"2026-03-31T10:00:00+00:00\",\"salle\":null,\"action\":null,\"activite\":null,"
                + "\"enseignement\":null,\"formateurs\":[],\"groupes\":[],"
                + "\"dateCreation\":\"2026-03-13T10:00:00+01:00\",\"dateModification\":\"2026-03-21T08:30:00+01:00\"}");
    }

    @Test
    void seancesArePagedSortedByStartThenId() throws Exception {
        sim.data().removeSeance("S-2026-004711");
        IntStream.iterate(449, i -> i >= 0, i -> i - 1).forEach(i -> sim.data().addSeance(contractSeance(
                String.format("P-%03d", i), FcaSeance.paris(LocalDateTime.parse("2026-04-01T08:00:00")
                        .plusDays(i / 30).plusMinutes(10L * (i % 30 / 2))))));
        String range = "/seances?dateDebut=2026-04-01&dateFin=2026-04-30&size=200&page=";

        JsonNode first = SimClient.json(client.get(range + 0));
        JsonNode second = SimClient.json(client.get(range + 1));
        JsonNode last = SimClient.json(client.get(range + 2));
        JsonNode beyond = SimClient.json(client.get(range + 3));

        assertThat(first.get("items")).hasSize(200);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(second.get("items")).hasSize(200);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(last.get("items")).hasSize(50);
        assertThat(last.get("items").get(49).get("id").asText()).isEqualTo("P-449");
        assertThat(beyond.toString()).isEqualTo("{\"items\":[],\"page\":3,\"totalPages\":3}");
        List<String> ids = new ArrayList<>();
        for (JsonNode page : List.of(first, second, last)) {
            page.get("items").forEach(s -> ids.add(s.get("id").asText()));
        }
        assertThat(ids).hasSize(450).isSorted().doesNotHaveDuplicates();
        JsonNode defaults = SimClient.json(client.get("/seances?dateDebut=2026-04-01&dateFin=2026-04-30"));
        assertThat(defaults.get("items")).hasSize(200);
        assertThat(defaults.get("page").asInt()).isZero();
        assertThat(SimClient.json(client.get(range.replace("size=200", "size=500") + 0)).get("items")).hasSize(450);
    }

    @Test
    void anEmptyRangeIsOnePageWithoutItems() throws Exception {
        HttpResponse<String> r = client.get("/seances?dateDebut=2026-05-01&dateFin=2026-05-31&page=0&size=200");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"items\":[],\"page\":0,\"totalPages\":1}");
    }

    @Test
    void badListParametersAre400WithAMessage() throws Exception {
        for (String q : new String[] {"dateFin=2026-03-30", "dateDebut=2026-03-30", "", "dateDebut=&dateFin=2026-03-30",
            "dateDebut=30/03/2026&dateFin=2026-03-30", "dateDebut=2026-3-30&dateFin=2026-03-30",
            "dateDebut=2026-02-30&dateFin=2026-03-30", "dateDebut=2026-03-30T00:00:00&dateFin=2026-03-30",
            "dateDebut=2026-03-31&dateFin=2026-03-30", "dateDebut=2026-03-30&dateFin=2026-03-30&size=0",
            "dateDebut=2026-03-30&dateFin=2026-03-30&size=501", "dateDebut=2026-03-30&dateFin=2026-03-30&size=abc",
            "dateDebut=2026-03-30&dateFin=2026-03-30&page=-1", "dateDebut=2026-03-30&dateFin=2026-03-30&page=x"}) {
            HttpResponse<String> r = client.get("/seances?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(SimClient.json(r).get("message").asText()).as(q).isNotBlank();
        }
        assertThat(SimClient.json(client.get("/seances?dateDebut=2026-03-30&dateFin=2026-03-30&size=1000"))
                .get("message").asText()).isEqualTo("size doit être compris entre 1 et 500");
    }

    @Test
    void datesFilterOnTheParisCalendarDayOfTheStartAcrossDst() throws Exception {
        FcaData d = sim.data();
        d.removeSeance("S-2026-004711");
        d.addSeance(contractSeance("sat-late", OffsetDateTime.parse("2026-03-28T23:30:00+01:00")));
        d.addSeance(contractSeance("sun-utc", OffsetDateTime.parse("2026-03-28T23:30:00Z"))); // 00:30 Paris, 29th
        d.addSeance(contractSeance("sun-after-switch", OffsetDateTime.parse("2026-03-29T03:30:00+02:00")));
        d.addSeance(contractSeance("oct-utc", OffsetDateTime.parse("2026-10-24T22:30:00Z"))); // 00:30 Paris, 25th
        d.addSeance(contractSeance("oct-after-switch", OffsetDateTime.parse("2026-10-25T09:00:00+01:00")));

        assertThat(ids("2026-03-28", "2026-03-28")).containsExactly("sat-late");
        assertThat(ids("2026-03-29", "2026-03-29")).containsExactly("sun-utc", "sun-after-switch");
        assertThat(ids("2026-03-27", "2026-03-30")).containsExactly("sat-late", "sun-utc", "sun-after-switch");
        assertThat(ids("2026-10-24", "2026-10-24")).isEmpty();
        assertThat(ids("2026-10-25", "2026-10-26")).containsExactly("oct-utc", "oct-after-switch");
        JsonNode utc = SimClient.json(client.get("/seances?dateDebut=2026-03-29&dateFin=2026-03-29")).get("items").get(0);
        assertThat(utc.get("dateDebut").asText()).isEqualTo("2026-03-28T23:30:00+00:00");
        assertThat(FcaSeance.paris(LocalDateTime.parse("2026-03-28T09:00:00")).toString()).isEqualTo("2026-03-28T09:00+01:00");
        assertThat(FcaSeance.paris(LocalDateTime.parse("2026-03-30T09:00:00")).toString()).isEqualTo("2026-03-30T09:00+02:00");
        assertThat(FcaSeance.paris(LocalDateTime.parse("2026-10-26T09:00:00")).toString()).isEqualTo("2026-10-26T09:00+01:00");
    }

    @Test
    void inscriptionsListEveryRegistrationOfAKnownAction() throws Exception {
        FcaData d = sim.data();
        d.addInscription("DU-DROIT-2025", new FcaInscription(
                        new FcaPerson("A-1", "Dupont", "Marie", "marie.dupont@example.fr", "+33612345678"), "CONFIRMEE", "G-1"))
                .addInscription("DU-DROIT-2025", new FcaInscription(
                        new FcaPerson("A-2", "Roux", "Théo", null, null), "NON_CONFIRMEE", null))
                .addInscription("DU-DROIT-2025", new FcaInscription(
                        new FcaPerson("A-3", "Garnier", "Inès", "ines@example.fr", null), "ANNULEE", "G-1"));
        d.setInscriptions("FC 2025", List.of());

        HttpResponse<String> r = client.get("/actions/DU-DROIT-2025/inscriptions");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"items\":["
                + "{\"apprenant\":{\"id\":\"A-1\",\"nom\":\"Dupont\",\"prenom\":\"Marie\",\"email\":\"marie.dupont@example.fr\","
                + "\"telephone\":\"+33612345678\"},\"statut\":\"CONFIRMEE\",\"groupeId\":\"G-1\"},"
                + "{\"apprenant\":{\"id\":\"A-2\",\"nom\":\"Roux\",\"prenom\":\"Théo\",\"email\":null,\"telephone\":null},"
                + "\"statut\":\"NON_CONFIRMEE\",\"groupeId\":null},"
                + "{\"apprenant\":{\"id\":\"A-3\",\"nom\":\"Garnier\",\"prenom\":\"Inès\",\"email\":\"ines@example.fr\","
                + "\"telephone\":null},\"statut\":\"ANNULEE\",\"groupeId\":\"G-1\"}],\"page\":0,\"totalPages\":1}");
        assertThat(client.get("/actions/FC%202025/inscriptions").body()).isEqualTo(EMPTY_PAGE);
    }

    @Test
    void inscriptionsOfAnUnknownActionAre404() throws Exception {
        HttpResponse<String> r = client.get("/actions/NOPE-2025/inscriptions");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"message\":\"Action inconnue\"}");
        sim.data().addSeance(contractSeance("S-2", OffsetDateTime.parse("2026-03-31T09:00:00+02:00")).toBuilder()
                .action("ONLY-IN-SEANCE", "x", "2025").build());
        assertThat(client.get("/actions/ONLY-IN-SEANCE/inscriptions").body()).isEqualTo(EMPTY_PAGE);
    }

    @Test
    void motifsHaveTheirShape() throws Exception {
        sim.data().addMotif("M-2", "CONV", "Convenance personnelle", false).addMotif("M-1", "MAL", "Maladie", true);

        assertThat(client.get("/motifs-absence").body()).isEqualTo("{\"items\":["
                + "{\"id\":\"M-1\",\"code\":\"MAL\",\"libelle\":\"Maladie\",\"justifie\":true},"
                + "{\"id\":\"M-2\",\"code\":\"CONV\",\"libelle\":\"Convenance personnelle\",\"justifie\":false}],\"page\":0,\"totalPages\":1}");
    }

    @Test
    void everyListIsPagedByDefaultAndABareArrayWhenSwitched() throws Exception {
        sim.data().addMotif("M-1", "MAL", "Maladie", true).addMotif("M-2", "CONV", "Convenance", false).addMotif("M-3", "RDV", "Rendez-vous", true);

        assertThat(client.get("/motifs-absence?page=1&size=2").body()).isEqualTo("{\"items\":["
                + "{\"id\":\"M-3\",\"code\":\"RDV\",\"libelle\":\"Rendez-vous\",\"justifie\":true}],\"page\":1,\"totalPages\":2}");
        sim.data().lists().answerBareArrays();
        assertThat(client.get("/motifs-absence?page=1&size=2").body()).startsWith("[{\"id\":\"M-1\"").contains("M-2", "M-3").endsWith("}]");
    }

    @Test
    void aCappedListServesFewerItemsThanAskedAndCountsItsPagesAsIfItDidNot() throws Exception {
        for (int i = 1; i <= 5; i++) {
            sim.data().addMotif("M-" + i, "C" + i, "Motif " + i, true);
        }
        sim.data().lists().capPages(2);

        assertThat(client.get("/motifs-absence?page=0&size=4").body()).contains("M-1", "M-2").doesNotContain("M-3").endsWith("\"page\":0,\"totalPages\":2}");
        assertThat(client.get("/motifs-absence?page=1&size=4").body()).contains("M-3", "M-4").doesNotContain("M-5");
        assertThat(client.get("/motifs-absence?page=2&size=4").body()).contains("M-5");
        assertThat(client.get("/motifs-absence?page=3&size=4").body()).startsWith("{\"items\":[]");
    }

    @Test
    void aListThatIgnoresPageAnswersItsFirstPageAgain() throws Exception {
        for (int i = 1; i <= 3; i++) {
            sim.data().addMotif("M-" + i, "C" + i, "Motif " + i, true);
        }
        sim.data().lists().ignorePage();

        assertThat(client.get("/motifs-absence?page=5&size=2").body()).contains("M-1", "M-2").doesNotContain("M-3");
    }

    @Test
    void anythingElseIs404() throws Exception {
        String list = "?dateDebut=2026-03-30&dateFin=2026-03-30";
        for (HttpResponse<String> r : List.of(client.get("/seances/" + list), client.get("/Seances" + list),
                client.get("/seances/S-2026-004711"), client.get("/seances/S-2026-004711/presences"),
                client.put("/seances" + list, "{}"), client.put("/seances/S-2026-004711", "{}"),
                client.put("/seances//presences", "{}"), client.put("/seances/S-2026-004711/presences/x", "{}"),
                client.get("/actions//inscriptions"), client.get("/actions/A/B/inscriptions"),
                client.get("/motifs-absence/M-1"), client.get("/nothing"),
                client.send(client.request("/seances" + list).POST(HttpRequest.BodyPublishers.noBody())),
                client.send(client.request("/motifs-absence").DELETE()))) {
            assertThat(r.statusCode()).as(r.request().method() + " " + r.uri()).isEqualTo(404);
            assertThat(SimClient.json(r).get("message").asText()).isNotBlank();
        }
        HttpRequest outsideApi = HttpRequest.newBuilder(URI.create(sim.baseUrl().replace("/api", "/seances" + list)))
                .header("Authorization", SimClient.basic(USER, PASSWORD)).build();
        assertThat(client.send(HttpRequest.newBuilder(outsideApi, (n, v) -> true)).statusCode()).isEqualTo(404);
    }

    @Test
    void requestsAreRecordedWithTheProxyHeaderAndCanBeCleared() throws Exception {
        client.get("/motifs-absence?x=1");
        client.header("Via", "1.1 squid").get("/motifs-absence");
        client.header("X-Forwarded-For", "10.0.0.7").put("/seances/nope/presences", "{}");
        anonymous.get("/motifs-absence");

        assertThat(sim.requests()).containsExactly(
                new RecordedRequest("GET", "/api/motifs-absence", "x=1", "", 200, null),
                new RecordedRequest("GET", "/api/motifs-absence", "", "", 200, "1.1 squid"),
                new RecordedRequest("PUT", "/api/seances/nope/presences", "", "{}", 404, "10.0.0.7"),
                new RecordedRequest("GET", "/api/motifs-absence", "", "", 401, null));
        sim.clearRequests();
        assertThat(sim.requests()).isEmpty();
    }

    @Test
    void injectedFaultsAnswerOnTheChosenRequestBeforeAuthentication() throws Exception {
        sim.setFaultInjector(FaultInjector.onRequest(2, Fault.status(503, "{\"message\":\"maintenance\"}")
                .withHeader("Retry-After", "1")));

        assertThat(client.get("/motifs-absence").statusCode()).isEqualTo(200);
        HttpResponse<String> second = anonymous.get("/motifs-absence");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.body()).isEqualTo("{\"message\":\"maintenance\"}");
        assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(client.get("/motifs-absence").statusCode()).isEqualTo(200);

        sim.setFaultInjector(FaultInjector.onPath("PUT", "/api/seances/", Fault.dropConnection()));
        assertThatThrownBy(() -> client.put("/seances/S-2026-004711/presences", "{\"apprenants\":[],\"formateurs\":[]}"))
                .isInstanceOf(IOException.class);
        assertThat(client.get("/motifs-absence").statusCode()).isEqualTo(200);
        assertThat(sim.requests()).extracting(RecordedRequest::status).containsExactly(200, 503, 200, 0, 200);
        assertThat(sim.data().presenceWrites()).isEmpty();

        sim.setFaultInjector((method, path, n) -> Optional.of(Fault.status(500)));
        HttpResponse<String> noBody = client.get("/motifs-absence");
        assertThat(noBody.statusCode()).isEqualTo(500);
        assertThat(noBody.body()).isEmpty();
        sim.setFaultInjector(null);
        assertThat(client.get("/motifs-absence").statusCode()).isEqualTo(200);
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        sim.setLatencyMillis(80);
        long started = System.nanoTime();

        client.get("/motifs-absence");

        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(80);
    }

    private List<String> ids(String from, String to) throws Exception {
        HttpResponse<String> r = client.get("/seances?dateDebut=" + from + "&dateFin=" + to);
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        SimClient.json(r).get("items").forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    private static FcaSeance contractSeance(String id, OffsetDateTime start) {
        return FcaSeance.builder(id).intitule("Droit des contrats - TD 3").debut(start).fin(start.plusMinutes(210))
                .salle("B204").action("DU-DROIT-2025", "DU Droit des affaires", "2025")
                .activite("DU-DROIT", "DU Droit des affaires")
                .enseignement("ENS-CONTRATS", "Droit des contrats", MARTIN).formateurs(MARTIN)
                .groupes(new FcaGroupe("G-DU-DROIT-A", "DU Droit A"))
                .dateCreation(OffsetDateTime.parse("2026-03-12T10:00:00+01:00"))
                .dateModification(OffsetDateTime.parse("2026-03-20T08:30:00+01:00")).build();
    }
}
