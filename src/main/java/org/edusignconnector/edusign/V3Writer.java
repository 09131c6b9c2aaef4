package org.edusignconnector.edusign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;

/**
 * The v3-batch writer of a down run: the courses that changed, with their people, in a handful of batch upserts
 * (people first, then sheets), each object bracketed by the ledger. What the ledger knows is written by its
 * Edusign id; what it does not know is first looked for on Edusign as v1 does (API_ID, e-mail) and adopted, and
 * only then created, with its API_ID as externalReferenceId — so a switch from v1 creates nothing twice, and a
 * batch repeated after a crash or a lost answer updates what the first one made. Groups (v3 has no members in
 * its group upsert) and deletions go through v1.
 */
public class V3Writer {

    /** A course to write and the fingerprint of its source content. */
    public record Change(SourceCourse course, String sourceFingerprint) {
    }

    private final LedgerWrites writes;
    private final EdusignPayloads payloads;
    private final V3PersonBatch people;
    private final GroupWriter groups;

    public V3Writer(LedgerWrites writes, EdusignPayloads payloads) {
        this.writes = writes;
        this.payloads = payloads;
        this.people = new V3PersonBatch(writes, payloads);
        this.groups = new GroupWriter(writes, payloads);
    }

    /** Source key → outcome (CREATED, UPDATED, ADOPTED, UNCHANGED, or the reason it did not take, already recorded). */
    public Map<String, ReasonCode> write(EdusignRun run, EdusignV3 v3, List<Change> changes) {
        Map<String, SourcePerson> instructors = new LinkedHashMap<>();
        Map<String, SourcePerson> learners = new LinkedHashMap<>();
        changes.forEach(c -> c.course().getInstructors().forEach(p -> instructors.putIfAbsent(p.sourceKey(), p)));
        changes.forEach(c -> c.course().getLearners().forEach(p -> learners.putIfAbsent(p.sourceKey(), p)));
        V3PersonBatch.People professors = people.ensure(run, v3, ObjectKind.PROFESSOR, List.copyOf(instructors.values()));
        V3PersonBatch.People students = people.ensure(run, v3, ObjectKind.STUDENT, List.copyOf(learners.values()));
        Map<String, ReasonCode> outcomes = new LinkedHashMap<>();
        List<Sheet> sheets = new ArrayList<>();
        for (Change change : changes) {
            SourceCourse course = change.course();
            boolean complete = course.getInstructors().stream().noneMatch(p -> professors.unsettled().contains(p.sourceKey()))
                    && course.getLearners().stream().noneMatch(p -> students.unsettled().contains(p.sourceKey()));
            sheet(run, change, professors.ids(), students.ids(), complete).ifPresentOrElse(sheet -> {
                if (sheet.item() == null) {
                    markSynced(run, sheet);
                    outcomes.put(change.course().getSourceKey(), ReasonCode.UNCHANGED);
                } else {
                    sheets.add(sheet);
                }
            }, () -> outcomes.put(change.course().getSourceKey(), ReasonCode.EDUSIGN_REJECTED));
        }
        // Each batch's sheets go in the ledger as soon as it is answered: a crash loses at most the batch in flight.
        v3.upsert(EdusignV3.Collection.COURSES, sheets.stream().map(Sheet::item).toList(), o -> {
            Sheet sheet = sheets.get(o.inputIndex());
            SourceCourse course = sheet.change().course();
            if (o.kind() == V3ItemOutcome.Kind.TAKEN) {
                markSynced(run, sheet.withId(o.id()));
                outcomes.put(course.getSourceKey(), sheet.adopted() ? ReasonCode.ADOPTED : o.created() ? ReasonCode.CREATED : sheet.resumed()
                        ? ReasonCode.CREATED : ReasonCode.UPDATED);
            } else {
                outcomes.put(course.getSourceKey(), V3Outcomes.record(run, writes.events(), "course", course.getSourceKey(), course.getName(), o));
            }
        });
        return outcomes;
    }

    /** The sheet's batch item (null when Edusign already holds this content), or empty when it cannot have an instructor. */
    private Optional<Sheet> sheet(EdusignRun run, Change change, Map<String, String> professorIds, Map<String, String> studentIds,
                                  boolean complete) {
        SourceCourse course = change.course();
        String tenant = run.tenantName();
        List<String> professors = course.getInstructors().stream().map(p -> professorIds.get(p.sourceKey())).filter(id -> id != null).toList();
        if (professors.isEmpty()) {
            run.count(ReasonCode.EDUSIGN_REJECTED);
            writes.events().record(run, "course", course.getSourceKey(), ReasonCode.EDUSIGN_REJECTED.name(),
                    "'" + course.getName() + "' not sent: none of its instructors could be put on Edusign");
            return Optional.empty();
        }
        Map<String, String> idByLearner = new LinkedHashMap<>();
        course.getLearners().forEach(p -> Optional.ofNullable(studentIds.get(p.sourceKey())).ifPresent(id -> idByLearner.put(p.sourceKey(), id)));
        List<String> students = List.copyOf(idByLearner.values());
        List<String> groupIds = null;
        if (run.tenant().groups()) {
            groupIds = new ArrayList<>();
            for (SourceGroup g : course.getGroups()) {
                groupIds.add(groups.ensure(run, g, idByLearner));
            }
        }
        Optional<LedgerEntry> known = writes.ledger().find(tenant, ObjectKind.COURSE, course.getSourceKey());
        String apiId = known.map(LedgerEntry::apiId).orElseGet(() -> ApiIds.of(run.tenant().source().system(), tenant, "course", course.getSourceKey()));
        String fingerprint = Fingerprints.of(payloads.course(course, apiId, professors, students, groupIds));
        ObjectNode item = item(course, professors, students, groupIds);
        Sheet sheet = new Sheet(change, apiId, fingerprint, professors.size(), item, null, false, false, complete);
        if (known.isPresent() && known.get().state() == LedgerState.SYNCED && known.get().edusignId() != null) {
            item.put("courseId", known.get().edusignId());
            return Optional.of(fingerprint.equals(known.get().fingerprint()) ? sheet.unchanged(known.get().edusignId()) : sheet);
        }
        boolean resumed = known.isPresent() && known.get().state() == LedgerState.PENDING;
        Optional<JsonNode> ours = writes.findOurs(run, ObjectKind.COURSE, ApiIds.candidates(run.tenant().source().system(), tenant, "course",
                course.getSourceKey()));
        if (ours.isPresent()) {
            item.put("courseId", EdusignApi.idOrNull(ours.get()));
            return Optional.of(new Sheet(change, ours.get().path("API_ID").asText(apiId), fingerprint, professors.size(), item, null, !resumed, resumed,
                    complete));
        }
        item.put("externalReferenceId", apiId);
        writes.ledger().recordIntent(tenant, ObjectKind.COURSE, course.getSourceKey(), apiId, course.getStart().toInstant(), course.getName());
        return Optional.of(new Sheet(change, apiId, fingerprint, professors.size(), item, null, false, resumed, complete));
    }

    private static ObjectNode item(SourceCourse course, List<String> professors, List<String> students, List<String> groupIds) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("name", course.getName());
        item.put("startDateTime", EdusignPayloads.utc(course.getStart()));
        item.put("endDateTime", EdusignPayloads.utc(course.getEnd()));
        item.putArray("professorIds").addAll(professors.stream().map(JsonNodeFactory.instance::textNode).toList());
        ObjectNode roster = item.putObject("students");
        ArrayNode ids = roster.putArray("studentIds");
        students.forEach(ids::add);
        if (groupIds != null) {
            ArrayNode g = roster.putArray("groupIds");
            groupIds.forEach(g::add);
        }
        return item;
    }

    private void markSynced(EdusignRun run, Sheet sheet) {
        SourceCourse course = sheet.change().course();
        // Without its source fingerprint, a sheet missing someone Edusign refused is not taken as done by the next run.
        writes.ledger().markSynced(run.tenantName(), ObjectKind.COURSE, course.getSourceKey(), sheet.apiId(), sheet.id(), sheet.fingerprint(),
                sheet.complete() ? sheet.change().sourceFingerprint() : null, course.getStart().toInstant(), course.getName(), sheet.adopted());
        writes.ledger().recordProfessorSlots(run.tenantName(), course.getSourceKey(), sheet.slots());
    }

    private record Sheet(Change change, String apiId, String fingerprint, int slots, ObjectNode item, String id, boolean adopted,
                         boolean resumed, boolean complete) {
        Sheet withId(String edusignId) {
            return new Sheet(change, apiId, fingerprint, slots, item, edusignId, adopted, resumed, complete);
        }

        Sheet unchanged(String edusignId) {
            return new Sheet(change, apiId, fingerprint, slots, null, edusignId, adopted, resumed, complete);
        }
    }
}
