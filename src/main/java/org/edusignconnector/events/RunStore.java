package org.edusignconnector.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The sync_run table: one row per run, written at its start and its end. */
public class RunStore {

    private final DataSource dataSource;
    private final ObjectMapper json;

    public RunStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public void started(SyncRun run) {
        if (run.dryRun()) {
            return;
        }
        execute("INSERT INTO sync_run (run_id, tenant, direction, trigger_name, dry_run, started_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                run.runId(), run.tenantName(), run.direction(), run.trigger(), run.dryRun(),
                OffsetDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC), run.status().name());
    }

    public void ended(SyncRun run) {
        if (run.dryRun()) {
            return;
        }
        String counts;
        try {
            counts = json.writeValueAsString(RunSummary.of(run).counts());
        } catch (Exception e) {
            counts = "{}";
        }
        String message = run.message() == null ? null : run.message().length() > 2000 ? run.message().substring(0, 2000) : run.message();
        execute("UPDATE sync_run SET ended_at = ?, status = ?, counts = ?, message = ? WHERE run_id = ?",
                OffsetDateTime.ofInstant(run.endedAt(), ZoneOffset.UTC), run.status().name(), counts, message, run.runId());
    }

    /** The tenant's last runs, newest first, as stored rows. */
    public List<StoredRun> last(String tenant, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT run_id, direction, trigger_name, dry_run, started_at, ended_at, status, counts, message"
                     + " FROM sync_run WHERE tenant = ? ORDER BY started_at DESC, run_seq DESC LIMIT ?")) {
            ps.setString(1, tenant);
            ps.setInt(2, limit);
            List<StoredRun> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime started = rs.getObject(5, OffsetDateTime.class);
                    OffsetDateTime ended = rs.getObject(6, OffsetDateTime.class);
                    out.add(new StoredRun(rs.getString(1), tenant, rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            started == null ? null : started.toInstant(), ended == null ? null : ended.toInstant(),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("run log read failed: " + e.getMessage(), e);
        }
    }

    private void execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("run log write failed: " + e.getMessage(), e);
        }
    }

    public record StoredRun(String runId, String tenant, String direction, String trigger, boolean dryRun,
                            java.time.Instant startedAt, java.time.Instant endedAt, String status, String counts, String message) {
    }
}
