package org.edusignconnector.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

/** The deletions the guard is holding, one row per tenant, until confirmed or no longer needed. */
public class DeletionHolds {

    private final DataSource dataSource;
    private final Clock clock;

    public DeletionHolds(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public record Hold(String tenant, String runId, int heldCount, int futureCount, Instant heldAt) {
    }

    public void hold(String tenant, String runId, int heldCount, int futureCount) {
        release(tenant);
        execute("INSERT INTO deletion_hold (tenant, run_id, held_count, future_count, held_at) VALUES (?, ?, ?, ?, ?)",
                tenant, runId, heldCount, futureCount, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    public void release(String tenant) {
        execute("DELETE FROM deletion_hold WHERE tenant = ?", tenant);
    }

    public Optional<Hold> find(String tenant) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT run_id, held_count, future_count, held_at FROM deletion_hold WHERE tenant = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Hold(tenant, rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("deletion holds read failed: " + e.getMessage(), e);
        }
    }

    private void execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("deletion holds write failed: " + e.getMessage(), e);
        }
    }
}
