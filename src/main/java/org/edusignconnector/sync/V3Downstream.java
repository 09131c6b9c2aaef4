package org.edusignconnector.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultExchange;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.edusign.EdusignV3;
import org.edusignconnector.edusign.V3Writer;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.LedgerState;
import org.edusignconnector.tenant.TenantIdempotency;

/**
 * The down run of a tenant on {@code edusignApi: v3-batch}: every course goes through the same rules, options and
 * tenant filter as on v1 (the steps of {@link CourseChecks}, {@link CoursePlan} and {@link CourseWrites}), a course whose source content the ledger holds as synced is
 * unchanged, and the rest — the run's plan — is written at once by the {@link V3Writer} in batches. The change
 * keys of the written courses go in the tenant's repository as v1 would leave them, so a switch back to v1 finds
 * them unchanged.
 */
public class V3Downstream {

    private static final Set<ReasonCode> WRITTEN = Set.of(ReasonCode.CREATED, ReasonCode.UPDATED, ReasonCode.ADOPTED, ReasonCode.UNCHANGED);

    private final CourseChecks checks;
    private final CoursePlan planner;
    private final CourseWrites writes;
    private final Ledger ledger;
    private final V3Writer writer;
    private final IdempotentRepository idempotency;
    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final EdusignV3.Pace pace;
    private final ProducerTemplate template;
    private final int batchSize;

    public V3Downstream(CourseChecks checks, CoursePlan planner, CourseWrites writes, Ledger ledger, V3Writer writer, IdempotentRepository idempotency, HttpGateway gateway,
                        ObjectMapper json, EdusignV3.Pace pace, ProducerTemplate template, int batchSize) {
        this.checks = checks;
        this.planner = planner;
        this.writes = writes;
        this.ledger = ledger;
        this.writer = writer;
        this.idempotency = idempotency;
        this.gateway = gateway;
        this.json = json;
        this.pace = pace;
        this.template = template;
        this.batchSize = batchSize;
    }

    @SuppressWarnings("unchecked")
    public void writeAll(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        List<SourceCourse> courses = exchange.getMessage().getBody(List.class);
        Map<String, String> previous = new HashMap<>();
        List<V3Writer.Change> plan = new ArrayList<>();
        for (SourceCourse listed : courses) {
            changeOf(exchange, run, listed, previous).ifPresent(plan::add);
        }
        if (!plan.isEmpty()) {
            write(run, plan, previous);
        }
    }

    /**
     * One course through the same steps as on v1: the change to write, or empty when it was skipped, planned
     * (dry run) or unchanged. {@code previous} gets the source fingerprint the ledger held for it.
     */
    private Optional<V3Writer.Change> changeOf(Exchange exchange, SyncRun run, SourceCourse listed, Map<String, String> previous) {
        Exchange one = new DefaultExchange(exchange.getContext());
        one.setProperty(Downstream.RUN, run);
        one.getMessage().setBody(listed);
        checks.check(one);
        if (one.getProperty(Downstream.SKIP) == null) {
            template.send(run.courseFilter(), one);
            checks.applyTenantFilter(one);
        }
        if (one.getProperty(Downstream.SKIP) != null) {
            checks.recordSkip(one);
            return Optional.empty();
        }
        if (run.dryRun()) {
            planner.plan(one);
            return Optional.empty();
        }
        SourceCourse course = one.getMessage().getBody(SourceCourse.class);
        String fingerprint = one.getProperty(Downstream.FINGERPRINT, String.class);
        LedgerEntry known = ledger.find(run.tenantName(), ObjectKind.COURSE, course.getSourceKey()).orElse(null);
        if (known != null && known.state() == LedgerState.SYNCED && fingerprint.equals(known.sourceFingerprint())) {
            idempotency.add(key(run, course.getSourceKey(), fingerprint));
            writes.recordUnchanged(one);
            return Optional.empty();
        }
        if (known != null && known.sourceFingerprint() != null) {
            previous.put(course.getSourceKey(), known.sourceFingerprint());
        }
        return Optional.of(new V3Writer.Change(course, fingerprint));
    }

    /** The plan in batches; each course written gets its key, and its former content's key goes. */
    private void write(SyncRun run, List<V3Writer.Change> plan, Map<String, String> previous) {
        EdusignV3 v3 = new EdusignV3(gateway, json, run.edusignV3Url(), run.tenant().edusignApiKey(), run.tenantName(), run.requests(), pace,
                batchSize);
        Map<String, ReasonCode> outcomes = writer.write(run, v3, plan);
        for (V3Writer.Change change : plan) {
            String sourceKey = change.course().getSourceKey();
            ReasonCode outcome = outcomes.get(sourceKey);
            if (WRITTEN.contains(outcome)) {
                run.count(outcome);
                if (heldAsDone(run, sourceKey, change.sourceFingerprint())) {
                    idempotency.add(key(run, sourceKey, change.sourceFingerprint()));
                    String before = previous.get(sourceKey);
                    if (before != null && !before.equals(change.sourceFingerprint())) {
                        idempotency.remove(key(run, sourceKey, before));
                    }
                }
            }
            run.progressed();
        }
    }

    /** Whether the ledger holds this content as written: not so a sheet written without someone Edusign refused (no v1 key then). */
    private boolean heldAsDone(SyncRun run, String sourceKey, String sourceFingerprint) {
        return ledger.find(run.tenantName(), ObjectKind.COURSE, sourceKey).map(LedgerEntry::sourceFingerprint)
                .filter(sourceFingerprint::equals).isPresent();
    }

    private static String key(SyncRun run, String sourceKey, String fingerprint) {
        return TenantIdempotency.key(run.tenantName(), Downstream.changeKey(sourceKey, fingerprint));
    }
}
