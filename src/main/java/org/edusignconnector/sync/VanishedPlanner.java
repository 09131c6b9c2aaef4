package org.edusignconnector.sync;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;

/**
 * The deletions of a down run's plan: the sheets of the window this connector made whose course the source did not
 * list, and whether the tenant's {@link DeletionGuard} holds them, out of the window's sheets as they will be when
 * the run ends (the kept courses the ledger does not hold yet join them).
 */
public class VanishedPlanner {

    private final Ledger ledger;
    private final DeletionGuard guard;

    public VanishedPlanner(Ledger ledger, DeletionGuard guard) {
        this.ledger = ledger;
        this.guard = guard;
    }

    /** Nothing when the listing may have been cut short: it says nothing about what vanished. */
    DownPlan.Deletions plan(SyncRun run, List<PlannedCourse> kept) {
        if (!run.sourceComplete()) {
            return new DownPlan.Deletions(List.of(), 0, null);
        }
        List<LedgerEntry> known = ledger.coursesStartingBetween(run.tenantName(), run.window().from().toInstant(), run.window().until().toInstant());
        List<LedgerEntry> vanished = known.stream().filter(e -> !run.wasListed(e.sourceKey())).toList();
        Set<String> held = known.stream().map(LedgerEntry::sourceKey).collect(Collectors.toSet());
        int futureSheets = known.size() + (int) kept.stream().filter(c -> !held.contains(c.course().getSourceKey())).count();
        return new DownPlan.Deletions(vanished, futureSheets, guard.verdict(run, vanished.size(), futureSheets));
    }
}
