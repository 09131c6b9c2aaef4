package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;

/**
 * Writes courses to Edusign with their people and groups ({@link PersonWriter}, {@link GroupWriter}), each
 * object bracketed by the ledger through {@link LedgerWrites}: found on Edusign before it is created, so
 * neither a lost local database nor an unanswered POST duplicates it. An update says everything: an
 * emptied instructor slot or room is sent empty, and the roster Edusign answers with is checked.
 */
public class EdusignSink {

    private final Ledger ledger;
    private final LedgerWrites writes;
    private final PersonWriter people;
    private final GroupWriter groups;
    private final EdusignPayloads payloads;
    private final SheetTakeover takeover;

    public EdusignSink(LedgerWrites writes, EdusignPayloads payloads) {
        this.ledger = writes.ledger();
        this.writes = writes;
        this.people = new PersonWriter(writes, payloads);
        this.groups = new GroupWriter(writes, payloads);
        this.payloads = payloads;
        this.takeover = new SheetTakeover(ledger);
    }

    /**
     * Creates or updates the course and everything it needs; returns CREATED, UPDATED, UNCHANGED or ADOPTED.
     * When Edusign refuses the sheet, its people are checked against the school's lists (one may have been
     * archived since the ledger knew them); if one was, the sheet is tried once more without whoever cannot
     * be on it (a student is restored).
     */
    public ReasonCode upsertCourse(EdusignRun run, SourceCourse course, String sourceFingerprint) {
        try {
            return upsert(run, course, sourceFingerprint, false);
        } catch (EdusignBusinessException refused) {
            if (!people.anyArchived(run, ObjectKind.PROFESSOR, course.getInstructors())
                    && !people.anyArchived(run, ObjectKind.STUDENT, course.getLearners())) {
                throw refused;
            }
            course.getInstructors().forEach(p -> people.forget(run, ObjectKind.PROFESSOR, p));
            course.getLearners().forEach(p -> people.forget(run, ObjectKind.STUDENT, p));
            try {
                return upsert(run, course, sourceFingerprint, true);
            } catch (EdusignBusinessException again) {
                throw again.getMessage().equals(refused.getMessage()) ? refused : again;
            }
        }
    }

    private ReasonCode upsert(EdusignRun run, SourceCourse course, String sourceFingerprint, boolean verifyPeople) {
        List<String> professors = new ArrayList<>();
        for (SourcePerson p : course.getInstructors()) {
            people.ensure(run, ObjectKind.PROFESSOR, p, verifyPeople).ifPresent(professors::add);
        }
        if (professors.isEmpty()) {
            throw new PersonArchivedException("every instructor of '" + course.getName() + "' is archived on Edusign: the sheet needs one");
        }
        List<String> students = new ArrayList<>();
        Map<String, String> studentIdByKey = new HashMap<>();
        for (SourcePerson p : course.getLearners()) {
            people.ensure(run, ObjectKind.STUDENT, p, verifyPeople).ifPresent(id -> {
                students.add(id);
                studentIdByKey.put(p.sourceKey(), id);
            });
        }
        List<String> groupIds = null;
        if (run.tenant().groups()) {
            groupIds = new ArrayList<>();
            for (SourceGroup g : course.getGroups()) {
                groupIds.add(groups.ensure(run, g, studentIdByKey));
            }
        }
        String tenant = run.tenantName();
        Optional<LedgerEntry> known = ledger.find(tenant, ObjectKind.COURSE, course.getSourceKey());
        String apiId = known.map(LedgerEntry::apiId)
                .orElseGet(() -> ApiIds.of(run.tenant().source().system(), tenant, "course", course.getSourceKey()));
        ObjectNode body = payloads.course(course, apiId, professors, students, groupIds);
        Instant startsAt = course.getStart().toInstant();
        LedgerWrites.Target target = new LedgerWrites.Target(ObjectKind.COURSE, course.getSourceKey(), startsAt, course.getName());
        if (known.isEmpty() || known.get().state() != LedgerState.SYNCED) {
            boolean resumed = known.isPresent() && known.get().state() == LedgerState.PENDING;
            return createOrAdopt(run, course, target, apiId, body, sourceFingerprint, professors.size(), students, resumed);
        }
        String fingerprint = Fingerprints.of(body);
        String existingId = known.get().edusignId();
        if (fingerprint.equals(known.get().fingerprint())) {
            // Only the people changed (already patched), or the repository had forgotten the key.
            markSynced(run, course, apiId, existingId, fingerprint, sourceFingerprint, professors.size());
            return ReasonCode.UNCHANGED;
        }
        ObjectNode update = CourseUpdates.explicit(body, professors.size(), ledger.professorSlots(tenant, course.getSourceKey()));
        update.put("ID", existingId);
        try {
            JsonNode answer = run.edusign().update(ObjectKind.COURSE, update, Map.of("editSurveys", false));
            checkRoster(run, course, answer, students);
        } catch (EdusignBusinessException e) {
            if (!e.saysNotFound()) {
                throw e;
            }
            return recreateIfGone(run, course, target, apiId, body, sourceFingerprint, professors.size(), existingId, e);
        }
        markSynced(run, course, apiId, existingId, fingerprint, sourceFingerprint, professors.size());
        return ReasonCode.UPDATED;
    }

    /** Deletes a sheet this connector created; a sheet Edusign says is gone counts as deleted. */
    public void deleteCourse(EdusignRun run, LedgerEntry entry) {
        ledger.markState(run.tenantName(), ObjectKind.COURSE, entry.sourceKey(), LedgerState.DELETING);
        String id = entry.edusignId();
        if (id == null) {
            id = writes.findOurs(run, ObjectKind.COURSE, List.of(entry.apiId())).map(EdusignApi::idOrNull).orElse(null);
        }
        if (id != null) {
            try {
                run.edusign().delete(ObjectKind.COURSE, id);
            } catch (EdusignBusinessException e) {
                if (!e.saysNotFound()) {
                    throw e;
                }
            }
        }
        ledger.markState(run.tenantName(), ObjectKind.COURSE, entry.sourceKey(), LedgerState.DELETED);
    }

    private ReasonCode createOrAdopt(EdusignRun run, SourceCourse course, LedgerWrites.Target target, String apiId, ObjectNode body,
                                     String sourceFingerprint, int slots, List<String> students, boolean resumed) {
        Optional<JsonNode> ours = writes.findOurs(run, ObjectKind.COURSE,
                ApiIds.candidates(run.tenant().source().system(), run.tenantName(), "course", course.getSourceKey()));
        String id;
        ReasonCode outcome;
        Optional<SheetTakeover.Match> match;
        if (ours.isPresent()) {
            body.put("API_ID", ours.get().path("API_ID").asText(apiId));
            id = writes.adopt(run, target, ours.get(), CourseUpdates.explicit(body, slots, slotsOf(ours.get())),
                    Fingerprints.of(body), resumed ? null : "with this course's API_ID", true);
            outcome = resumed ? ReasonCode.CREATED : ReasonCode.ADOPTED;
        } else if (!resumed && run.adoptExistingSheets() && (match = takeover.course(run, course)).isPresent()) {
            // Another connector's sheet of this course: it gets our API_ID and content in one PATCH.
            id = writes.adopt(run, target, match.get().remote(), CourseUpdates.explicit(body, slots, slotsOf(match.get().remote())),
                    Fingerprints.of(body), match.get().evidence(), true);
            outcome = ReasonCode.ADOPTED;
        } else {
            JsonNode created = writes.create(run, target, apiId, body, Fingerprints.of(body), Map.of());
            checkRoster(run, course, created, students);
            id = EdusignApi.idOrNull(created);
            outcome = ReasonCode.CREATED;
        }
        markSynced(run, course, body.path("API_ID").asText(apiId), id, Fingerprints.of(body), sourceFingerprint, slots);
        return outcome;
    }

    /** A PATCH answered "not found": recreated only once {@code GET /v1/course/{id}} confirms the sheet is gone. */
    private ReasonCode recreateIfGone(EdusignRun run, SourceCourse course, LedgerWrites.Target target, String apiId, ObjectNode body,
                                      String sourceFingerprint, int slots, String existingId, EdusignBusinessException notFound) {
        if (run.edusign().course(existingId).isPresent()) {
            throw new EdusignBusinessException("PATCH /v1/course", notFound.edusignMessage() + " although GET /v1/course/" + existingId
                    + " still shows the sheet: nothing recreated, the update is tried again at the next run");
        }
        writes.events().record(run, "course", course.getSourceKey(), ReasonCode.EDUSIGN_REJECTED.name(),
                "sheet " + existingId + " is gone from Edusign (" + notFound.edusignMessage() + ", confirmed by GET); creating it again");
        String id = EdusignApi.idOrNull(writes.create(run, target, apiId, body, Fingerprints.of(body), Map.of()));
        markSynced(run, course, apiId, id, Fingerprints.of(body), sourceFingerprint, slots);
        return ReasonCode.CREATED;
    }

    /** Edusign answered a course without students we sent (the official plugin's {@code fromStudents} case). */
    private void checkRoster(EdusignRun run, SourceCourse course, JsonNode answer, List<String> sent) {
        if (answer == null || !answer.has("STUDENTS")) {
            return; // not shown: nothing to check against
        }
        Set<String> held = RemoteContent.studentIds(answer);
        List<String> missing = sent.stream().filter(id -> !held.contains(id)).toList();
        if (!missing.isEmpty()) {
            run.count(ReasonCode.ROSTER_NOT_TAKEN);
            writes.events().record(run, "course", course.getSourceKey(), ReasonCode.ROSTER_NOT_TAKEN.name(), "Edusign's sheet "
                    + EdusignApi.idOrNull(answer) + " does not hold " + missing.size() + " of the " + sent.size() + " learners sent: " + missing);
        }
    }

    private void markSynced(EdusignRun run, SourceCourse course, String apiId, String id, String fingerprint, String sourceFingerprint, int slots) {
        ledger.markSynced(run.tenantName(), ObjectKind.COURSE, course.getSourceKey(), apiId, id, fingerprint, sourceFingerprint,
                course.getStart().toInstant(), course.getName(), false);
        ledger.recordProfessorSlots(run.tenantName(), course.getSourceKey(), slots);
    }

    private static Integer slotsOf(JsonNode remote) {
        int slots = 0;
        for (var it = remote.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.matches("PROFESSOR(_\\d+)?") && !remote.path(key).asText("").isBlank()) {
                slots = Math.max(slots, key.equals("PROFESSOR") ? 1 : Integer.parseInt(key.substring("PROFESSOR_".length())));
            }
        }
        return slots;
    }
}
