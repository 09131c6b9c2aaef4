package org.edusignconnector.sync;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.edusignconnector.course.CourseCheck;
import org.edusignconnector.course.CourseFingerprint;
import org.edusignconnector.course.CourseRules;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.Skip;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SourceSnapshot;
import org.edusignconnector.course.Text;
import org.edusignconnector.edusign.AmbiguousAdoptionException;
import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.edusign.EdusignSink;
import org.edusignconnector.edusign.EdusignUnknownAnswerException;
import org.edusignconnector.edusign.PersonArchivedException;
import org.edusignconnector.edusign.UnansweredCreateException;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.events.PersonProblems;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantIdempotency;

/**
 * The steps of the downstream route (source → Edusign), one method each, called from the
 * sync-down and sync-course routes. The run travels as the exchange property {@value #RUN}.
 */
public class Downstream {

    public static final String RUN = "syncRun";
    public static final String SKIP = "skip";
    public static final String CHANGE_KEY = "changeKey";
    public static final String FINGERPRINT = "courseFingerprint";
    /** Header a tenant filter route sets to keep a course out, with a readable reason. */
    public static final String TENANT_SKIP_HEADER = "skipReason";

    private final Ledger ledger;
    private final EventLog events;
    private final EdusignSink sink;
    private final IdempotentRepository idempotency;
    private final DeletionGuard guard;
    private final DeletionHolds holds;
    private final PersonProblems personProblems;

    public Downstream(Ledger ledger, EventLog events, EdusignSink sink, IdempotentRepository idempotency, DeletionGuard guard,
                      DeletionHolds holds, PersonProblems personProblems) {
        this.personProblems = personProblems;
        this.ledger = ledger;
        this.events = events;
        this.sink = sink;
        this.idempotency = idempotency;
        this.guard = guard;
        this.holds = holds;
    }

    /** Reads the source for the window; the body becomes the list of courses. */
    public List<SourceCourse> fetch(Exchange exchange) {
        SyncRun run = run(exchange);
        SourceSnapshot snapshot;
        try {
            snapshot = run.tenant().source().fetch(run.window());
        } catch (SourceDataException unreadable) {
            // The run fails (nothing written, nothing deleted); the event says which call and what came back.
            run.count(ReasonCode.SOURCE_ERROR);
            events.record(run, "source", null, ReasonCode.SOURCE_ERROR.name(), unreadable.getMessage());
            throw unreadable;
        }
        for (SourceSnapshot.SourceProblem p : snapshot.problems()) {
            run.count(p.reason());
            events.record(run, "source", p.sourceId(), p.reason().name(), p.message());
        }
        List<SourceCourse> courses = new ArrayList<>();
        for (SourceCourse c : snapshot.courses()) {
            if (run.wasListed(c.getSourceKey())) {
                // A second record with the same id: sending both would rewrite the sheet at every run.
                run.count(ReasonCode.INVALID_COURSE_DATA);
                events.record(run, "course", c.getSourceKey(), ReasonCode.INVALID_COURSE_DATA.name(),
                        "'" + Text.quote(c.getName()) + "' listed more than once with the same id: only its first occurrence is synchronised");
                continue;
            }
            run.listed(c.getSourceKey());
            courses.add(c);
        }
        run.sourceComplete(snapshot.complete());
        run.total(courses.size());
        return courses;
    }

    /** Applies the shared rules and the source options; sets {@value #SKIP} or the change key. */
    public void check(Exchange exchange) {
        SyncRun run = run(exchange);
        SourceCourse course = exchange.getMessage().getBody(SourceCourse.class);
        exchange.getMessage().removeHeader(TENANT_SKIP_HEADER);
        CourseCheck verdict = CourseRules.check(course, run.window(), run.tenant().source().filters());
        exchange.getMessage().setBody(verdict.course());
        exchange.setProperty(SKIP, verdict.skip());
        for (SourcePerson p : verdict.leftOut()) {
            run.count(ReasonCode.INVALID_PERSON);
            if (!personProblems.isNews(run, p.role() + ":" + p.sourceKey(), p.problem())) {
                continue;   // recorded when it appeared; counted in every run
            }
            events.record(run, p.role() == SourcePerson.Role.LEARNER ? "learner" : "instructor",
                    course.getSourceKey(), ReasonCode.INVALID_PERSON.name(),
                    Text.quote(p.sourceKey()) + " (" + p.displayName() + ") left out of course '" + Text.quote(course.getName()) + "': " + p.problem());
        }
        for (CourseCheck.Note note : verdict.notes()) {
            run.count(note.reason());
            events.record(run, note.kind(), note.sourceId() == null ? course.getSourceKey() : note.sourceId(), note.reason().name(),
                    "course '" + Text.quote(course.getName()) + "': " + note.message());
        }
        if (!verdict.isSkipped()) {
            String fingerprint = CourseFingerprint.of(verdict.course(), optionsSignature(run));
            exchange.setProperty(FINGERPRINT, fingerprint);
            exchange.setProperty(CHANGE_KEY, TenantIdempotency.key(run.tenantName(), changeKey(course.getSourceKey(), fingerprint)));
        }
    }

    /** After the tenant's own filter route: its {@value #TENANT_SKIP_HEADER} header becomes a skip. */
    public void applyTenantFilter(Exchange exchange) {
        String reason = exchange.getMessage().getHeader(TENANT_SKIP_HEADER, String.class);
        exchange.getMessage().removeHeader(TENANT_SKIP_HEADER);
        if (reason != null && !reason.isBlank()) {
            exchange.setProperty(SKIP, new Skip(ReasonCode.FILTERED_BY_TENANT, reason));
        }
    }

    public void recordSkip(Exchange exchange) {
        SyncRun run = run(exchange);
        SourceCourse course = exchange.getMessage().getBody(SourceCourse.class);
        Skip skip = exchange.getProperty(SKIP, Skip.class);
        run.count(skip.reason());
        run.progressed();
        events.record(run, "course", course.getSourceKey(), skip.reason().name(),
                "'" + Text.quote(course.getName()) + "' " + (course.getStart() == null ? "" : "on " + course.getStart().toLocalDateTime() + " ")
                        + "not sent: " + skip.detail());
    }

    public void recordUnchanged(Exchange exchange) {
        SyncRun run = run(exchange);
        run.count(ReasonCode.UNCHANGED);
        run.progressed();
    }

    /** Sends the course (and its people and groups) to Edusign. */
    public void write(Exchange exchange) {
        SyncRun run = run(exchange);
        SourceCourse course = exchange.getMessage().getBody(SourceCourse.class);
        String fingerprint = exchange.getProperty(FINGERPRINT, String.class);
        String previous = ledger.find(run.tenantName(), ObjectKind.COURSE, course.getSourceKey())
                .map(LedgerEntry::sourceFingerprint).orElse(null);
        ReasonCode outcome = sink.upsertCourse(run, course, fingerprint);
        run.count(outcome);
        run.progressed();
        if (previous != null && !previous.equals(fingerprint)) {
            // Forget the old content's key, so that a later return to that content is sent again.
            repository(run).remove(TenantIdempotency.key(run.tenantName(), changeKey(course.getSourceKey(), previous)));
        }
    }

    /**
     * A dry run's answer for a course that passed the rules: what a real run would do to it, from
     * the ledger alone (no request, no repository key, nothing written).
     */
    public void plan(Exchange exchange) {
        SyncRun run = run(exchange);
        SourceCourse course = exchange.getMessage().getBody(SourceCourse.class);
        String fingerprint = exchange.getProperty(FINGERPRINT, String.class);
        LedgerEntry known = ledger.find(run.tenantName(), ObjectKind.COURSE, course.getSourceKey()).orElse(null);
        ReasonCode outcome;
        String message;
        if (known == null && run.adoptExistingSheets()) {
            TakeoverPlan.Planned planned = TakeoverPlan.of(run, ledger, course);
            outcome = planned.outcome();
            message = planned.message();
        } else if (known == null || known.state() == org.edusignconnector.ledger.LedgerState.DELETED) {
            outcome = ReasonCode.CREATED;
            message = "would create '" + course.getName() + "' on " + course.getStart().toLocalDateTime();
        } else if (fingerprint.equals(known.sourceFingerprint()) && known.state() == org.edusignconnector.ledger.LedgerState.SYNCED) {
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

    /** Records an item that Edusign or the source refused; the run goes on. */
    public void recordFailure(Exchange exchange) {
        SyncRun run = run(exchange);
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

    /**
     * Deletes the sheets this connector created whose course the source no longer lists — unless
     * that would delete more than the tenant's guard allows (or anything after an empty listing):
     * then nothing is deleted, the deletions are held and recorded, until an operator confirms them
     * or a normal run no longer trips the guard.
     */
    public void deleteVanished(Exchange exchange) {
        SyncRun run = run(exchange);
        if (!run.sourceComplete()) {
            return;
        }
        List<LedgerEntry> known = ledger.coursesStartingBetween(run.tenantName(), run.window().from().toInstant(), run.window().until().toInstant());
        List<LedgerEntry> vanished = known.stream().filter(e -> !run.wasListed(e.sourceKey())).toList();
        String hold = guard.verdict(run, vanished.size(), known.size());
        if (hold != null) {
            run.count(ReasonCode.DELETIONS_HELD);
            if (!run.dryRun()) {
                holds.hold(run.tenantName(), run.runId(), vanished.size(), known.size());
            }
            events.record(run, "run", null, ReasonCode.DELETIONS_HELD.name(), hold
                    + ": nothing deleted. Confirm with POST /api/tenants/" + run.tenantName() + "/deletions/confirm, or let the next run decide.");
            return;
        }
        if (!run.dryRun()) {
            holds.release(run.tenantName());
        }
        for (LedgerEntry entry : vanished) {
            if (run.dryRun()) {
                run.count(ReasonCode.DELETED);
                events.record(run, "course", entry.sourceKey(), ReasonCode.DELETED.name(),
                        "would delete sheet " + entry.edusignId() + " ('" + entry.label() + "'): the course is no longer in the source");
                continue;
            }
            sink.deleteCourse(run, entry);
            if (entry.sourceFingerprint() != null) {
                idempotency.remove(TenantIdempotency.key(run.tenantName(), changeKey(entry.sourceKey(), entry.sourceFingerprint())));
            }
            run.count(ReasonCode.DELETED);
            events.record(run, "course", entry.sourceKey(), ReasonCode.DELETED.name(),
                    "sheet " + entry.edusignId() + " ('" + entry.label() + "') deleted: the course is no longer in the source");
        }
    }

    private IdempotentRepository repository(SyncRun run) {
        return idempotency;
    }

    private static String optionsSignature(SyncRun run) {
        Tenant t = run.tenant();
        return t.source().optionsSignature() + ";groups=" + t.groups();
    }

    static String changeKey(String sourceKey, String fingerprint) {
        return sourceKey + "@" + fingerprint;
    }

    private static SyncRun run(Exchange exchange) {
        return exchange.getProperty(RUN, SyncRun.class);
    }
}
