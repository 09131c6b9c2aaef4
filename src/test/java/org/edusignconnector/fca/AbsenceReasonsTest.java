package org.edusignconnector.fca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.impl.DefaultCamelContext;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.edusign.ScriptedGateway;
import org.junit.jupiter.api.Test;

/** The justified absence reasons read from FCA Manager's {@code /motifs-absence}, and how an Edusign reason finds one. */
class AbsenceReasonsTest {

    private static final String MOTIFS = """
            [{"id": "M1", "code": "MAL", "libelle": "Maladie", "justifie": true},
             {"id": "M2", "code": "RDV", "libelle": "Rendez-vous médical", "justifie": true},
             {"id": "M3", "code": "NJ", "libelle": "Absence non justifiée", "justifie": false},
             {"id": "M4", "code": "TRA", "libelle": "Transport"},
             {"code": "SANS", "libelle": "Sans identifiant", "justifie": true}]
            """;

    private final ScriptedGateway gateway = new ScriptedGateway(new DefaultCamelContext());

    @Test
    void onlyJustifiedReasonsWithAnIdAreKept() {
        AbsenceReasons reasons = load(200, MOTIFS);

        assertThat(reasons.all()).containsExactly(new AbsenceReason("M1", "MAL", "Maladie"),
                new AbsenceReason("M2", "RDV", "Rendez-vous médical"));
        assertThat(gateway.calls()).singleElement().asString().startsWith("GET /api/motifs-absence?page=0");
    }

    @Test
    void aReasonIsFoundByItsIdOrByItsLabelWhateverTheCase() {
        AbsenceReasons reasons = load(200, MOTIFS);

        assertThat(reasons.find("M2")).map(AbsenceReason::id).contains("M2");
        assertThat(reasons.find("  maladie ")).map(AbsenceReason::id).contains("M1");
        assertThat(reasons.find("RENDEZ-VOUS MÉDICAL")).map(AbsenceReason::id).contains("M2");
        assertThat(reasons.find("m1")).as("ids are exact").isEmpty();
        assertThat(reasons.find("MAL")).as("a code is not a label").isEmpty();
        assertThat(reasons.find("Absence non justifiée")).as("not justified").isEmpty();
        assertThat(reasons.find(" ")).isEmpty();
        assertThat(reasons.find(null)).isEmpty();
    }

    @Test
    void anFcaWithoutTheListSaysSo() {
        assertThatThrownBy(() -> load(404, "{\"message\":\"Ressource inconnue\"}"))
                .isInstanceOf(SourceDataException.class).hasMessage("FCA Manager has no /motifs-absence (404)");
    }

    private AbsenceReasons load(int status, String body) {
        gateway.answer(status, body);
        FcaClient client = new FcaClient(gateway, new ObjectMapper(), "https://fca.example/api/", "robot", "secret", "acme",
                200, FcaClient.DEFAULT_MAX_ITEMS, null);
        return AbsenceReasons.load(client);
    }
}
