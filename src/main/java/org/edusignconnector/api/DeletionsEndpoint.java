package org.edusignconnector.api;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sync.DeletionHolds;
import org.edusignconnector.sync.RunAlreadyInProgressException;
import org.edusignconnector.sync.SyncLauncher;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * {@code GET /api/tenants/{tenant}/deletions}: the deletions held by the guard, if any;
 * {@code POST /api/tenants/{tenant}/deletions/confirm}: an operator confirms them — a down run
 * that deletes what the source no longer lists, whatever the share.
 */
public class DeletionsEndpoint {

    private final SyncLauncher launcher;
    private final DeletionHolds holds;
    private final TenantCatalog tenants;
    private final ObjectMapper json;

    public DeletionsEndpoint(SyncLauncher launcher, DeletionHolds holds, TenantCatalog tenants, ObjectMapper json) {
        this.launcher = launcher;
        this.holds = holds;
        this.tenants = tenants;
        this.json = json;
    }

    public void held(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        if (!tenants.exists(tenant)) {
            JsonAnswer.error(exchange, json, 404, "no tenant named '" + tenant + "'");
            return;
        }
        JsonAnswer.send(exchange, json, 200, holds.find(tenant).<Object>map(h -> h).orElse(Map.of("tenant", tenant, "held", 0)));
    }

    public void confirm(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        if (!tenants.exists(tenant)) {
            JsonAnswer.error(exchange, json, 404, "no tenant named '" + tenant + "'");
            return;
        }
        try {
            RunSummary summary = launcher.run(new SyncRequest(tenant, SyncRequest.DOWN, false, SyncRequest.DELETION_CONFIRMATION));
            JsonAnswer.send(exchange, json, "COMPLETED".equals(summary.status()) ? 200 : 500, summary);
        } catch (RunAlreadyInProgressException e) {
            JsonAnswer.error(exchange, json, 409, e.getMessage());
        }
    }
}
