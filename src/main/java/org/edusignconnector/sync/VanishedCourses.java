package org.edusignconnector.sync;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.edusign.EdusignSink;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.tenant.TenantIdempotency;

/**
 * The last step of a down run: the sheets this connector created whose course the source no longer lists
 * are deleted — unless that would delete more than the tenant's guard allows (or anything after an empty
 * listing): then nothing is deleted, the deletions are held and recorded, until an operator confirms them
 * or a normal run no longer trips the guard.
 */
public class VanishedCourses {

    private final Ledger ledger;
    private final EventLog events;
    private final EdusignSink sink;
    private final IdempotentRepository idempotency;
    private final DeletionGuard guard;
    private final DeletionHolds holds;

    public VanishedCourses(Ledger ledger, EventLog events, EdusignSink sink, IdempotentRepository idempotency, DeletionGuard guard,
                           DeletionHolds holds) {
        this.ledger = ledger;
        this.events = events;
        this.sink = sink;
        this.idempotency = idempotency;
        this.guard = guard;
        this.holds = holds;
    }

    /**
     * The plan's deletions: the sheets of the window whose course the source did not list, and whether the guard holds
     * them, out of the window's sheets as they will be when the run ends (the {@code kept} courses the ledger does not
     * hold yet join them). Empty when the listing may have been cut short: it says nothing about what vanished.
     */
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

    /** Carries out (or, in a dry run, reports) the deletions of the body's {@link DownPlan}; held ones are recorded. */
    public void deleteVanished(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        DownPlan.Deletions deletions = exchange.getMessage().getBody(DownPlan.class).deletions();
        if (deletions.heldBecause() != null) {
            holdAll(run, deletions.heldBecause(), deletions.vanished().size(), deletions.futureSheets());
            return;
        }
        if (!run.dryRun() && run.sourceComplete()) {
            holds.release(run.tenantName());
        }
        for (LedgerEntry entry : deletions.vanished()) {
            if (run.dryRun()) {
                run.count(ReasonCode.DELETED);
                events.record(run, "course", entry.sourceKey(), ReasonCode.DELETED.name(),
                        "would delete sheet " + entry.edusignId() + " ('" + entry.label() + "'): the course is no longer in the source");
            } else {
                delete(run, entry);
            }
        }
    }

    private void holdAll(SyncRun run, String why, int vanished, int known) {
        run.count(ReasonCode.DELETIONS_HELD);
        if (!run.dryRun()) {
            holds.hold(run.tenantName(), run.runId(), vanished, known);
        }
        events.record(run, "run", null, ReasonCode.DELETIONS_HELD.name(), why
                + ": nothing deleted. Confirm with POST /api/tenants/" + run.tenantName() + "/deletions/confirm, or let the next run decide.");
    }

    private void delete(SyncRun run, LedgerEntry entry) {
        sink.deleteCourse(run, entry);
        if (entry.sourceFingerprint() != null) {
            // Forget the content's key: a course that comes back with the same content is created again.
            idempotency.remove(TenantIdempotency.key(run.tenantName(), Downstream.changeKey(entry.sourceKey(), entry.sourceFingerprint())));
        }
        run.count(ReasonCode.DELETED);
        events.record(run, "course", entry.sourceKey(), ReasonCode.DELETED.name(),
                "sheet " + entry.edusignId() + " ('" + entry.label() + "') deleted: the course is no longer in the source");
    }
}
