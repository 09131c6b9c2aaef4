package org.edusignconnector.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import org.edusignconnector.sync.TenantRunLock.Holder;

/**
 * The rows of {@code tenant_run_lock}, one per tenant: every expiry is computed on the database's
 * clock ({@code CURRENT_TIMESTAMP}), never on an instance's, so instances with skewed clocks agree
 * on which lease expired.
 */
final class LeaseRows {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String LEASE_END = "CURRENT_TIMESTAMP + CAST(? AS INTEGER) * INTERVAL '1' SECOND";

    /** A tenant's row, and whether its lease had expired when it was read. */
    record Row(Holder holder, boolean expired) {
    }

    private final DataSource dataSource;
    private final String owner;
    private final int leaseSeconds;

    LeaseRows(DataSource dataSource, String owner, int leaseSeconds) {
        this.dataSource = dataSource;
        this.owner = owner;
        this.leaseSeconds = leaseSeconds;
    }

    /** Inserts the tenant's row for the run; false when the tenant already has one (the primary key refused it). */
    boolean insert(String tenant, String runId) {
        try {
            execute("INSERT INTO tenant_run_lock (tenant, run_id, owner, acquired_at, expires_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP, "
                    + LEASE_END + ")", tenant, runId, owner, leaseSeconds);
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("run lock of tenant '" + tenant + "' failed: " + e.getMessage(), e);
        }
    }

    /** Takes the row over from the stale run, only if that run still holds it and its lease expired: of two instances, one wins. */
    boolean takeOver(String tenant, String runId, String staleRunId) {
        try {
            return execute("UPDATE tenant_run_lock SET run_id = ?, owner = ?, acquired_at = CURRENT_TIMESTAMP, expires_at = " + LEASE_END
                    + " WHERE tenant = ? AND run_id = ? AND expires_at < CURRENT_TIMESTAMP", runId, owner, leaseSeconds, tenant, staleRunId) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("run lock of tenant '" + tenant + "' failed: " + e.getMessage(), e);
        }
    }

    /** Pushes the run's lease back by one lease; false when the row is gone or another run holds it. */
    boolean renew(String tenant, String runId) throws SQLException {
        return execute("UPDATE tenant_run_lock SET expires_at = " + LEASE_END + " WHERE tenant = ? AND run_id = ?",
                leaseSeconds, tenant, runId) == 1;
    }

    void delete(String tenant, String runId) throws SQLException {
        execute("DELETE FROM tenant_run_lock WHERE tenant = ? AND run_id = ?", tenant, runId);
    }

    void deleteAll() throws SQLException {
        execute("DELETE FROM tenant_run_lock");
    }

    Optional<Row> read(String tenant) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT run_id, owner, expires_at,"
                     + " CASE WHEN expires_at < CURRENT_TIMESTAMP THEN 1 ELSE 0 END FROM tenant_run_lock WHERE tenant = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(new Holder(tenant, rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)),
                        rs.getInt(4) == 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("run lock of tenant '" + tenant + "' could not be read: " + e.getMessage(), e);
        }
    }

    private int execute(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
