package org.edusignconnector.ledger;

import org.edusignconnector.common.Texts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.edusignconnector.ledger.ObjectKind;

/**
 * The (tenant, kind, source key) → Edusign id + fingerprint table. Every write to Edusign is
 * bracketed by it: intent before, result after, so a crash between two steps is resolved on the
 * next run instead of producing a duplicate.
 */
public class Ledger {

    private static final String COLUMNS = "tenant, kind, source_key, api_id, edusign_id, fingerprint, source_fingerprint, state, starts_at, label, adopted, updated_at";

    private final DataSource dataSource;
    private final Clock clock;

    public Ledger(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public Optional<LedgerEntry> find(String tenant, ObjectKind kind, String sourceKey) {
        List<LedgerEntry> rows = query("SELECT " + COLUMNS + " FROM sync_ledger WHERE tenant = ? AND kind = ? AND source_key = ?",
                tenant, kind.name(), sourceKey);
        return rows.stream().findFirst();
    }

    /** Records the intent to create, before the POST. */
    public void recordIntent(String tenant, ObjectKind kind, String sourceKey, String apiId, Instant startsAt, String label) {
        upsert(tenant, kind, sourceKey, apiId, null, null, null, LedgerState.PENDING, startsAt, label, false);
    }

    public void markSynced(String tenant, ObjectKind kind, String sourceKey, String apiId, String edusignId,
                           String fingerprint, Instant startsAt, String label, boolean adopted) {
        markSynced(tenant, kind, sourceKey, apiId, edusignId, fingerprint, null, startsAt, label, adopted);
    }

    public void markSynced(String tenant, ObjectKind kind, String sourceKey, String apiId, String edusignId,
                           String fingerprint, String sourceFingerprint, Instant startsAt, String label, boolean adopted) {
        upsert(tenant, kind, sourceKey, apiId, edusignId, fingerprint, sourceFingerprint, LedgerState.SYNCED, startsAt, label, adopted);
    }

    public void markState(String tenant, ObjectKind kind, String sourceKey, LedgerState state) {
        update("UPDATE sync_ledger SET state = ?, updated_at = ? WHERE tenant = ? AND kind = ? AND source_key = ?",
                state.name(), now(), tenant, kind.name(), sourceKey);
    }

    /** Instructor slots the last write of that course filled; null when not known (rows older than the column). */
    public Integer professorSlots(String tenant, String sourceKey) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT professor_slots FROM sync_ledger WHERE tenant = ? AND kind = ? AND source_key = ?")) {
            bind(ps, tenant, ObjectKind.COURSE.name(), sourceKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int slots = rs.getInt(1);
                return rs.wasNull() ? null : slots;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed: " + e.getMessage(), e);
        }
    }

    public void recordProfessorSlots(String tenant, String sourceKey, int slots) {
        update("UPDATE sync_ledger SET professor_slots = ? WHERE tenant = ? AND kind = ? AND source_key = ?",
                slots, tenant, ObjectKind.COURSE.name(), sourceKey);
    }

    /** Courses on Edusign (or being deleted) whose start falls in [from, until). */
    public List<LedgerEntry> coursesStartingBetween(String tenant, Instant from, Instant until) {
        return query("SELECT " + COLUMNS + " FROM sync_ledger WHERE tenant = ? AND kind = ? AND state IN ('SYNCED', 'DELETING', 'PENDING')"
                        + " AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, source_key",
                tenant, ObjectKind.COURSE.name(), ts(from), ts(until));
    }

    public List<LedgerEntry> inState(String tenant, ObjectKind kind, LedgerState state) {
        return query("SELECT " + COLUMNS + " FROM sync_ledger WHERE tenant = ? AND kind = ? AND state = ? ORDER BY source_key",
                tenant, kind.name(), state.name());
    }

    /** Edusign id → source key of the objects of a kind this connector made or adopted for the tenant. */
    public java.util.Map<String, String> sourceKeysByEdusignId(String tenant, ObjectKind kind) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (LedgerEntry e : query("SELECT " + COLUMNS + " FROM sync_ledger WHERE tenant = ? AND kind = ? AND edusign_id IS NOT NULL",
                tenant, kind.name())) {
            out.put(e.edusignId(), e.sourceKey());
        }
        return out;
    }

    public long count(String tenant, ObjectKind kind, LedgerState state) {
        return inState(tenant, kind, state).size();
    }

    private void upsert(String tenant, ObjectKind kind, String sourceKey, String apiId, String edusignId, String fingerprint,
                        String sourceFingerprint, LedgerState state, Instant startsAt, String label, boolean adopted) {
        String shortLabel = Texts.cut(label, 400);
        int updated = update("UPDATE sync_ledger SET api_id = ?, edusign_id = COALESCE(?, edusign_id), fingerprint = ?, source_fingerprint = ?, state = ?,"
                        + " starts_at = COALESCE(?, starts_at), label = COALESCE(?, label), adopted = (adopted OR ?), updated_at = ?"
                        + " WHERE tenant = ? AND kind = ? AND source_key = ?",
                apiId, text(edusignId), text(fingerprint), text(sourceFingerprint), state.name(), ts(startsAt), text(shortLabel), adopted, now(),
                tenant, kind.name(), sourceKey);
        if (updated == 0) {
            update("INSERT INTO sync_ledger (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    tenant, kind.name(), sourceKey, apiId, text(edusignId), text(fingerprint), text(sourceFingerprint), state.name(), ts(startsAt),
                    text(shortLabel), adopted, now());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Object ts(Instant i) {
        return i == null ? SqlNull.TIMESTAMP : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Object text(String s) {
        return s == null ? SqlNull.TEXT : s;
    }

    /**
     * A null of a known SQL type. An untyped null ({@code Types.NULL}) inside COALESCE or a boolean
     * expression leaves PostgreSQL to guess the parameter's type; typed nulls behave the same on H2
     * and PostgreSQL.
     */
    enum SqlNull {
        TEXT(Types.VARCHAR), TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE);

        private final int sqlType;

        SqlNull(int sqlType) {
            this.sqlType = sqlType;
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("ledger write failed: " + e.getMessage(), e);
        }
    }

    private List<LedgerEntry> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<LedgerEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LedgerEntry(rs.getString(1), ObjectKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), LedgerState.valueOf(rs.getString(8)), instant(rs, 9),
                            rs.getString(10), rs.getBoolean(11), instant(rs, 12)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed: " + e.getMessage(), e);
        }
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof SqlNull typed) {
                ps.setNull(i + 1, typed.sqlType);
            } else if (a == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (a instanceof OffsetDateTime odt) {
                ps.setObject(i + 1, odt);
            } else if (a instanceof Timestamp t) {
                ps.setTimestamp(i + 1, t);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime odt = rs.getObject(column, OffsetDateTime.class);
        return odt == null ? null : odt.toInstant();
    }
}
