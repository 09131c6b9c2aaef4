package org.edusignconnector.sync;

import org.apache.camel.Exchange;
import org.edusignconnector.course.CourseCheck;
import org.edusignconnector.course.CourseFingerprint;
import org.edusignconnector.course.CourseRules;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.Skip;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.Text;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.PersonProblems;
import org.edusignconnector.tenant.Tenant;

/**
 * A course's verdict before anything is written: the shared rules and the source options, then the tenant's
 * own filter route. A course kept gets its change key ({@value Downstream#CHANGE_KEY}); one left out gets a
 * {@value Downstream#SKIP}, recorded here with its reason.
 */
public class CourseChecks {

    private final EventLog events;
    private final PersonProblems personProblems;

    public CourseChecks(EventLog events, PersonProblems personProblems) {
        this.events = events;
        this.personProblems = personProblems;
    }

    /** Applies the shared rules and the source options; sets {@value Downstream#SKIP} or the change key. */
    public void check(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        SourceCourse course = exchange.getMessage().getBody(SourceCourse.class);
        exchange.getMessage().removeHeader(Downstream.TENANT_SKIP_HEADER);
        CourseCheck verdict = CourseRules.check(course, run.window(), run.tenant().source().filters());
        exchange.getMessage().setBody(verdict.course());
        exchange.setProperty(Downstream.SKIP, verdict.skip());
        recordLeftOut(run, course, verdict);
        for (CourseCheck.Note note : verdict.notes()) {
            run.count(note.reason());
            events.record(run, note.kind(), note.sourceId() == null ? course.getSourceKey() : note.sourceId(), note.reason().name(),
                    "course '" + Text.quote(course.getName()) + "': " + note.message());
        }
        if (!verdict.isSkipped()) {
            String fingerprint = CourseFingerprint.of(verdict.course(), optionsSignature(run));
            exchange.setProperty(Downstream.FINGERPRINT, fingerprint);
            exchange.setProperty(Downstream.CHANGE_KEY,
                    Downstream.changeKey(run, course.getSourceKey(), fingerprint));
        }
    }

    /** After the tenant's own filter route: its {@value Downstream#TENANT_SKIP_HEADER} header becomes a skip. */
    public void applyTenantFilter(Exchange exchange) {
        String reason = exchange.getMessage().getHeader(Downstream.TENANT_SKIP_HEADER, String.class);
        exchange.getMessage().removeHeader(Downstream.TENANT_SKIP_HEADER);
        if (reason != null && !reason.isBlank()) {
            exchange.setProperty(Downstream.SKIP, new Skip(ReasonCode.FILTERED_BY_TENANT, reason));
        }
    }

    /** A course left out (by the rules, the options or the tenant's filter): counted, and why recorded. */
    public void recordSkip(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        SourceCourse course = exchange.getMessage().getBody(SourceCourse.class);
        Skip skip = exchange.getProperty(Downstream.SKIP, Skip.class);
        run.count(skip.reason());
        run.progressed();
        events.record(run, "course", course.getSourceKey(), skip.reason().name(),
                "'" + Text.quote(course.getName()) + "' " + (course.getStart() == null ? "" : "on " + course.getStart().toLocalDateTime() + " ")
                        + "not sent: " + skip.detail());
    }

    /** People the rules kept off the sheet: counted in every run, recorded only when their problem is new. */
    private void recordLeftOut(SyncRun run, SourceCourse course, CourseCheck verdict) {
        for (SourcePerson p : verdict.leftOut()) {
            run.count(ReasonCode.INVALID_PERSON);
            if (!personProblems.isNews(run, p.role() + ":" + p.sourceKey(), p.problem())) {
                continue;   // recorded when it appeared; counted in every run
            }
            events.record(run, p.role() == SourcePerson.Role.LEARNER ? "learner" : "instructor",
                    course.getSourceKey(), ReasonCode.INVALID_PERSON.name(),
                    Text.quote(p.sourceKey()) + " (" + p.displayName() + ") left out of course '" + Text.quote(course.getName()) + "': " + p.problem());
        }
    }

    /** Options that change what is sent are part of the fingerprint, so changing one sends every course again. */
    private static String optionsSignature(SyncRun run) {
        Tenant t = run.tenant();
        return t.source().optionsSignature() + ";groups=" + t.groups();
    }
}
