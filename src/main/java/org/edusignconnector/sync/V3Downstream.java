package org.edusignconnector.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.edusign.EdusignV3;
import org.edusignconnector.edusign.V3Writer;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;

/**
 * The writer of a down run's {@link DownPlan} on {@code edusignApi: v3-batch}: the plan's unchanged courses are
 * settled as on v1 ({@link CourseWrites#settleUnchanged}), and the courses to write go at once to the
 * {@link V3Writer}, in batches. The change keys of the written courses go in the tenant's repository as v1 would leave
 * them, so a switch back to v1 finds them unchanged.
 */
public class V3Downstream {

    private static final Set<ReasonCode> WRITTEN = Set.of(ReasonCode.CREATED, ReasonCode.UPDATED, ReasonCode.ADOPTED, ReasonCode.UNCHANGED);

    private final CourseWrites writes;
    private final Ledger ledger;
    private final V3Writer writer;
    private final IdempotentRepository idempotency;
    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final EdusignV3.Pace pace;
    private final int batchSize;

    public V3Downstream(CourseWrites writes, Ledger ledger, V3Writer writer, IdempotentRepository idempotency, HttpGateway gateway,
                        ObjectMapper json, EdusignV3.Pace pace, int batchSize) {
        this.writes = writes;
        this.ledger = ledger;
        this.writer = writer;
        this.idempotency = idempotency;
        this.gateway = gateway;
        this.json = json;
        this.pace = pace;
        this.batchSize = batchSize;
    }

    /** Writes the body's {@link DownPlan}, but for its {@link #takeovers}. */
    public void writeAll(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        DownPlan plan = exchange.getMessage().getBody(DownPlan.class);
        plan.unchanged().forEach(c -> writes.settleUnchanged(run, c));
        List<PlannedCourse> toWrite = plan.batchable(run.adoptExistingSheets());
        if (!toWrite.isEmpty()) {
            write(run, toWrite);
        }
    }

    /** The plan's courses that go through the v1 writer on this tenant: those a takeover may adopt (see {@link DownPlan#takeovers}). */
    public List<PlannedCourse> takeovers(Exchange exchange) {
        return exchange.getMessage().getBody(DownPlan.class).takeovers(Downstream.run(exchange).adoptExistingSheets());
    }

    /** The plan in batches; each course written gets its key, and its former content's key goes. */
    private void write(SyncRun run, List<PlannedCourse> toWrite) {
        EdusignV3 v3 = new EdusignV3(gateway, json, run.edusignV3Url(), run.tenant().edusignApiKey(), run.tenantName(), run.requests(), pace,
                batchSize);
        Map<String, ReasonCode> outcomes = writer.write(run, v3,
                toWrite.stream().map(c -> new V3Writer.Change(c.course(), c.sourceFingerprint())).toList());
        for (PlannedCourse planned : toWrite) {
            String sourceKey = planned.course().getSourceKey();
            ReasonCode outcome = outcomes.get(sourceKey);
            if (WRITTEN.contains(outcome)) {
                run.count(outcome);
                if (heldAsDone(run, sourceKey, planned.sourceFingerprint())) {
                    idempotency.add(planned.changeKey());
                    writes.forgetFormerContent(run, sourceKey, planned.previousFingerprint(), planned.sourceFingerprint());
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
}
