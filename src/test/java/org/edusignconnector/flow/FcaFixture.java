package org.edusignconnector.flow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.sim.edusign.SchoolState;
import org.edusignconnector.sim.fca.FcaData;
import org.edusignconnector.sim.fca.FcaFormateur;
import org.edusignconnector.sim.fca.FcaGroupe;
import org.edusignconnector.sim.fca.FcaInscription;
import org.edusignconnector.sim.fca.FcaPerson;
import org.edusignconnector.sim.fca.FcaSeance;
import org.edusignconnector.sim.fca.FcaSimulator;
import org.edusignconnector.testing.RuntimeHarness;

/**
 * The "univ" tenant of src/test/resources/tenants/fca.yaml against simulated FCA Manager and
 * Edusign, run on Sunday 2026-03-22 (window 23 March .. 5 April, across the spring DST change).
 */
final class FcaFixture implements AutoCloseable {

    static final String KEY = "key-univ";
    static final String PASSWORD = "fca-secret-password";
    static final String NOW = "2026-03-22T10:00:00Z";
    static final String S_MONDAY = "S-MON";
    static final String S_NO_TRAINER = "S-NO-TRAINER";
    static final String S_OTHER_ACTIVITY = "S-OTHER";

    static final FcaFormateur CLAIRE = new FcaFormateur("F-17", "Martin", "Claire", "c.martin@univ.example", true);
    static final FcaFormateur BRUNO = new FcaFormateur("F-18", "Petit", "Bruno", "b.petit@univ.example", false);
    static final FcaPerson ALICE = new FcaPerson("A-1", "Durand", "Alice", "alice.durand@etu.example", null);
    static final FcaPerson BASILE = new FcaPerson("A-2", "Leroy", "Basile", "basile.leroy@etu.example", null);
    static final FcaPerson CAMILLE = new FcaPerson("A-3", "Moreau", "Camille", "camille.moreau@etu.example", null);
    static final FcaPerson DORA = new FcaPerson("A-4", "Roux", "Dora", "dora.roux@etu.example", "+33622222222");

    final EdusignSimulator edusign = EdusignSimulator.start(0);
    final FcaSimulator fca = FcaSimulator.start(0, "connector", PASSWORD);
    final RuntimeHarness runtime = RuntimeHarness.create();

    FcaFixture() {
        System.setProperty("UNIV_EDUSIGN_API_KEY", KEY);
        System.setProperty("UNIV_FCA_PASSWORD", PASSWORD);
        edusign.addSchool(KEY);
        populate(fca.data());
        configure(runtime);
    }

    /** Another runtime for the same tenant and simulators, on a database of its own (a restore, a moved server). */
    RuntimeHarness newRuntime() {
        return configure(RuntimeHarness.create());
    }

    private RuntimeHarness configure(RuntimeHarness harness) {
        return harness.property("test.fca.url", fca.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .clock(NOW).tenantFile("fca.yaml");
    }

    static void populate(FcaData d) {
        d.addMotif("M-1", "MAL", "Maladie", true).addMotif("M-2", "CONV", "Convenance personnelle", false);
        d.addSeance(seance(S_MONDAY, LocalDate.of(2026, 3, 23), 9, 0, 12, 30).intitule("Droit des contrats - TD 1")
                .salle("B204").action("DU-DROIT-2025", "DU Droit des affaires", "2025").activite("DU-DROIT", "DU Droit")
                .enseignement("ENS-CONTRATS", "Droit des contrats", CLAIRE).formateurs(CLAIRE)
                .groupes(new FcaGroupe("G-A", "DU Droit A")).build());
        d.addSeance(seance(S_NO_TRAINER, LocalDate.of(2026, 3, 31), 14, 0, 17, 30).intitule("Droit des contrats - TD 2")
                .salle("B204").action("DU-DROIT-2025", "DU Droit des affaires", "2025").activite("DU-DROIT", "DU Droit")
                .enseignement("ENS-CONTRATS", "Droit des contrats", BRUNO).formateurs().build());
        d.addSeance(seance(S_OTHER_ACTIVITY, LocalDate.of(2026, 3, 24), 9, 0, 12, 30).intitule("Management - CM")
                .salle(null).action("LP-GRH-2025", "LP GRH", "2025").activite("LP-GRH", "LP Ressources humaines")
                .enseignement("ENS-MGT", "Management", CLAIRE).formateurs(CLAIRE).build());
        d.setInscriptions("DU-DROIT-2025", List.of(
                new FcaInscription(ALICE, FcaInscription.CONFIRMEE, "G-A"),
                new FcaInscription(BASILE, FcaInscription.NON_CONFIRMEE, "G-A"),
                new FcaInscription(CAMILLE, FcaInscription.ANNULEE, null),
                new FcaInscription(DORA, FcaInscription.CONFIRMEE, null)));
        d.setInscriptions("LP-GRH-2025", List.of(new FcaInscription(ALICE, FcaInscription.CONFIRMEE, null)));
    }

    static FcaSeance.Builder seance(String id, LocalDate day, int h1, int m1, int h2, int m2) {
        return FcaSeance.builder(id).debut(FcaSeance.paris(LocalDateTime.of(day, java.time.LocalTime.of(h1, m1))))
                .fin(FcaSeance.paris(LocalDateTime.of(day, java.time.LocalTime.of(h2, m2))));
    }

    SchoolState school() {
        return edusign.school(KEY);
    }

    List<RecordedRequest> writes() {
        return edusign.requests(KEY).stream().filter(RecordedRequest::isWrite).toList();
    }

    List<RecordedRequest> requests(String method, String pathPrefix) {
        Predicate<RecordedRequest> match = r -> r.method().equals(method) && r.path().startsWith(pathPrefix);
        return edusign.requests(KEY).stream().filter(match).toList();
    }

    com.fasterxml.jackson.databind.node.ObjectNode course(String name) {
        return school().courses().stream().filter(c -> c.get("NAME").asText().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        runtime.close();
        fca.close();
        edusign.close();
    }
}
