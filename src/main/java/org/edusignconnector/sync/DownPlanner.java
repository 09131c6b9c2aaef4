package org.edusignconnector.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RuntimeCamelException;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.edusign.LedgerWrites;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.ObjectKind;

/**
 * The plan of a down run, before any write: every listed course through the shared rules, the source options and the
 * tenant's filter route ({@link CourseChecks}; a course left out is recorded there with its reason), then its intent
 * from the ledger ({@link PlannedCourse#fromLedger}), and the vanished courses ({@link VanishedPlanner}). Only a
 * dry run reads Edusign here, for the courses the ledger does not know ({@link TakeoverPlan}): the writers look for
 * those sheets before they create one, so the dry run does too.
 */
public class DownPlanner {

    private final CourseChecks checks;
    private final Ledger ledger;
    private final LedgerWrites writes;
    private final VanishedPlanner vanished;
    private final ProducerTemplate template;

    public DownPlanner(CourseChecks checks, Ledger ledger, LedgerWrites writes, VanishedPlanner vanished, ProducerTemplate template) {
        this.checks = checks;
        this.ledger = ledger;
        this.writes = writes;
        this.vanished = vanished;
        this.template = template;
    }

    /** The body, the listed courses, becomes the run's {@link DownPlan}. */
    @SuppressWarnings("unchecked")
    public DownPlan plan(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        List<PlannedCourse> planned = new ArrayList<>();
        for (SourceCourse listed : (List<SourceCourse>) exchange.getMessage().getBody(List.class)) {
            kept(exchange, run, listed).map(one -> intent(run, one)).ifPresent(planned::add);
        }
        return new DownPlan(planned, vanished.plan(run, planned));
    }

    /** The course's exchange once the rules and the tenant's filter kept it; empty (and recorded) when they left it out. */
    private Optional<Exchange> kept(Exchange exchange, SyncRun run, SourceCourse listed) {
        // As a splitter would: the run's headers and properties (the tenant filter route may read them), this course as body.
        Exchange one = exchange.copy();
        one.getMessage().setBody(listed);
        checks.check(one);
        if (one.getProperty(Downstream.SKIP) == null) {
            template.send(run.courseFilter(), one);
            if (one.getException() != null) {
                // A tenant filter that fails is the tenant's configuration at fault: the run stops, nothing written.
                throw RuntimeCamelException.wrapRuntimeCamelException(one.getException());
            }
            checks.applyTenantFilter(one);
        }
        if (one.getProperty(Downstream.SKIP) != null) {
            checks.recordSkip(one);
            return Optional.empty();
        }
        return Optional.of(one);
    }

    private PlannedCourse intent(SyncRun run, Exchange one) {
        SourceCourse course = one.getMessage().getBody(SourceCourse.class);
        LedgerEntry known = ledger.find(run.tenantName(), ObjectKind.COURSE, course.getSourceKey()).orElse(null);
        PlannedCourse planned = PlannedCourse.fromLedger(course, one.getProperty(Downstream.FINGERPRINT, String.class),
                one.getProperty(Downstream.CHANGE_KEY, String.class), known);
        if (known == null && run.dryRun()) {
            TakeoverPlan.Planned takeover = TakeoverPlan.of(run, ledger, writes, course);
            return planned.withIntent(takeover.outcome(), takeover.message());
        }
        return planned;
    }
}
