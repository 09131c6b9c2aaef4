package org.edusignconnector.events;

import org.edusignconnector.common.Texts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sync_run table: one row per run, written at its start and its end, with the instance that ran
 * it and, for a scheduled run, the Quartz fire time it answered.
 */
public class RunStore {

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final String instanceId;

    public RunStore(DataSource dataSource, ObjectMapper json) {
        this(dataSource, json, null);
    }

    public RunStore(DataSource dataSource, ObjectMapper json, String instanceId) {
        this.dataSource = dataSource;
        this.json = json;
        this.instanceId = instanceId;
    }

    public void started(RunSummary run) {
        started(run, null);
    }

    /** Records the start; {@code scheduledAt} is the fire time of a scheduled run, else null. */
    public void started(RunSummary run, Instant scheduledAt) {
        if (run.dryRun()) {
            return;
        }
        execute("INSERT INTO sync_run (run_id, tenant, direction, trigger_name, dry_run, started_at, status, instance_id, scheduled_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run.runId(), run.tenant(), run.direction(), run.trigger(), run.dryRun(),
                OffsetDateTime.ofInstant(run.startedAt(), ZoneOffset.UTC), run.status(), text(instanceId),
                scheduledAt == null ? new TypedNull(Types.TIMESTAMP_WITH_TIMEZONE) : OffsetDateTime.ofInstant(scheduledAt, ZoneOffset.UTC));
    }

    /**
     * Closes a run that its instance left unfinished (killed, or cut off from the database past its
     * lease) as FAILED with {@code message}; a run already closed is left as it is.
     */
    public boolean abandoned(String runId, Instant at, String message) {
        return execute("UPDATE sync_run SET ended_at = ?, status = 'FAILED', message = ? WHERE run_id = ? AND status = 'RUNNING'",
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC), message, runId) == 1;
    }

    public void ended(RunSummary run) {
        if (run.dryRun()) {
            return;
        }
        String counts;
        try {
            counts = json.writeValueAsString(run.counts());
        } catch (Exception e) {
            counts = "{}";
        }
        String message = Texts.cut(run.message(), 2000);
        execute("UPDATE sync_run SET ended_at = ?, status = ?, counts = ?, message = ? WHERE run_id = ?",
                OffsetDateTime.ofInstant(run.endedAt(), ZoneOffset.UTC), run.status(), counts, text(message), run.runId());
    }

    /** The tenant's last runs, newest first, as stored rows. */
    public List<StoredRun> last(String tenant, int limit) {
        return select(tenant, "WHERE tenant = ? ORDER BY started_at DESC, run_seq DESC LIMIT ?", tenant, limit);
    }

    /** The tenant's last run that COMPLETED, however many failed since. */
    public java.util.Optional<StoredRun> lastCompleted(String tenant) {
        return select(tenant, "WHERE tenant = ? AND status = 'COMPLETED' ORDER BY started_at DESC, run_seq DESC LIMIT 1", tenant)
                .stream().findFirst();
    }

    /** The tenant's last finished run in {@code direction} ("down" or "up"), however many of the other came since. */
    public java.util.Optional<StoredRun> lastFinished(String tenant, String direction) {
        return select(tenant, "WHERE tenant = ? AND direction = ? AND status <> 'RUNNING' ORDER BY started_at DESC, run_seq DESC LIMIT 1",
                tenant, direction).stream().findFirst();
    }

    /** One run of the tenant, by its id. */
    public java.util.Optional<StoredRun> find(String tenant, String runId) {
        return select(tenant, "WHERE tenant = ? AND run_id = ?", tenant, runId).stream().findFirst();
    }

    private List<StoredRun> select(String tenant, String where, Object... args) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT run_id, direction, trigger_name, dry_run, started_at, ended_at, status, counts, message,"
                     + " instance_id, scheduled_at FROM sync_run " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<StoredRun> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime started = rs.getObject(5, OffsetDateTime.class);
                    OffsetDateTime ended = rs.getObject(6, OffsetDateTime.class);
                    OffsetDateTime scheduled = rs.getObject(11, OffsetDateTime.class);
                    out.add(new StoredRun(rs.getString(1), tenant, rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            started == null ? null : started.toInstant(), ended == null ? null : ended.toInstant(),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            scheduled == null ? null : scheduled.toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("run log read failed: " + e.getMessage(), e);
        }
    }

    private static Object text(String value) {
        return value == null ? new TypedNull(Types.VARCHAR) : value;
    }

    /** A null of a known SQL type: the same on H2 and PostgreSQL. */
    private record TypedNull(int sqlType) {
    }

    private int execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof TypedNull n) {
                    ps.setNull(i + 1, n.sqlType());
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("run log write failed: " + e.getMessage(), e);
        }
    }

    public record StoredRun(String runId, String tenant, String direction, String trigger, boolean dryRun,
                            Instant startedAt, Instant endedAt, String status, String counts, String message,
                            String instanceId, Instant scheduledAt) {
    }
}
