package org.edusignconnector.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;
import org.edusignconnector.ledger.ObjectKind;
import org.junit.jupiter.api.Test;

/**
 * What the ledger alone says a run must do with a course: create what it does not hold (or holds as deleted), take
 * over an interrupted create, leave the same content alone, update the rest — and only the first three kinds of plan
 * item are written.
 */
class PlannedCourseTest {

    private static final SourceCourse MATHS = SourceCourse.builder("tt1/ev-1").name("Maths")
            .start(ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, ZoneId.of("Europe/Paris")))
            .end(ZonedDateTime.of(2026, 3, 30, 11, 0, 0, 0, ZoneId.of("Europe/Paris"))).build();

    @Test
    void aCourseTheLedgerDoesNotHoldOrHoldsAsDeletedIsCreated() {
        PlannedCourse unknown = PlannedCourse.fromLedger(MATHS, "fp-1", "acme|tt1/ev-1@fp-1", null);
        PlannedCourse deleted = PlannedCourse.fromLedger(MATHS, "fp-1", "acme|tt1/ev-1@fp-1", entry(LedgerState.DELETED, "sheet-1", "fp-1"));

        assertThat(unknown.intent()).isEqualTo(ReasonCode.CREATED);
        assertThat(unknown.reason()).isEqualTo("would create 'Maths' on 2026-03-30T09:00");
        assertThat(unknown.previousFingerprint()).isNull();
        assertThat(deleted.intent()).isEqualTo(ReasonCode.CREATED);
        assertThat(deleted.previousFingerprint()).as("a deleted sheet's content key is already gone").isNull();
    }

    @Test
    void anInterruptedCreateIsPlannedAsACreateThatLooksForTheSheetFirst() {
        PlannedCourse pending = PlannedCourse.fromLedger(MATHS, "fp-2", "acme|tt1/ev-1@fp-2", entry(LedgerState.PENDING, null, null));

        assertThat(pending.intent()).isEqualTo(ReasonCode.CREATED);
        assertThat(pending.reason()).isEqualTo("would create 'Maths' on 2026-03-30T09:00, or take the sheet an interrupted attempt made");
        assertThat(pending.toWrite()).isTrue();
    }

    @Test
    void theSameContentSyncedIsUnchangedAndNotWritten() {
        PlannedCourse same = PlannedCourse.fromLedger(MATHS, "fp-1", "acme|tt1/ev-1@fp-1", entry(LedgerState.SYNCED, "sheet-1", "fp-1"));

        assertThat(same.intent()).isEqualTo(ReasonCode.UNCHANGED);
        assertThat(same.reason()).isEqualTo("unchanged: sheet sheet-1");
        assertThat(same.toWrite()).isFalse();
    }

    @Test
    void anotherContentOrAnIncompleteSheetIsAnUpdateThatRemembersTheFormerContent() {
        PlannedCourse changed = PlannedCourse.fromLedger(MATHS, "fp-2", "acme|tt1/ev-1@fp-2", entry(LedgerState.SYNCED, "sheet-1", "fp-1"));
        // A sheet written without someone Edusign refused is held without its source fingerprint: it is written again.
        PlannedCourse incomplete = PlannedCourse.fromLedger(MATHS, "fp-1", "acme|tt1/ev-1@fp-1", entry(LedgerState.SYNCED, "sheet-1", null));

        assertThat(changed.intent()).isEqualTo(ReasonCode.UPDATED);
        assertThat(changed.reason()).isEqualTo("would update sheet sheet-1 ('Maths' on 2026-03-30T09:00)");
        assertThat(changed.previousFingerprint()).isEqualTo("fp-1");
        assertThat(incomplete.intent()).isEqualTo(ReasonCode.UPDATED);
    }

    @Test
    void thePlanWritesAllButTheUnchangedInSourceOrder() {
        PlannedCourse created = PlannedCourse.fromLedger(MATHS, "fp-1", "k1", null);
        PlannedCourse same = PlannedCourse.fromLedger(MATHS.toBuilder().build(), "fp-1", "k2", entry(LedgerState.SYNCED, "sheet-1", "fp-1"));
        PlannedCourse changed = PlannedCourse.fromLedger(MATHS, "fp-2", "k3", entry(LedgerState.SYNCED, "sheet-1", "fp-1"));
        DownPlan plan = new DownPlan(List.of(created, same, changed), new DownPlan.Deletions(List.of(), 0, null));

        assertThat(plan.toWrite()).containsExactly(created, changed);
        assertThat(plan.unchanged()).containsExactly(same);
        assertThat(plan.count(ReasonCode.CREATED)).isEqualTo(1);
        // A takeover goes through v1 for the courses new to the ledger; v3 batches the rest.
        assertThat(plan.takeovers(true)).containsExactly(created);
        assertThat(plan.batchable(true)).containsExactly(changed);
        assertThat(plan.takeovers(false)).isEmpty();
        assertThat(plan.batchable(false)).containsExactly(created, changed);
    }

    private static LedgerEntry entry(LedgerState state, String edusignId, String sourceFingerprint) {
        return new LedgerEntry("acme", ObjectKind.COURSE, "tt1/ev-1", "API-1", edusignId, "payload-fp", sourceFingerprint, state,
                Instant.parse("2026-03-30T07:00:00Z"), "Maths", false, Instant.parse("2026-03-22T10:00:00Z"));
    }
}
