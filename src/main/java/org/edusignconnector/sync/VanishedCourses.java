package org.edusignconnector.sync;

import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.edusign.EdusignSink;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.ledger.LedgerEntry;

/**
 * The last step of a down run: the plan's vanished sheets (see {@link VanishedPlanner}) are deleted through v1 —
 * unless the tenant's guard held them: then nothing is deleted, the deletions are held and recorded, until an
 * operator confirms them or a normal run no longer trips the guard.
 */
public class VanishedCourses {

    private final EventLog events;
    private final EdusignSink sink;
    private final IdempotentRepository idempotency;
    private final DeletionHolds holds;

    public VanishedCourses(EventLog events, EdusignSink sink, IdempotentRepository idempotency, DeletionHolds holds) {
        this.events = events;
        this.sink = sink;
        this.idempotency = idempotency;
        this.holds = holds;
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
            idempotency.remove(Downstream.changeKey(run, entry.sourceKey(), entry.sourceFingerprint()));
        }
        run.count(ReasonCode.DELETED);
        events.record(run, "course", entry.sourceKey(), ReasonCode.DELETED.name(),
                "sheet " + entry.edusignId() + " ('" + entry.label() + "') deleted: the course is no longer in the source");
    }
}
