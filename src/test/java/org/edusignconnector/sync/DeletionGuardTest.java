package org.edusignconnector.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.testing.SyncRuns;
import org.junit.jupiter.api.Test;

/**
 * When a run may delete the sheets of courses its source no longer lists: never after an empty
 * listing, else up to the tenant's percentage of its future sheets, a few always, and anything once
 * an operator confirms.
 */
class DeletionGuardTest {

    private static final int ALWAYS_ALLOWED = 3;
    private final DeletionGuard guard = new DeletionGuard(ALWAYS_ALLOWED);

    @Test
    void nothingToDeleteIsNeverHeld() {
        assertThat(guard.verdict(run(20, "schedule", 0), 0, 50)).isNull();
    }

    @Test
    void anEmptyListingHoldsEveryDeletion() {
        assertThat(guard.verdict(run(20, "schedule", 0), 1, 50))
                .isEqualTo("the source listed no course at all while 50 sheets are on Edusign for the window"
                        + " (an empty listing is not taken as 'everything was cancelled')");
    }

    @Test
    void upToThePercentageOfFutureSheetsGoesAhead() {
        assertThat(guard.verdict(run(20, "schedule", 40), 10, 50)).as("exactly 20%").isNull();
        assertThat(guard.verdict(run(20, "schedule", 40), 11, 50))
                .isEqualTo("the run would delete 11 of the tenant's 50 future sheets, more than its 20% guard");
    }

    @Test
    void aFewDeletionsAlwaysGoAheadEvenOnASmallTimetable() {
        assertThat(guard.verdict(run(20, "schedule", 1), ALWAYS_ALLOWED, 4)).as("75% of 4, but only 3").isNull();
        assertThat(guard.verdict(run(20, "schedule", 1), ALWAYS_ALLOWED + 1, 4)).isNotNull();
        assertThat(guard.verdict(run(0, "schedule", 1), ALWAYS_ALLOWED, 100)).as("even with a 0% guard").isNull();
    }

    @Test
    void anOperatorsConfirmationLetsEverythingGo() {
        assertThat(guard.verdict(run(20, SyncRequest.DELETION_CONFIRMATION, 0), 50, 50)).isNull();
    }

    private static SyncRun run(int maxDeletionPercent, String trigger, int listed) {
        SyncRun run = SyncRuns.down("acme", "run-1", trigger, false, maxDeletionPercent);
        for (int i = 0; i < listed; i++) {
            run.listed("tt1/ev-" + i);
        }
        return run;
    }
}
