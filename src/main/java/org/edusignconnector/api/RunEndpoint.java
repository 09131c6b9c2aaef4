package org.edusignconnector.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.sync.ActiveRuns;
import org.edusignconnector.sync.AsyncRuns;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * {@code GET /api/tenants/{tenant}/runs/{runId}}: where a run is. Once it ended, its summary (the same
 * JSON as the waiting sync answers: status COMPLETED or FAILED); while it runs, its progress (status
 * RUNNING, courses done out of total); QUEUED while it waits for a thread; REFUSED when it never ran
 * (another instance was running the tenant). A run started by another instance or before a restart
 * is answered from the run log, without its Edusign request counts.
 */
public class RunEndpoint {

    private final TenantCatalog tenants;
    private final AsyncRuns started;
    private final ActiveRuns active;
    private final RunStore runs;
    private final ObjectMapper json;

    public RunEndpoint(TenantCatalog tenants, AsyncRuns started, ActiveRuns active, RunStore runs, ObjectMapper json) {
        this.tenants = tenants;
        this.started = started;
        this.active = active;
        this.runs = runs;
        this.json = json;
    }

    public void run(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        String runId = exchange.getMessage().getHeader("runId", String.class);
        exchange.getMessage().setBody(null);
        if (!tenants.exists(tenant)) {
            JsonAnswer.error(exchange, json, 404, "no tenant named '" + tenant + "'");
            return;
        }
        Optional<AsyncRuns.Accepted> here = started.find(tenant, runId);
        if (here.isPresent() && here.get().state() == AsyncRuns.State.ENDED) {
            JsonAnswer.send(exchange, json, 200, here.get().summary());
            return;
        }
        Optional<SyncRun> running = active.current(tenant).filter(r -> r.runId().equals(runId));
        if (running.isPresent()) {
            JsonAnswer.send(exchange, json, 200, progress(running.get()));
            return;
        }
        if (here.isPresent()) {
            Map<String, Object> state = brief(runId, tenant, here.get().state().name());
            state.put("message", here.get().refusal());
            JsonAnswer.send(exchange, json, 200, state);
            return;
        }
        Optional<RunStore.StoredRun> stored = runs.find(tenant, runId);
        if (stored.isPresent()) {
            JsonAnswer.send(exchange, json, 200, stored(stored.get()));
            return;
        }
        JsonAnswer.error(exchange, json, 404, "tenant '" + tenant + "' has no run " + runId);
    }

    private static Map<String, Object> brief(String runId, String tenant, String status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runId", runId);
        out.put("tenant", tenant);
        out.put("status", status);
        return out;
    }

    private static Map<String, Object> progress(SyncRun run) {
        Map<String, Object> out = brief(run.runId(), run.tenantName(), SyncRun.Status.RUNNING.name());
        out.put("direction", run.direction());
        out.put("startedAt", run.startedAt());
        out.put("coursesDone", run.done());
        out.put("coursesListed", run.total());
        return out;
    }

    private Map<String, Object> stored(RunStore.StoredRun r) {
        Map<String, Object> out = brief(r.runId(), r.tenant(), r.status());
        out.put("direction", r.direction());
        out.put("trigger", r.trigger());
        out.put("dryRun", r.dryRun());
        out.put("startedAt", r.startedAt());
        out.put("endedAt", r.endedAt());
        try {
            out.put("counts", r.counts() == null ? null : json.readTree(r.counts()));
        } catch (Exception unreadable) {
            out.put("counts", null);
        }
        out.put("message", r.message());
        return out;
    }
}
