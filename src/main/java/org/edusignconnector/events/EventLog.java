package org.edusignconnector.events;

import org.edusignconnector.common.Texts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The per-tenant event and error log, stored in the database and read newest first. */
public class EventLog {

    private static final int MAX_MESSAGE = 2000;

    private final DataSource dataSource;
    private final Clock clock;

    public EventLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records an event of a run; a dry run keeps it in its plan instead, writing nothing. */
    public void record(LoggedRun run, String kind, String sourceId, String reason, String message) {
        if (run.dryRun()) {
            run.plan(new PlannedItem(kind, sourceId, reason, message));
            return;
        }
        record(run.tenantName(), run.runId(), kind, sourceId, reason, message);
    }

    public void record(String tenant, String runId, String kind, String sourceId, String reason, String message) {
        String text = Texts.cut(message, MAX_MESSAGE);
        String source = Texts.prefix(sourceId, 400);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO sync_event (tenant, run_id, occurred_at, kind, source_id, reason, message)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            ps.setString(2, runId);
            ps.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.setString(4, kind);
            ps.setString(5, source);
            ps.setString(6, reason);
            ps.setString(7, text);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("event log write failed: " + e.getMessage(), e);
        }
    }

    /** A page of the tenant's events, newest first; {@code reason} and {@code sourceId} filter when not null. */
    public List<SyncEvent> page(String tenant, int page, int size, String reason, String sourceId) {
        StringBuilder sql = new StringBuilder("SELECT event_id, tenant, run_id, occurred_at, kind, source_id, reason, message"
                + " FROM sync_event WHERE tenant = ?");
        List<Object> args = new ArrayList<>(List.of(tenant));
        if (reason != null) {
            sql.append(" AND reason = ?");
            args.add(reason);
        }
        if (sourceId != null) {
            sql.append(" AND source_id = ?");
            args.add(sourceId);
        }
        sql.append(" ORDER BY event_id DESC LIMIT ? OFFSET ?");
        args.add(size);
        args.add((long) page * size);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<SyncEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime at = rs.getObject(4, OffsetDateTime.class);
                    out.add(new SyncEvent(rs.getLong(1), rs.getString(2), rs.getString(3), at == null ? null : at.toInstant(),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("event log read failed: " + e.getMessage(), e);
        }
    }

    public Instant now() {
        return clock.instant();
    }
}
