package org.edusignconnector.sync;

import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;

/**
 * One course of a down run's plan: the course as the rules kept it, the fingerprint of its source content, what the run
 * means to do with it ({@code intent}: CREATED, UPDATED, UNCHANGED; in a dry run of a takeover also ADOPTED or
 * ADOPTION_AMBIGUOUS) and why, and the source fingerprint the ledger held for it before (null when none).
 *
 * @param changeKey the key of this content in the tenant's idempotent repository
 * @param newToLedger whether the ledger holds nothing of it (or only its deletion): the writer may find the sheet
 *                    under this connector's API_ID, or, in a takeover, adopt another connector's
 */
public record PlannedCourse(SourceCourse course, String sourceFingerprint, String changeKey, ReasonCode intent, String reason,
                            String previousFingerprint, boolean newToLedger) {

    /** What the ledger alone says of a course with this content: nothing read from Edusign. */
    static PlannedCourse fromLedger(SourceCourse course, String sourceFingerprint, String changeKey, LedgerEntry known) {
        String what = "'" + course.getName() + "' on " + course.getStart().toLocalDateTime();
        if (known == null || known.state() == LedgerState.DELETED) {
            return new PlannedCourse(course, sourceFingerprint, changeKey, ReasonCode.CREATED, "would create " + what, null, true);
        }
        String previous = known.sourceFingerprint();
        if (known.state() == LedgerState.PENDING || known.edusignId() == null) {
            // An earlier attempt died before Edusign's answer was kept: the writer looks for that sheet first.
            return new PlannedCourse(course, sourceFingerprint, changeKey, ReasonCode.CREATED,
                    "would create " + what + ", or take the sheet an interrupted attempt made", previous, false);
        }
        if (known.state() == LedgerState.SYNCED && sourceFingerprint.equals(previous)) {
            return new PlannedCourse(course, sourceFingerprint, changeKey, ReasonCode.UNCHANGED, "unchanged: sheet " + known.edusignId(), previous,
                    false);
        }
        return new PlannedCourse(course, sourceFingerprint, changeKey, ReasonCode.UPDATED,
                "would update sheet " + known.edusignId() + " (" + what + ")", previous, false);
    }

    /** The same course with what a takeover's dry run found on Edusign. */
    PlannedCourse withIntent(ReasonCode newIntent, String newReason) {
        return new PlannedCourse(course, sourceFingerprint, changeKey, newIntent, newReason, previousFingerprint, newToLedger);
    }

    /** Whether a writer has something to send for it. */
    public boolean toWrite() {
        return intent != ReasonCode.UNCHANGED;
    }
}
