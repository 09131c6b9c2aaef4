package org.edusignconnector.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.sync.ActiveRuns;
import org.edusignconnector.sync.DeletionHolds;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * {@code GET /api/tenants}: each tenant with its last runs, the run in progress and any held
 * deletions; {@code GET /api/tenants/{t}/runs?limit=}; {@code GET /api/tenants/{t}/runs/current}:
 * the progress of the run in progress (courses done out of total), polled while an HTTP sync waits.
 */
public class TenantsEndpoint {

    private final TenantCatalog tenants;
    private final RunStore runs;
    private final ActiveRuns active;
    private final DeletionHolds holds;
    private final ObjectMapper json;

    public TenantsEndpoint(TenantCatalog tenants, RunStore runs, ActiveRuns active, DeletionHolds holds, ObjectMapper json) {
        this.tenants = tenants;
        this.runs = runs;
        this.active = active;
        this.holds = holds;
        this.json = json;
    }

    public void list(Exchange exchange) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Tenant t : tenants.all()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("tenant", t.name());
            item.put("source", t.source().system());
            item.put("lastRuns", runsOf(t.name(), 10));
            item.put("current", active.current(t.name()).map(TenantsEndpoint::progress).orElse(null));
            item.put("deletionHold", holds.find(t.name()).orElse(null));
            out.add(item);
        }
        JsonAnswer.send(exchange, json, 200, Map.of("tenants", out));
    }

    public void runs(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        if (!tenants.exists(tenant)) {
            JsonAnswer.error(exchange, json, 404, "no tenant named '" + tenant + "'");
            return;
        }
        int limit;
        try {
            limit = Math.min(200, Math.max(1, Integer.parseInt(exchange.getMessage().getHeader("limit", "20", String.class))));
        } catch (NumberFormatException e) {
            JsonAnswer.error(exchange, json, 400, "limit must be a whole number");
            return;
        }
        JsonAnswer.send(exchange, json, 200, Map.of("tenant", tenant, "runs", runsOf(tenant, limit)));
    }

    public void current(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        if (!tenants.exists(tenant)) {
            JsonAnswer.error(exchange, json, 404, "no tenant named '" + tenant + "'");
            return;
        }
        JsonAnswer.send(exchange, json, 200, active.current(tenant).<Object>map(TenantsEndpoint::progress)
                .orElse(Map.of("running", false)));
    }

    private List<Map<String, Object>> runsOf(String tenant, int limit) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RunStore.StoredRun r : runs.last(tenant, limit)) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("runId", r.runId());
            run.put("direction", r.direction());
            run.put("trigger", r.trigger());
            run.put("dryRun", r.dryRun());
            run.put("startedAt", r.startedAt());
            run.put("endedAt", r.endedAt());
            run.put("status", r.status());
            run.put("counts", parse(r.counts()));
            run.put("message", r.message());
            out.add(run);
        }
        return out;
    }

    private Object parse(String counts) {
        try {
            return counts == null ? null : json.readTree(counts);
        } catch (Exception unreadable) {
            return null;
        }
    }

    private static Map<String, Object> progress(SyncRun run) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("running", true);
        p.put("runId", run.runId());
        p.put("direction", run.direction());
        p.put("done", run.done());
        p.put("total", run.total());
        p.put("startedAt", run.startedAt());
        return p;
    }
}
