package org.edusignconnector.edusign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;

/**
 * The people of a v3 run, one kind at a time: those the ledger knows keep their Edusign id (updated in the batch
 * when their details changed); the others are first looked for on Edusign as v1 does (by API_ID, then by e-mail,
 * from the school's lists) and adopted; only the rest are created, in batches, under their API_ID as
 * externalReferenceId. Fingerprints are v1's, so a tenant switched back to v1 sees nothing to do.
 */
final class V3PersonBatch {

    private final LedgerWrites writes;
    private final EdusignPayloads payloads;

    V3PersonBatch(LedgerWrites writes, EdusignPayloads payloads) {
        this.writes = writes;
        this.payloads = payloads;
    }

    /**
     * Who can be on a sheet (source key → Edusign id), and whom Edusign refused or did not answer for in this run
     * ({@code unsettled}, each recorded as an event): a sheet holding one of them is written as it can be, but is
     * not done — the next run writes it again, and the person with it.
     */
    record People(Map<String, String> ids, Set<String> unsettled) {
    }

    People ensure(EdusignRun run, EdusignV3 v3, ObjectKind kind, List<SourcePerson> people) {
        String tenant = run.tenantName();
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> unsettled = new HashSet<>();
        List<SourcePerson> sent = new ArrayList<>();
        List<ObjectNode> items = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        for (SourcePerson p : people) {
            Optional<LedgerEntry> known = writes.ledger().find(tenant, kind, p.sourceKey());
            String apiId = known.map(LedgerEntry::apiId).orElseGet(() -> ApiIds.of(run.tenant().source().system(), tenant, kind.path(), p.sourceKey()));
            ObjectNode v1 = kind == ObjectKind.STUDENT ? payloads.student(p, apiId, false) : payloads.professor(p, apiId);
            v1.remove("SEND_EMAIL_CREDENTIALS");
            String fingerprint = Fingerprints.of(v1);
            ObjectNode item = item(p);
            if (known.isPresent() && known.get().state() == LedgerState.SYNCED && known.get().edusignId() != null) {
                ids.put(p.sourceKey(), known.get().edusignId());
                if (fingerprint.equals(known.get().fingerprint())) {
                    continue;
                }
                item.put(kind == ObjectKind.STUDENT ? "studentId" : "professorId", known.get().edusignId());
            } else {
                Optional<JsonNode> found = findOnEdusign(run, kind, p);
                if (found.isPresent()) {
                    adopt(run, kind, p, found.get(), v1, fingerprint).ifPresent(id -> ids.put(p.sourceKey(), id));
                    continue;
                }
                item.put("externalReferenceId", apiId);
                writes.ledger().recordIntent(tenant, kind, p.sourceKey(), apiId, null, p.displayName());
            }
            sent.add(p);
            items.add(item);
            fingerprints.add(fingerprint);
        }
        v3.upsert(kind == ObjectKind.STUDENT ? EdusignV3.Collection.STUDENTS : EdusignV3.Collection.PROFESSORS, items,
                o -> settle(run, kind, sent.get(o.inputIndex()), fingerprints.get(o.inputIndex()), o, ids, unsettled));
        return new People(ids, unsettled);
    }

    /** One person's answer, in the ledger as soon as its batch is answered: a crash loses at most the batch in flight. */
    private void settle(EdusignRun run, ObjectKind kind, SourcePerson p, String fingerprint, V3ItemOutcome o,
                        Map<String, String> ids, Set<String> unsettled) {
        String tenant = run.tenantName();
        if (o.kind() == V3ItemOutcome.Kind.TAKEN) {
            String apiId = writes.ledger().find(tenant, kind, p.sourceKey()).map(LedgerEntry::apiId).orElseThrow();
            writes.ledger().markSynced(tenant, kind, p.sourceKey(), apiId, o.id(), fingerprint, null, p.displayName(), false);
            ids.put(p.sourceKey(), o.id());
        } else {
            // A refused or unanswered create is not on the sheets this run, and its intent stays; a refused update
            // leaves the person on them as Edusign has them, the ledger's fingerprint unchanged. Both are tried again.
            unsettled.add(p.sourceKey());
            V3Outcomes.record(run, writes.events(), kind.path(), p.sourceKey(), p.displayName(), o);
        }
    }

    private Optional<JsonNode> findOnEdusign(EdusignRun run, ObjectKind kind, SourcePerson p) {
        Optional<JsonNode> ours = writes.findOurs(run, kind, ApiIds.candidates(run.tenant().source().system(), run.tenantName(), kind.path(), p.sourceKey()));
        if (ours.isPresent()) {
            return ours;
        }
        EdusignDirectory.Answer listed = run.directory().byEmail(run.edusign(), kind, p.email().trim());
        return listed.listed() ? listed.object() : run.edusign().byEmail(kind, p.email().trim());
    }

    /** Takes what Edusign holds as this person's; an archived one is left out of the sheets, saying so. */
    private Optional<String> adopt(EdusignRun run, ObjectKind kind, SourcePerson p, JsonNode remote, ObjectNode v1, String fingerprint) {
        if (Archived.isArchived(remote)) {
            run.count(ReasonCode.PERSON_ARCHIVED);
            writes.events().record(run, kind.path(), p.sourceKey(), ReasonCode.PERSON_ARCHIVED.name(), p.displayName()
                    + " is archived on Edusign (" + EdusignApi.idOrNull(remote) + "): left out of the sheets");
            return Optional.empty();
        }
        run.count(ReasonCode.ADOPTED);
        LedgerWrites.Target target = new LedgerWrites.Target(kind, p.sourceKey(), null, p.displayName());
        return Optional.of(writes.adopt(run, target, remote, v1, fingerprint, "found by its API_ID or e-mail", false));
    }

    private static ObjectNode item(SourcePerson p) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("firstName", p.firstName());
        item.put("lastName", p.lastName());
        item.put("email", p.email().trim());
        if (p.role() == SourcePerson.Role.LEARNER && p.phone() != null && !p.phone().isBlank()) {
            item.put("phone", p.phone().trim());
        }
        return item;
    }
}
