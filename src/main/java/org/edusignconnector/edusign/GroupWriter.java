package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;

/** Groups on Edusign: looked for by API_ID before they are created, patched when their members change. */
public class GroupWriter {

    private final LedgerWrites writes;
    private final EdusignPayloads payloads;
    private final SheetTakeover takeover;

    public GroupWriter(LedgerWrites writes, EdusignPayloads payloads) {
        this.writes = writes;
        this.payloads = payloads;
        this.takeover = new SheetTakeover(writes.ledger());
    }

    public String ensure(EdusignRun run, SourceGroup group, Map<String, String> studentIdByKey) {
        String cacheKey = "GROUP|" + group.sourceKey();
        String cached = run.ensured().get(cacheKey);
        if (cached != null) {
            return cached;
        }
        String tenant = run.tenantName();
        Optional<LedgerEntry> known = writes.ledger().find(tenant, ObjectKind.GROUP, group.sourceKey());
        String apiId = known.map(LedgerEntry::apiId).orElseGet(() -> ApiIds.of(run.tenant().source().system(), tenant, "group", group.sourceKey()));
        List<String> members = group.learnerKeys().stream().map(studentIdByKey::get).filter(Objects::nonNull).sorted().toList();
        ObjectNode body = payloads.group(group.name(), apiId, members);
        String fingerprint = Fingerprints.of(body);
        LedgerWrites.Target target = new LedgerWrites.Target(ObjectKind.GROUP, group.sourceKey(), null, group.name());
        String id = known.isPresent() && known.get().state() == LedgerState.SYNCED
                ? updateIfChanged(run, group, known.get(), apiId, body, fingerprint)
                : createOrAdopt(run, group, known, target, apiId, body, fingerprint);
        run.ensured().put(cacheKey, id);
        return id;
    }

    /** A group the ledger holds as synced: one PATCH when its name or members changed. */
    private String updateIfChanged(EdusignRun run, SourceGroup group, LedgerEntry known, String apiId, ObjectNode body, String fingerprint) {
        String id = known.edusignId();
        if (!fingerprint.equals(known.fingerprint())) {
            ObjectNode update = body.deepCopy();
            update.put("ID", id);
            run.edusign().update(ObjectKind.GROUP, update, Map.of());
            writes.ledger().markSynced(run.tenantName(), ObjectKind.GROUP, group.sourceKey(), apiId, id, fingerprint, null, group.name(), false);
        }
        return id;
    }

    /** A group not (or not surely) on Edusign: ours found by API_ID, another connector's taken over, or created. */
    private String createOrAdopt(EdusignRun run, SourceGroup group, Optional<LedgerEntry> known, LedgerWrites.Target target, String apiId,
                                 ObjectNode body, String fingerprint) {
        boolean resumed = known.isPresent() && known.get().state() == LedgerState.PENDING;
        Optional<JsonNode> ours = writes.findOurs(run, ObjectKind.GROUP,
                ApiIds.candidates(run.tenant().source().system(), run.tenantName(), "group", group.sourceKey()));
        Optional<SheetTakeover.Match> match;
        if (ours.isPresent()) {
            body.put("API_ID", ours.get().path("API_ID").asText(apiId));
            if (!resumed) {
                run.count(org.edusignconnector.course.ReasonCode.ADOPTED);
            }
            return writes.adopt(run, target, ours.get(), body, Fingerprints.of(body), resumed ? null : "with this group's API_ID", true);
        }
        if (!resumed && run.adoptExistingSheets() && (match = takeover.group(run, group)).isPresent()) {
            run.count(org.edusignconnector.course.ReasonCode.ADOPTED);
            return writes.adopt(run, target, match.get().remote(), body, fingerprint, match.get().evidence(), true);
        }
        String id = EdusignApi.idOrNull(writes.create(run, target, apiId, body, fingerprint, Map.of()));
        // Later courses of this run find the new group in the directory instead of asking Edusign again.
        run.directory().add(ObjectKind.GROUP, apiId, null, body.deepCopy().put("ID", id));
        return id;
    }
}
