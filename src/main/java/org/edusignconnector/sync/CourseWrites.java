package org.edusignconnector.sync;

import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.edusign.AmbiguousAdoptionException;
import org.edusignconnector.edusign.EdusignSink;
import org.edusignconnector.edusign.EdusignUnknownAnswerException;
import org.edusignconnector.edusign.PersonArchivedException;
import org.edusignconnector.edusign.UnansweredCreateException;
import org.edusignconnector.events.EventLog;

/**
 * The two branches of a course's idempotent write (a content already sent is unchanged, a new one goes to
 * Edusign) and the record of a course Edusign refused, after which the run goes on.
 */
public class CourseWrites {

    private final EventLog events;
    private final EdusignSink sink;
    private final IdempotentRepository idempotency;

    public CourseWrites(EventLog events, EdusignSink sink, IdempotentRepository idempotency) {
        this.events = events;
        this.sink = sink;
        this.idempotency = idempotency;
    }

    /** The body, one course of the plan to write, becomes the course, with its fingerprint and change key beside it. */
    public void prepare(Exchange exchange) {
        PlannedCourse planned = exchange.getMessage().getBody(PlannedCourse.class);
        exchange.setProperty(Downstream.FINGERPRINT, planned.sourceFingerprint());
        exchange.setProperty(Downstream.CHANGE_KEY, planned.changeKey());
        exchange.setProperty(Downstream.PREVIOUS_FINGERPRINT, planned.previousFingerprint());
        exchange.getMessage().setBody(planned.course());
    }

    /** The plan's unchanged courses (the body's {@link DownPlan}): counted, and their content's key kept. */
    public void settleUnchanged(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        exchange.getMessage().getBody(DownPlan.class).unchanged().forEach(c -> settleUnchanged(run, c));
    }

    /**
     * A course the ledger holds as synced with this very content: nothing to send. Its key goes in the repository (it
     * may be missing after a crash between the ledger's record and the key's, or after a switch of API).
     */
    void settleUnchanged(SyncRun run, PlannedCourse course) {
        idempotency.add(course.changeKey());
        run.count(ReasonCode.UNCHANGED);
        run.progressed();
    }

    /** The repository holds this content's key: Edusign already has it. */
    public void recordUnchanged(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        run.count(ReasonCode.UNCHANGED);
        run.progressed();
    }

    /** Sends the course (and its people and groups) to Edusign. */
    public void write(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        SourceCourse course = exchange.getMessage().getBody(SourceCourse.class);
        String fingerprint = exchange.getProperty(Downstream.FINGERPRINT, String.class);
        String previous = exchange.getProperty(Downstream.PREVIOUS_FINGERPRINT, String.class);
        ReasonCode outcome = sink.upsertCourse(run, course, fingerprint);
        run.count(outcome);
        run.progressed();
        forgetFormerContent(run, course.getSourceKey(), previous, fingerprint);
    }

    /** The key of the content written before goes, so that a later return to that content is sent again. */
    void forgetFormerContent(SyncRun run, String sourceKey, String previous, String written) {
        if (previous != null && !previous.equals(written)) {
            idempotency.remove(Downstream.changeKey(run, sourceKey, previous));
        }
    }

    /** Records an item that Edusign or the source refused; the run goes on. */
    public void recordFailure(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        SourceCourse course = exchange.getMessage().getBody(SourceCourse.class);
        ReasonCode reason = failure instanceof UnansweredCreateException ? ReasonCode.EDUSIGN_UNANSWERED
                : failure instanceof EdusignUnknownAnswerException ? ReasonCode.EDUSIGN_UNKNOWN_ANSWER
                : failure instanceof PersonArchivedException ? ReasonCode.PERSON_ARCHIVED
                : failure instanceof AmbiguousAdoptionException ? ReasonCode.ADOPTION_AMBIGUOUS
                : ReasonCode.EDUSIGN_REJECTED;
        run.count(reason);
        run.progressed();
        events.record(run, "course", course == null ? null : course.getSourceKey(),
                reason.name(), failure == null ? "unknown failure" : failure.getMessage());
    }
}
