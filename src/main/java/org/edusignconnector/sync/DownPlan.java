package org.edusignconnector.sync;

import java.util.List;

import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.ledger.LedgerEntry;

/**
 * What a down run means to do, computed from the source and the ledger before anything is written: the courses kept
 * by the rules and the tenant's filter, each with its intent, and the sheets whose course vanished. A dry run reports
 * it; the v1 or the v3-batch writer carries it out, and the deletions go through v1 either way.
 */
public record DownPlan(List<PlannedCourse> courses, Deletions deletions) {

    /**
     * The sheets this connector made whose course the source no longer lists, out of the window's {@code futureSheets},
     * and why they are held instead of deleted (null when they may go).
     */
    public record Deletions(List<LedgerEntry> vanished, int futureSheets, String heldBecause) {
    }

    public DownPlan {
        courses = List.copyOf(courses);
    }

    /** The courses a writer sends, in source order. */
    public List<PlannedCourse> toWrite() {
        return courses.stream().filter(PlannedCourse::toWrite).toList();
    }

    /**
     * The courses to write that a takeover ({@code adoptExistingSheets}) may match to another connector's sheet: the
     * ones new to the ledger. Adopting gives the sheet this connector's API_ID, which only v1 can do, so on v3 they
     * go through v1; none when the tenant takes nothing over.
     */
    public List<PlannedCourse> takeovers(boolean adoptExistingSheets) {
        return toWrite().stream().filter(c -> adoptExistingSheets && c.newToLedger()).toList();
    }

    /** The courses to write but for the {@link #takeovers}: what a v3 tenant writes in batches. */
    public List<PlannedCourse> batchable(boolean adoptExistingSheets) {
        return toWrite().stream().filter(c -> !(adoptExistingSheets && c.newToLedger())).toList();
    }

    /** The courses Edusign already holds as the source has them. */
    public List<PlannedCourse> unchanged() {
        return courses.stream().filter(c -> !c.toWrite()).toList();
    }

    public long count(ReasonCode intent) {
        return courses.stream().filter(c -> c.intent() == intent).count();
    }
}
