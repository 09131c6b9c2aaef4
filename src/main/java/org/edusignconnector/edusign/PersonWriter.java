package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;

/**
 * Learners and instructors on Edusign. A person the ledger does not know as synced is looked for first —
 * ours by API_ID, then anyone's by e-mail (students and professors alike: no error wording decides a
 * duplicate) — and created only when absent. An archived person is never put on a sheet as it is: a
 * student is restored (the API allows it), a professor (no restore in the API) is left out with
 * {@code PERSON_ARCHIVED}.
 */
public class PersonWriter {

    private final LedgerWrites writes;
    private final EdusignPayloads payloads;

    public PersonWriter(LedgerWrites writes, EdusignPayloads payloads) {
        this.writes = writes;
        this.payloads = payloads;
    }

    /**
     * The person's Edusign id, or empty when they are left out (archived, no restore). A person the ledger knows
     * is checked for archiving when the run has read the school's list of that kind anyway, or when
     * {@code verify} asks for it (Edusign refused a sheet they were on).
     */
    public Optional<String> ensure(EdusignRun run, ObjectKind kind, SourcePerson person, boolean verify) {
        String cacheKey = kind + "|" + person.sourceKey();
        if (run.ensured().containsKey(cacheKey)) {
            return Optional.ofNullable(run.ensured().get(cacheKey)).filter(id -> !id.isEmpty());
        }
        Optional<String> id;
        try {
            id = Optional.of(ensureUncached(run, kind, person, verify));
        } catch (PersonArchivedException archived) {
            run.count(ReasonCode.PERSON_ARCHIVED);
            writes.events().record(run, kind.path(), person.sourceKey(), ReasonCode.PERSON_ARCHIVED.name(), archived.getMessage());
            id = Optional.empty();
        }
        run.ensured().put(cacheKey, id.orElse(""));
        return id;
    }

    /** Whether Edusign's lists show one of these people, as the ledger knows them, archived. */
    public boolean anyArchived(EdusignRun run, ObjectKind kind, java.util.List<SourcePerson> persons) {
        for (SourcePerson person : persons) {
            Optional<LedgerEntry> known = writes.ledger().find(run.tenantName(), kind, person.sourceKey());
            if (known.isPresent() && known.get().edusignId() != null
                    && run.directory().byId(run.edusign(), kind, known.get().edusignId()).object().filter(Archived::isArchived).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Forgets what this run ensured of that person, so that the next {@link #ensure} asks again. */
    public void forget(EdusignRun run, ObjectKind kind, SourcePerson person) {
        run.ensured().remove(kind + "|" + person.sourceKey());
    }

    private String ensureUncached(EdusignRun run, ObjectKind kind, SourcePerson person, boolean verify) {
        String tenant = run.tenantName();
        Optional<LedgerEntry> known = writes.ledger().find(tenant, kind, person.sourceKey());
        String apiId = known.map(LedgerEntry::apiId).orElseGet(() -> ApiIds.of(system(run), tenant, kind.path(), person.sourceKey()));
        ObjectNode body = body(run, kind, person, apiId);
        String fingerprint = Fingerprints.of(withoutCredentialFlag(body));
        LedgerWrites.Target target = new LedgerWrites.Target(kind, person.sourceKey(), null, person.displayName());
        if (known.isPresent() && known.get().state() == LedgerState.SYNCED) {
            return updateIfChanged(run, kind, person, known.get(), apiId, body, fingerprint, verify);
        }
        boolean resumed = known.isPresent() && known.get().state() == LedgerState.PENDING;
        Optional<JsonNode> ours = writes.findOurs(run, kind, ApiIds.candidates(system(run), tenant, kind.path(), person.sourceKey()));
        if (ours.isPresent()) {
            checkNotArchived(run, kind, person, ours);
            body.put("API_ID", ours.get().path("API_ID").asText(apiId));
            ObjectNode content = withoutCredentialFlag(body);
            if (!resumed) {
                run.count(ReasonCode.ADOPTED);
            }
            return writes.adopt(run, target, ours.get(), content, Fingerprints.of(content), resumed ? null : "with this person's API_ID", true);
        }
        Optional<JsonNode> sameEmail = byEmail(run, kind, person.email().trim());
        if (sameEmail.isPresent()) {
            checkNotArchived(run, kind, person, sameEmail);
            // Made by hand or by another client: taken as it is, its details are the school's.
            run.count(ReasonCode.ADOPTED);
            return writes.adopt(run, target, sameEmail.get(), withoutCredentialFlag(body), fingerprint,
                    "with e-mail " + person.email().trim(), false);
        }
        Map<String, Object> top = kind == ObjectKind.PROFESSOR ? Map.of("dontSendCredentials", !run.tenant().sendCredentials()) : Map.of();
        String id = EdusignApi.idOrNull(writes.create(run, target, apiId, body, fingerprint, top));
        run.directory().add(kind, apiId, person.email(), body.deepCopy().put("ID", id));
        return id;
    }

    /** A person the ledger holds as synced: still usable (checked when asked or free), and one PATCH when changed. */
    private String updateIfChanged(EdusignRun run, ObjectKind kind, SourcePerson person, LedgerEntry known, String apiId, ObjectNode body,
                                   String fingerprint, boolean verify) {
        String id = known.edusignId();
        if (verify || run.directory().isRead(kind)) {
            checkNotArchived(run, kind, person, run.directory().byId(run.edusign(), kind, id).object());
        }
        if (!fingerprint.equals(known.fingerprint())) {
            ObjectNode update = withoutCredentialFlag(body);
            update.put("ID", id);
            run.edusign().update(kind, update, Map.of());
            writes.ledger().markSynced(run.tenantName(), kind, person.sourceKey(), apiId, id, fingerprint, null, person.displayName(), false);
        }
        return id;
    }

    private Optional<JsonNode> byEmail(EdusignRun run, ObjectKind kind, String email) {
        EdusignDirectory.Answer listed = run.directory().byEmail(run.edusign(), kind, email);
        writes.reportListProblem(run, kind);
        return listed.listed() ? listed.object() : run.edusign().byEmail(kind, email);
    }

    /** A student found archived is restored; a professor cannot be, and is left out. */
    private void checkNotArchived(EdusignRun run, ObjectKind kind, SourcePerson person, Optional<JsonNode> remote) {
        if (remote.isEmpty() || !Archived.isArchived(remote.get())) {
            return;
        }
        String id = EdusignApi.idOrNull(remote.get());
        if (kind == ObjectKind.PROFESSOR) {
            throw new PersonArchivedException("instructor " + person.displayName() + " is archived on Edusign (professor " + id
                    + ") and the API offers no restore: left out of the sheets until restored in Edusign");
        }
        try {
            run.edusign().restoreStudent(id);
        } catch (EdusignBusinessException refused) {
            throw new PersonArchivedException("learner " + person.displayName() + " is archived on Edusign (student " + id
                    + ") and could not be restored (" + refused.edusignMessage() + "): left out of the sheets");
        }
        writes.events().record(run, kind.path(), person.sourceKey(), ReasonCode.PERSON_ARCHIVED.name(),
                "learner " + person.displayName() + " was archived on Edusign (student " + id + "): restored, as the source still lists them");
    }

    private ObjectNode body(EdusignRun run, ObjectKind kind, SourcePerson person, String apiId) {
        return kind == ObjectKind.STUDENT
                ? payloads.student(person, apiId, run.tenant().sendCredentials())
                : payloads.professor(person, apiId);
    }

    private static String system(EdusignRun run) {
        return run.tenant().source().system();
    }

    private static ObjectNode withoutCredentialFlag(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove("SEND_EMAIL_CREDENTIALS");
        return copy;
    }
}
