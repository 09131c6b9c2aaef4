package org.edusignconnector.edusign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.SyncRun;
import org.edusignconnector.http.RetryableHttpException;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;

/**
 * Writes courses, learners, instructors and groups to Edusign, each write bracketed by the ledger:
 * intent (PENDING) before a POST, result after. An unfinished intent is resolved on the next run
 * through {@code GET /v1/{kind}/get-id/{API_ID}}, so a crash between two steps never duplicates.
 * A new learner is first looked for among the school's students by e-mail (read once per run, see
 * {@link StudentIndex}) and adopted when found.
 */
public class EdusignSink {

    private static final int MAX_CREATE_ATTEMPTS = 4;

    private final Ledger ledger;
    private final EventLog events;
    private final EdusignPayloads payloads;

    public EdusignSink(Ledger ledger, EventLog events, EdusignPayloads payloads) {
        this.ledger = ledger;
        this.events = events;
        this.payloads = payloads;
    }

    /** Creates or updates the course and everything it needs; returns CREATED, UPDATED or UNCHANGED. */
    public ReasonCode upsertCourse(SyncRun run, SourceCourse course, String sourceFingerprint) {
        List<String> professors = new ArrayList<>();
        for (SourcePerson p : course.getInstructors()) {
            professors.add(ensurePerson(run, EdusignKind.PROFESSOR, p));
        }
        List<String> students = new ArrayList<>();
        Map<String, String> studentIdByKey = new java.util.HashMap<>();
        for (SourcePerson p : course.getLearners()) {
            String id = ensurePerson(run, EdusignKind.STUDENT, p);
            students.add(id);
            studentIdByKey.put(p.sourceKey(), id);
        }
        List<String> groups = null;
        if (run.tenant().groups()) {
            groups = new ArrayList<>();
            for (SourceGroup g : course.getGroups()) {
                groups.add(ensureGroup(run, g, studentIdByKey));
            }
        }
        String tenant = run.tenantName();
        String apiId = apiId(run, "course", course.getSourceKey());
        ObjectNode body = payloads.course(course, apiId, professors, students, groups);
        String fingerprint = Fingerprints.of(body);
        Instant startsAt = course.getStart().toInstant();
        Optional<LedgerEntry> known = ledger.find(tenant, EdusignKind.COURSE, course.getSourceKey());
        String existingId = known.filter(e -> e.state() == LedgerState.SYNCED).map(LedgerEntry::edusignId).orElse(null);
        if (existingId == null && known.isPresent()) {
            // An unfinished create or delete from an earlier run: did Edusign get it?
            existingId = run.edusign().idByApiId(EdusignKind.COURSE, apiId).orElse(null);
        }
        if (existingId == null) {
            ledger.recordIntent(tenant, EdusignKind.COURSE, course.getSourceKey(), apiId, startsAt, course.getName());
            String id = createResolving(run, EdusignKind.COURSE, apiId, body, Map.of());
            ledger.markSynced(tenant, EdusignKind.COURSE, course.getSourceKey(), apiId, id, fingerprint, sourceFingerprint, startsAt, course.getName(), false);
            return ReasonCode.CREATED;
        }
        if (known.get().state() == LedgerState.SYNCED && fingerprint.equals(known.get().fingerprint())) {
            // Only the people changed (already patched), or the repository had forgotten the key.
            ledger.markSynced(tenant, EdusignKind.COURSE, course.getSourceKey(), apiId, existingId, fingerprint, sourceFingerprint, startsAt, course.getName(), false);
            return ReasonCode.UNCHANGED;
        }
        body.put("ID", existingId);
        try {
            run.edusign().update(EdusignKind.COURSE, body, Map.of("editSurveys", false));
        } catch (EdusignBusinessException e) {
            if (!e.saysNotFound()) {
                throw e;
            }
            // Deleted by hand on Edusign: the source still has it, so it comes back.
            events.record(run, "course", course.getSourceKey(), ReasonCode.EDUSIGN_REJECTED.name(),
                    "sheet " + existingId + " was gone from Edusign (" + e.edusignMessage() + "); creating it again");
            body.remove("ID");
            ledger.recordIntent(tenant, EdusignKind.COURSE, course.getSourceKey(), apiId, startsAt, course.getName());
            String id = createResolving(run, EdusignKind.COURSE, apiId, body, Map.of());
            ledger.markSynced(tenant, EdusignKind.COURSE, course.getSourceKey(), apiId, id, fingerprint, sourceFingerprint, startsAt, course.getName(), false);
            return ReasonCode.CREATED;
        }
        ledger.markSynced(tenant, EdusignKind.COURSE, course.getSourceKey(), apiId, existingId, fingerprint, sourceFingerprint, startsAt, course.getName(), false);
        return ReasonCode.UPDATED;
    }

    /** Deletes a sheet this connector created; a sheet already gone counts as deleted. */
    public void deleteCourse(SyncRun run, LedgerEntry entry) {
        ledger.markState(run.tenantName(), EdusignKind.COURSE, entry.sourceKey(), LedgerState.DELETING);
        String id = entry.edusignId();
        if (id == null) {
            id = run.edusign().idByApiId(EdusignKind.COURSE, entry.apiId()).orElse(null);
        }
        if (id != null) {
            try {
                run.edusign().delete(EdusignKind.COURSE, id);
            } catch (EdusignBusinessException e) {
                if (!e.saysNotFound()) {
                    throw e;
                }
            }
        }
        ledger.markState(run.tenantName(), EdusignKind.COURSE, entry.sourceKey(), LedgerState.DELETED);
    }

    String ensurePerson(SyncRun run, EdusignKind kind, SourcePerson person) {
        String cacheKey = kind + "|" + person.sourceKey();
        String cached = run.ensured().get(cacheKey);
        if (cached != null) {
            return cached;
        }
        String tenant = run.tenantName();
        String apiId = apiId(run, kind.path(), person.sourceKey());
        ObjectNode body = kind == EdusignKind.STUDENT
                ? payloads.student(person, apiId, run.tenant().sendCredentials())
                : payloads.professor(person, apiId);
        String fingerprint = Fingerprints.of(withoutCredentialFlag(body));
        Optional<LedgerEntry> known = ledger.find(tenant, kind, person.sourceKey());
        String id;
        if (known.isPresent() && known.get().state() == LedgerState.SYNCED) {
            id = known.get().edusignId();
            if (!fingerprint.equals(known.get().fingerprint())) {
                ObjectNode update = body.deepCopy();
                update.remove("SEND_EMAIL_CREDENTIALS");
                update.put("ID", id);
                run.edusign().update(kind, update, Map.of());
                ledger.markSynced(tenant, kind, person.sourceKey(), apiId, id, fingerprint, null, person.displayName(), false);
            }
        } else {
            id = createOrAdoptPerson(run, kind, person, apiId, body, fingerprint, known.isPresent());
        }
        run.ensured().put(cacheKey, id);
        return id;
    }

    private String createOrAdoptPerson(SyncRun run, EdusignKind kind, SourcePerson person, String apiId, ObjectNode body,
                                       String fingerprint, boolean unfinished) {
        String tenant = run.tenantName();
        if (unfinished) {
            Optional<String> ours = run.edusign().idByApiId(kind, apiId);
            if (ours.isPresent()) {
                ledger.markSynced(tenant, kind, person.sourceKey(), apiId, ours.get(), fingerprint, null, person.displayName(), false);
                return ours.get();
            }
        }
        // Students are looked up first: Edusign's refusal of a duplicate student e-mail is not documented.
        if (kind == EdusignKind.STUDENT) {
            Optional<String> adopted = adoptStudent(run, person, apiId, fingerprint, unfinished);
            if (adopted.isPresent()) {
                return adopted.get();
            }
        }
        ledger.recordIntent(tenant, kind, person.sourceKey(), apiId, null, person.displayName());
        try {
            Map<String, Object> top = kind == EdusignKind.PROFESSOR
                    ? Map.of("dontSendCredentials", !run.tenant().sendCredentials()) : Map.of();
            String id = createResolving(run, kind, apiId, body, top);
            ledger.markSynced(tenant, kind, person.sourceKey(), apiId, id, fingerprint, null, person.displayName(), false);
            if (kind == EdusignKind.STUDENT) {
                run.students().add(person.email(), id);
            }
            return id;
        } catch (EdusignBusinessException e) {
            if (!e.saysAlreadyExists()) {
                throw e;
            }
            return adoptByEmail(run, kind, person, apiId, fingerprint).orElseThrow(() -> e);
        }
    }

    /**
     * An existing Edusign student with the learner's e-mail, adopted. The school's students are read once per
     * run (the paged list, {@link StudentIndex}); an unfinished intent asks {@code by-email} instead, as does a
     * run whose list Edusign refused.
     */
    private Optional<String> adoptStudent(SyncRun run, SourcePerson person, String apiId, String fingerprint, boolean unfinished) {
        if (unfinished || !run.students().readable(run.edusign())) {
            return adoptByEmail(run, EdusignKind.STUDENT, person, apiId, fingerprint);
        }
        return run.students().find(person.email()).map(id -> adopted(run, EdusignKind.STUDENT, person, apiId, fingerprint, id));
    }

    private Optional<String> adoptByEmail(SyncRun run, EdusignKind kind, SourcePerson person, String apiId, String fingerprint) {
        Optional<JsonNode> existing = run.edusign().byEmail(kind, person.email().trim());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        String id = EdusignApi.idOrNull(existing.get());
        if (id == null) {
            return Optional.empty();
        }
        if (kind == EdusignKind.STUDENT) {
            run.students().add(person.email(), id);
        }
        return Optional.of(adopted(run, kind, person, apiId, fingerprint, id));
    }

    private String adopted(SyncRun run, EdusignKind kind, SourcePerson person, String apiId, String fingerprint, String id) {
        ledger.markSynced(run.tenantName(), kind, person.sourceKey(), apiId, id, fingerprint, null, person.displayName(), true);
        run.count(ReasonCode.ADOPTED);
        events.record(run, kind.path(), person.sourceKey(), ReasonCode.ADOPTED.name(),
                "existing Edusign " + kind.path() + " " + id + " with e-mail " + person.email().trim()
                        + " adopted instead of creating a duplicate");
        return id;
    }

    private String ensureGroup(SyncRun run, SourceGroup group, Map<String, String> studentIdByKey) {
        String cacheKey = "GROUP|" + group.sourceKey();
        String cached = run.ensured().get(cacheKey);
        if (cached != null) {
            return cached;
        }
        String tenant = run.tenantName();
        String apiId = apiId(run, "group", group.sourceKey());
        List<String> members = group.learnerKeys().stream().map(studentIdByKey::get).filter(java.util.Objects::nonNull).sorted().toList();
        ObjectNode body = payloads.group(group.name(), apiId, members);
        String fingerprint = Fingerprints.of(body);
        Optional<LedgerEntry> known = ledger.find(tenant, EdusignKind.GROUP, group.sourceKey());
        String id = known.filter(e -> e.state() == LedgerState.SYNCED).map(LedgerEntry::edusignId).orElse(null);
        if (id == null && known.isPresent()) {
            id = run.edusign().idByApiId(EdusignKind.GROUP, apiId).orElse(null);
            if (id != null) {
                known = Optional.empty();
            }
        }
        if (id == null) {
            ledger.recordIntent(tenant, EdusignKind.GROUP, group.sourceKey(), apiId, null, group.name());
            id = createResolving(run, EdusignKind.GROUP, apiId, body, Map.of());
            ledger.markSynced(tenant, EdusignKind.GROUP, group.sourceKey(), apiId, id, fingerprint, null, group.name(), false);
        } else if (known.isEmpty() || !fingerprint.equals(known.get().fingerprint())) {
            ObjectNode update = body.deepCopy();
            update.put("ID", id);
            run.edusign().update(EdusignKind.GROUP, update, Map.of());
            ledger.markSynced(tenant, EdusignKind.GROUP, group.sourceKey(), apiId, id, fingerprint, null, group.name(), false);
        }
        run.ensured().put(cacheKey, id);
        return id;
    }

    /**
     * POST, and when Edusign answered an error (5xx, 429), ask whether the object exists under its
     * API_ID before sending it again: a lost answer never becomes a duplicate.
     */
    private String createResolving(SyncRun run, EdusignKind kind, String apiId, ObjectNode body, Map<String, Object> topLevel) {
        for (int attempt = 1; ; attempt++) {
            try {
                return run.edusign().create(kind, body, topLevel);
            } catch (RetryableHttpException lost) {
                if (lost.status() == 0) {
                    // No answer at all (timeout, reset): the POST may still be in flight, so asking now could
                    // miss it. The intent stays PENDING and the next run resolves it through get-id.
                    throw new UnansweredCreateException("Edusign did not answer the creation of " + kind.path() + " " + apiId
                            + " (" + lost.getMessage() + "); it is resolved at the next run", lost);
                }
                Optional<String> created = run.edusign().idByApiId(kind, apiId);
                if (created.isPresent()) {
                    return created.get();
                }
                if (attempt >= MAX_CREATE_ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }

    /** API_ID: a stable key of the source object, namespaced by system and tenant. */
    public static String apiId(SyncRun run, String kind, String sourceKey) {
        return run.tenant().source().system() + ":" + run.tenantName() + ":" + kind + ":" + sourceKey;
    }

    private static ObjectNode withoutCredentialFlag(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove("SEND_EMAIL_CREDENTIALS");
        return copy;
    }
}
