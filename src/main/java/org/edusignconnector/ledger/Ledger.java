package org.edusignconnector.ledger;

import org.edusignconnector.common.Texts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The (tenant, kind, source key) → Edusign id + fingerprint table. Every write to Edusign is
 * bracketed by it: intent before, result after, so a crash between two steps is resolved on the
 * next run instead of producing a duplicate.
 */
public class Ledger {

    private static final String COLUMNS = LedgerSql.COLUMNS;

    private final LedgerSql sql;
    private final Clock clock;

    public Ledger(DataSource dataSource, Clock clock) {
        this.sql = new LedgerSql(dataSource);
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
        return sql.integer("SELECT professor_slots FROM sync_ledger WHERE tenant = ? AND kind = ? AND source_key = ?",
                tenant, ObjectKind.COURSE.name(), sourceKey);
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

    /** The source keys of every object of a kind the ledger holds for the tenant, whatever its state. */
    public java.util.Set<String> sourceKeys(String tenant, ObjectKind kind) {
        java.util.Set<String> out = new java.util.HashSet<>();
        query("SELECT " + COLUMNS + " FROM sync_ledger WHERE tenant = ? AND kind = ?", tenant, kind.name()).forEach(e -> out.add(e.sourceKey()));
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
        return LedgerSql.timestamp(i);
    }

    private static Object text(String s) {
        return LedgerSql.text(s);
    }

    private int update(String statement, Object... args) {
        return sql.update(statement, args);
    }

    private List<LedgerEntry> query(String statement, Object... args) {
        return sql.entries(statement, args);
    }
}
