package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What another instance sharing the database leaves in it, as this runtime sees it: a live run
 * lease of another instance refuses the tenant (409 naming that instance), an expired one (its
 * instance died) is taken over and the dead run is closed as abandoned.
 */
class SharedDatabaseTest {

    private final HttpClient http = HttpClient.newHttpClient();
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
    void aRunOfAnotherInstanceRefusesTheTenantWith409NamingIt() throws Exception {
        lease("other-run", "node-b:4242", 60);

        HttpResponse<String> refused = postSync();

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("tenant 'acme' is already running on instance node-b:4242 (run other-run)");
        assertThat(acme.school().courses()).isEmpty();

        execute("DELETE FROM tenant_run_lock WHERE tenant = 'acme'");
        assertThat(postSync().statusCode()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM tenant_run_lock")).as("released at the end of the run").isZero();
    }

    @Test
    void theExpiredLeaseOfADeadInstanceIsTakenOverAndItsRunClosedAsAbandoned() throws Exception {
        execute("INSERT INTO sync_run (run_id, tenant, direction, trigger_name, dry_run, started_at, status, instance_id)"
                + " VALUES ('dead-run', 'acme', 'down', 'schedule', FALSE, CURRENT_TIMESTAMP, 'RUNNING', 'node-b:4242')");
        lease("dead-run", "node-b:4242", -1);

        RunSummary run = acme.runtime.sync("acme");

        assertThat(run.status()).isEqualTo("COMPLETED");
        try (Connection c = acme.runtime.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT status, message, ended_at FROM sync_run WHERE run_id = 'dead-run'");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("FAILED");
            assertThat(rs.getString(2)).contains("abandoned").contains("node-b:4242").contains(run.runId());
            assertThat(rs.getObject(3)).isNotNull();
        }
        EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
        assertThat(events.page("acme", 0, 50, "RUN_FAILED", null)).singleElement()
                .satisfies(e -> assertThat(e.runId()).isEqualTo("dead-run"));
        assertThat(acme.school().courses()).hasSize(3);
    }

    /** A lease row as another instance writes it, expiring in {@code seconds} (negative: expired). */
    private void lease(String runId, String owner, int seconds) throws Exception {
        execute("INSERT INTO tenant_run_lock (tenant, run_id, owner, acquired_at, expires_at) VALUES ('acme', '" + runId + "', '" + owner
                + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + " + seconds + " * INTERVAL '1' SECOND)");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = acme.runtime.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = acme.runtime.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private HttpResponse<String> postSync() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + acme.runtime.httpPort() + "/api/tenants/acme/sync"))
                .header("Authorization", "Bearer " + org.edusignconnector.testing.RuntimeHarness.ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
