package org.edusignconnector.edusign;

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
import org.edusignconnector.ledger.ObjectKind;

/**
 * One attempt at writing a course's sheet: its people and groups first, then the sheet created (through
 * {@link LedgerWrites}, so found before it is made), adopted, or updated. An update says everything: an
 * emptied instructor slot or room is sent empty, and the roster Edusign answers with is checked.
 */
final class CourseSheetWriter {

    /** The sheet as it is to be on Edusign, and what the ledger row records about it. */
    private record Sheet(SourceCourse course, LedgerWrites.Target target, String apiId, ObjectNode body, String sourceFingerprint,
                         int slots, List<String> students) {
    }

    /** The Edusign ids of the course's people and groups. */
    private record Roster(List<String> professors, List<String> students, List<String> groups) {
    }

    private final Ledger ledger;
    private final LedgerWrites writes;
    private final PersonWriter people;
    private final GroupWriter groups;
    private final EdusignPayloads payloads;
    private final SheetTakeover takeover;

    CourseSheetWriter(LedgerWrites writes, PersonWriter people, EdusignPayloads payloads) {
        this.ledger = writes.ledger();
        this.writes = writes;
        this.people = people;
        this.groups = new GroupWriter(writes, payloads);
        this.payloads = payloads;
        this.takeover = new SheetTakeover(ledger);
    }

    /** Writes the course; {@code verifyPeople} asks Edusign about each person instead of trusting the ledger. */
    ReasonCode write(EdusignRun run, SourceCourse course, String sourceFingerprint, boolean verifyPeople) {
        Roster roster = roster(run, course, verifyPeople);
        String tenant = run.tenantName();
        Optional<LedgerEntry> known = ledger.find(tenant, ObjectKind.COURSE, course.getSourceKey());
        String apiId = known.map(LedgerEntry::apiId)
                .orElseGet(() -> ApiIds.of(run.tenant().source().system(), tenant, "course", course.getSourceKey()));
        LedgerWrites.Target target = new LedgerWrites.Target(ObjectKind.COURSE, course.getSourceKey(), course.getStart().toInstant(),
                course.getName());
        Sheet sheet = new Sheet(course, target, apiId, payloads.course(course, apiId, roster.professors(), roster.students(), roster.groups()),
                sourceFingerprint, roster.professors().size(), roster.students());
        if (known.isEmpty() || known.get().state() != LedgerState.SYNCED) {
            boolean resumed = known.isPresent() && known.get().state() == LedgerState.PENDING;
            return createOrAdopt(run, sheet, resumed);
        }
        return update(run, sheet, known.get());
    }

    private Roster roster(EdusignRun run, SourceCourse course, boolean verifyPeople) {
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
        List<String> groupIds = null;   // null, not empty: a tenant without groups leaves the sheet's groups alone
        if (run.tenant().groups()) {
            groupIds = new ArrayList<>();
            for (SourceGroup g : course.getGroups()) {
                groupIds.add(groups.ensure(run, g, studentIdByKey));
            }
        }
        return new Roster(professors, students, groupIds);
    }

    private ReasonCode update(EdusignRun run, Sheet sheet, LedgerEntry known) {
        String fingerprint = Fingerprints.of(sheet.body());
        String existingId = known.edusignId();
        if (fingerprint.equals(known.fingerprint())) {
            // Only the people changed (already patched), or the repository had forgotten the key.
            markSynced(run, sheet, sheet.apiId(), existingId);
            return ReasonCode.UNCHANGED;
        }
        ObjectNode update = CourseUpdates.explicit(sheet.body(), sheet.slots(),
                ledger.professorSlots(run.tenantName(), sheet.course().getSourceKey()));
        update.put("ID", existingId);
        try {
            JsonNode answer = run.edusign().update(ObjectKind.COURSE, update, Map.of("editSurveys", false));
            checkRoster(run, sheet, answer);
        } catch (EdusignBusinessException e) {
            if (!e.saysNotFound()) {
                throw e;
            }
            return recreateIfGone(run, sheet, existingId, e);
        }
        markSynced(run, sheet, sheet.apiId(), existingId);
        return ReasonCode.UPDATED;
    }

    private ReasonCode createOrAdopt(EdusignRun run, Sheet sheet, boolean resumed) {
        SourceCourse course = sheet.course();
        ObjectNode body = sheet.body();
        Optional<JsonNode> ours = writes.findOurs(run, ObjectKind.COURSE,
                ApiIds.candidates(run.tenant().source().system(), run.tenantName(), "course", course.getSourceKey()));
        String id;
        ReasonCode outcome;
        Optional<SheetTakeover.Match> match;
        if (ours.isPresent()) {
            body.put("API_ID", ours.get().path("API_ID").asText(sheet.apiId()));
            id = writes.adopt(run, sheet.target(), ours.get(), CourseUpdates.explicit(body, sheet.slots(), slotsOf(ours.get())),
                    Fingerprints.of(body), resumed ? null : "with this course's API_ID", true);
            outcome = resumed ? ReasonCode.CREATED : ReasonCode.ADOPTED;
        } else if (!resumed && run.adoptExistingSheets() && (match = takeover.course(run, course)).isPresent()) {
            // Another connector's sheet of this course: it gets our API_ID and content in one PATCH.
            id = writes.adopt(run, sheet.target(), match.get().remote(), CourseUpdates.explicit(body, sheet.slots(), slotsOf(match.get().remote())),
                    Fingerprints.of(body), match.get().evidence(), true);
            outcome = ReasonCode.ADOPTED;
        } else {
            JsonNode created = writes.create(run, sheet.target(), sheet.apiId(), body, Fingerprints.of(body), Map.of());
            checkRoster(run, sheet, created);
            id = EdusignApi.idOrNull(created);
            outcome = ReasonCode.CREATED;
        }
        markSynced(run, sheet, body.path("API_ID").asText(sheet.apiId()), id);
        return outcome;
    }

    /** A PATCH answered "not found": recreated only once {@code GET /v1/course/{id}} confirms the sheet is gone. */
    private ReasonCode recreateIfGone(EdusignRun run, Sheet sheet, String existingId, EdusignBusinessException notFound) {
        if (run.edusign().course(existingId).isPresent()) {
            throw new EdusignBusinessException("PATCH /v1/course", notFound.edusignMessage() + " although GET /v1/course/" + existingId
                    + " still shows the sheet: nothing recreated, the update is tried again at the next run");
        }
        writes.events().record(run, "course", sheet.course().getSourceKey(), ReasonCode.EDUSIGN_REJECTED.name(),
                "sheet " + existingId + " is gone from Edusign (" + notFound.edusignMessage() + ", confirmed by GET); creating it again");
        String id = EdusignApi.idOrNull(writes.create(run, sheet.target(), sheet.apiId(), sheet.body(), Fingerprints.of(sheet.body()), Map.of()));
        markSynced(run, sheet, sheet.apiId(), id);
        return ReasonCode.CREATED;
    }

    /** Edusign answered a course without students we sent (the official plugin's {@code fromStudents} case). */
    private void checkRoster(EdusignRun run, Sheet sheet, JsonNode answer) {
        if (answer == null || !answer.has("STUDENTS")) {
            return; // not shown: nothing to check against
        }
        List<String> sent = sheet.students();
        Set<String> held = RemoteContent.studentIds(answer);
        List<String> missing = sent.stream().filter(id -> !held.contains(id)).toList();
        if (!missing.isEmpty()) {
            run.count(ReasonCode.ROSTER_NOT_TAKEN);
            writes.events().record(run, "course", sheet.course().getSourceKey(), ReasonCode.ROSTER_NOT_TAKEN.name(), "Edusign's sheet "
                    + EdusignApi.idOrNull(answer) + " does not hold " + missing.size() + " of the " + sent.size() + " learners sent: " + missing);
        }
    }

    private void markSynced(EdusignRun run, Sheet sheet, String apiId, String id) {
        SourceCourse course = sheet.course();
        ledger.markSynced(run.tenantName(), ObjectKind.COURSE, course.getSourceKey(), apiId, id, Fingerprints.of(sheet.body()),
                sheet.sourceFingerprint(), course.getStart().toInstant(), course.getName(), false);
        ledger.recordProfessorSlots(run.tenantName(), course.getSourceKey(), sheet.slots());
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
