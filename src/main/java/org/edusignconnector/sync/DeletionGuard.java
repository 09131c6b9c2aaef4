package org.edusignconnector.sync;

import org.edusignconnector.sync.SyncRun;

/**
 * Whether a run may delete what the source no longer lists. Nothing after an empty listing (it
 * looks like "everything was cancelled" and is more likely an outage); otherwise at most
 * {@code maxDeletionPercent} of the tenant's future sheets, a few deletions always being allowed.
 */
public final class DeletionGuard {

    private final int alwaysAllowed;

    public DeletionGuard(int alwaysAllowed) {
        this.alwaysAllowed = alwaysAllowed;
    }

    /** Null when the deletions may go ahead, else why they are held. */
    public String verdict(SyncRun run, int toDelete, int futureSheets) {
        if (toDelete == 0 || run.request().confirmsDeletions()) {
            return null;
        }
        if (run.listedCount() == 0) {
            return "the source listed no course at all while " + futureSheets + " sheets are on Edusign for the window"
                    + " (an empty listing is not taken as 'everything was cancelled')";
        }
        int percent = run.tenant().maxDeletionPercent();
        if (toDelete > alwaysAllowed && toDelete * 100L > (long) percent * futureSheets) {
            return "the run would delete " + toDelete + " of the tenant's " + futureSheets + " future sheets, more than its "
                    + percent + "% guard";
        }
        return null;
    }
}
