package org.edusignconnector.sync;

import org.apache.camel.Exchange;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;
import org.edusignconnector.ledger.ObjectKind;

/**
 * A dry run's answer for a course that passed the rules: what a real run would do to it, from the ledger
 * alone (no request, no repository key, nothing written).
 */
public class CoursePlan {

    private final Ledger ledger;
    private final EventLog events;

    public CoursePlan(Ledger ledger, EventLog events) {
        this.ledger = ledger;
        this.events = events;
    }

    public void plan(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        SourceCourse course = exchange.getMessage().getBody(SourceCourse.class);
        String fingerprint = exchange.getProperty(Downstream.FINGERPRINT, String.class);
        LedgerEntry known = ledger.find(run.tenantName(), ObjectKind.COURSE, course.getSourceKey()).orElse(null);
        ReasonCode outcome;
        String message;
        if (known == null && run.adoptExistingSheets()) {
            TakeoverPlan.Planned planned = TakeoverPlan.of(run, ledger, course);
            outcome = planned.outcome();
            message = planned.message();
        } else if (known == null || known.state() == LedgerState.DELETED) {
            outcome = ReasonCode.CREATED;
            message = "would create '" + course.getName() + "' on " + course.getStart().toLocalDateTime();
        } else if (fingerprint.equals(known.sourceFingerprint()) && known.state() == LedgerState.SYNCED) {
            outcome = ReasonCode.UNCHANGED;
            message = "unchanged: sheet " + known.edusignId();
        } else {
            outcome = ReasonCode.UPDATED;
            message = "would update sheet " + known.edusignId() + " ('" + course.getName() + "')";
        }
        run.count(outcome);
        run.progressed();
        if (outcome != ReasonCode.UNCHANGED) {
            events.record(run, "course", course.getSourceKey(), outcome.name(), message);
        }
    }
}
