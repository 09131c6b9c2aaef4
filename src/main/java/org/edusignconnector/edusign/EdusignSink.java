package org.edusignconnector.edusign;

import java.util.List;

import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;
import org.edusignconnector.ledger.ObjectKind;

/**
 * Writes courses to Edusign with their people and groups ({@link CourseSheetWriter}, {@link PersonWriter},
 * {@link GroupWriter}), each object bracketed by the ledger through {@link LedgerWrites}: found on Edusign
 * before it is created, so neither a lost local database nor an unanswered POST duplicates it. A sheet
 * Edusign refuses because of a person archived since is tried once more; a vanished course's sheet is deleted.
 */
public class EdusignSink {

    private final Ledger ledger;
    private final LedgerWrites writes;
    private final PersonWriter people;
    private final CourseSheetWriter sheets;

    public EdusignSink(LedgerWrites writes, EdusignPayloads payloads) {
        this.ledger = writes.ledger();
        this.writes = writes;
        this.people = new PersonWriter(writes, payloads);
        this.sheets = new CourseSheetWriter(writes, people, payloads);
    }

    /**
     * Creates or updates the course and everything it needs; returns CREATED, UPDATED, UNCHANGED or ADOPTED.
     * When Edusign refuses the sheet, its people are checked against the school's lists (one may have been
     * archived since the ledger knew them); if one was, the sheet is tried once more without whoever cannot
     * be on it (a student is restored).
     */
    public ReasonCode upsertCourse(EdusignRun run, SourceCourse course, String sourceFingerprint) {
        try {
            return sheets.write(run, course, sourceFingerprint, false);
        } catch (EdusignBusinessException refused) {
            if (!people.anyArchived(run, ObjectKind.PROFESSOR, course.getInstructors())
                    && !people.anyArchived(run, ObjectKind.STUDENT, course.getLearners())) {
                throw refused;
            }
            course.getInstructors().forEach(p -> people.forget(run, ObjectKind.PROFESSOR, p));
            course.getLearners().forEach(p -> people.forget(run, ObjectKind.STUDENT, p));
            try {
                return sheets.write(run, course, sourceFingerprint, true);
            } catch (EdusignBusinessException again) {
                // The same refusal twice is reported once, as it first came.
                throw again.getMessage().equals(refused.getMessage()) ? refused : again;
            }
        }
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
}
