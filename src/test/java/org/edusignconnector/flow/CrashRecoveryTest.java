package org.edusignconnector.flow;

import org.edusignconnector.edusign.ApiIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.edusign.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write whose outcome the runtime never learnt (answer lost, process killed between the Edusign
 * POST and the ledger write) never becomes a duplicate: the intent recorded before the POST is
 * resolved through GET /v1/course/get-id/{API_ID}.
 */
class CrashRecoveryTest {

    private static final String MONDAY_KEY = "tt1/" + CelcatSchool.MONDAY_TD;
    private static final String MONDAY_API_ID = ApiIds.of("celcat", "acme", "course", MONDAY_KEY);

    private AcmeFixture acme;

    @BeforeEach
    void start() {
        acme = new AcmeFixture();
        acme.runtime.start();
    }

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void aPostWhoseAnswerIsLostIsFoundAgainNotSentTwice() {
        acme.edusign.setFaultInjector((method, path, n) -> method.equals("POST") && path.equals("/v1/course")
                && acme.requests("POST", "/v1/course").isEmpty() ? Optional.of(new Fault.AppliedThenLost(502)) : Optional.empty());

        RunSummary run = acme.runtime.sync("acme");

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(acme.school().courses()).hasSize(3);
        assertThat(acme.school().courses()).extracting(c -> c.get("API_ID").asText()).doesNotHaveDuplicates();
        assertThat(acme.requests("GET", "/v1/course/get-id/")).hasSize(1);
        assertThat(acme.requests("POST", "/v1/course")).hasSize(3);
    }

    @Test
    void aCrashAfterThePostAndBeforeTheLedgerWriteLeavesNoDuplicate() throws Exception {
        acme.runtime.sync("acme");
        String sheet = sheetId(MONDAY_API_ID);
        leaveStateOfACrashAfterThePost(MONDAY_KEY);
        acme.runtime.stop();
        acme.edusign.clearRequests();

        acme.runtime.start();
        RunSummary next = acme.runtime.sync("acme");

        assertThat(next.status()).isEqualTo("COMPLETED");
        assertThat(acme.requests("POST", "/v1/course")).isEmpty();
        assertThat(acme.requests("GET", "/v1/course")).as("found in the window's course list")
                .anySatisfy(r -> assertThat(r.query()).contains("start=").doesNotContain("filters"));
        assertThat(coursesWithApiId(MONDAY_API_ID)).singleElement().satisfies(c -> assertThat(c.get("ID").asText()).isEqualTo(sheet));
        assertThat(ledgerState(MONDAY_KEY)).isEqualTo("SYNCED|" + sheet);
    }

    @Test
    void aCrashAfterTheIntentAndBeforeThePostCreatesTheSheetOnce() throws Exception {
        acme.runtime.sync("acme");
        String sheet = sheetId(MONDAY_API_ID);
        leaveStateOfACrashAfterThePost(MONDAY_KEY);
        deleteOnEdusign(sheet);
        acme.runtime.stop();
        acme.edusign.clearRequests();

        acme.runtime.start();
        acme.runtime.sync("acme");

        assertThat(acme.requests("POST", "/v1/course")).hasSize(1);
        assertThat(coursesWithApiId(MONDAY_API_ID)).hasSize(1);
        assertThat(ledgerState(MONDAY_KEY)).startsWith("SYNCED|").isNotEqualTo("SYNCED|" + sheet);
    }

    /** What the ledger and the idempotent repository hold when the process died right after the POST. */
    private void leaveStateOfACrashAfterThePost(String sourceKey) throws Exception {
        try (Connection c = acme.runtime.dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_ledger SET state = 'PENDING', edusign_id = NULL, fingerprint = NULL,"
                    + " source_fingerprint = NULL WHERE tenant = 'acme' AND kind = 'COURSE' AND source_key = ?")) {
                ps.setString(1, sourceKey);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'acme-downstream' AND messageId LIKE ?")) {
                ps.setString(1, sourceKey + "@%");
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private void deleteOnEdusign(String sheet) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(acme.edusign.baseUrl() + "/v1/course/" + sheet))
                .header("Authorization", "Bearer " + AcmeFixture.KEY).DELETE().build();
        assertThat(client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body()).contains("success");
    }

    private String ledgerState(String sourceKey) throws Exception {
        try (Connection c = acme.runtime.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT state, edusign_id FROM sync_ledger WHERE tenant = 'acme' AND kind = 'COURSE' AND source_key = ?")) {
            ps.setString(1, sourceKey);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1) + "|" + rs.getString(2);
            }
        }
    }

    private List<ObjectNode> coursesWithApiId(String apiId) {
        return acme.school().courses().stream().filter(c -> apiId.equals(c.path("API_ID").asText())).toList();
    }

    private String sheetId(String apiId) {
        return coursesWithApiId(apiId).get(0).get("ID").asText();
    }
}
