package org.edusignconnector.sync;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.ObjectKind;

/**
 * A dry run's answer: the run's {@link DownPlan} as the plan's items (what it would create, update, adopt, per
 * course, and per kind the learners, instructors and groups the connector does not know yet). Nothing is sent,
 * no repository key is stored, nothing is written. The deletions are reported by {@link VanishedCourses}.
 */
public class PlanReport {

    private final Ledger ledger;
    private final EventLog events;

    public PlanReport(Ledger ledger, EventLog events) {
        this.ledger = ledger;
        this.events = events;
    }

    public void report(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        DownPlan plan = exchange.getMessage().getBody(DownPlan.class);
        for (PlannedCourse course : plan.courses()) {
            run.count(course.intent());
            run.progressed();
            if (course.toWrite()) {
                events.record(run, "course", course.course().getSourceKey(), course.intent().name(), course.reason());
            }
        }
        Map<ObjectKind, Set<String>> involved = new EnumMap<>(ObjectKind.class);
        for (ObjectKind kind : List.of(ObjectKind.PROFESSOR, ObjectKind.STUDENT, ObjectKind.GROUP)) {
            involved.put(kind, new LinkedHashSet<>());
        }
        for (PlannedCourse planned : plan.toWrite()) {
            SourceCourse c = planned.course();
            c.getInstructors().forEach(p -> involved.get(ObjectKind.PROFESSOR).add(p.sourceKey()));
            c.getLearners().forEach(p -> involved.get(ObjectKind.STUDENT).add(p.sourceKey()));
            if (run.tenant().groups()) {
                c.getGroups().forEach(g -> involved.get(ObjectKind.GROUP).add(g.sourceKey()));
            }
        }
        reportNew(run, ObjectKind.PROFESSOR, involved.get(ObjectKind.PROFESSOR), "instructor", "instructors");
        reportNew(run, ObjectKind.STUDENT, involved.get(ObjectKind.STUDENT), "learner", "learners");
        reportNew(run, ObjectKind.GROUP, involved.get(ObjectKind.GROUP), "group", "groups");
    }

    /** One item per kind: how many of the courses' people (or groups) the ledger does not hold, so a write makes or adopts them. */
    private void reportNew(SyncRun run, ObjectKind kind, Set<String> sourceKeys, String noun, String plural) {
        Set<String> known = ledger.sourceKeys(run.tenantName(), kind);
        long unknown = sourceKeys.stream().filter(key -> !known.contains(key)).count();
        if (unknown > 0) {
            events.record(run, noun, null, ReasonCode.CREATED.name(), "would create or adopt " + unknown + " of the " + sourceKeys.size() + " "
                    + plural + " of the courses to write: the connector does not know them yet (each is looked for on Edusign first)");
        }
    }
}
