package org.edusignconnector.attendance;

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

/**
 * The journal of write-backs sent and not yet confirmed: how a run knows that the write it is about to
 * send was already attempted by an earlier run that never saw the answer (killed, or the answer was
 * lost). Celcat is then read back and written only if the register lacks the marks; FCA Manager, which
 * cannot be read back, gets the identical body again. Either way the repeat is recorded instead of
 * passing unnoticed.
 */
public class AttendanceAttempts {

    /** An earlier, unconfirmed attempt of the same sheet and content. */
    public record Attempt(String runId, Instant attemptedAt, int attempts) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public AttendanceAttempts(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Stores this attempt (committed before the write is sent) and answers the earlier unconfirmed one, if any.
     */
    public Optional<Attempt> begin(String tenant, String sheetId, String fingerprint, String runId) {
        Optional<Attempt> earlier = find(tenant, sheetId, fingerprint);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (earlier.isPresent()) {
            execute("UPDATE attendance_attempt SET run_id = ?, attempted_at = ?, attempts = attempts + 1"
                    + " WHERE tenant = ? AND sheet_id = ? AND fingerprint = ?", runId, now, tenant, sheetId, fingerprint);
        } else {
            execute("INSERT INTO attendance_attempt (tenant, sheet_id, fingerprint, run_id, attempted_at, attempts)"
                    + " VALUES (?, ?, ?, ?, ?, 1)", tenant, sheetId, fingerprint, runId, now);
        }
        return earlier;
    }

    /** Answers the unconfirmed attempt of this sheet and content, if any. */
    public Optional<Attempt> find(String tenant, String sheetId, String fingerprint) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT run_id, attempted_at, attempts FROM attendance_attempt"
                     + " WHERE tenant = ? AND sheet_id = ? AND fingerprint = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, sheetId);
            ps.setString(3, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Attempt(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("attendance attempts read failed: " + e.getMessage(), e);
        }
    }

    /** The write is settled (its key is stored, or the source refused it for good): nothing left to recover. */
    public void settle(String tenant, String sheetId, String fingerprint) {
        execute("DELETE FROM attendance_attempt WHERE tenant = ? AND sheet_id = ? AND fingerprint = ?", tenant, sheetId, fingerprint);
    }

    private int execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("attendance attempts write failed: " + e.getMessage(), e);
        }
    }
}
