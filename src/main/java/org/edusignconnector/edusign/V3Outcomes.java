package org.edusignconnector.edusign;

import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.events.EventLog;

/** A v3 item that did not take, as the run's count and event: refused with Edusign's code, or unknown. */
final class V3Outcomes {

    private V3Outcomes() {
    }

    static ReasonCode record(EdusignRun run, EventLog events, String kind, String sourceKey, String label, V3ItemOutcome o) {
        ReasonCode reason = o.kind() == V3ItemOutcome.Kind.REFUSED ? ReasonCode.EDUSIGN_REJECTED : ReasonCode.EDUSIGN_UNKNOWN_ANSWER;
        run.count(reason);
        String detail = o.kind() == V3ItemOutcome.Kind.REFUSED ? "Edusign v3 refused " + kind + " '" + label + "': " + o.code()
                + (o.message() == null ? "" : " (" + o.message() + ")")
                : "Edusign v3 said nothing usable about " + kind + " '" + label + "' (" + o.message() + "): tried again at the next run";
        events.record(run, kind, sourceKey, reason.name(), detail);
        return reason;
    }
}
