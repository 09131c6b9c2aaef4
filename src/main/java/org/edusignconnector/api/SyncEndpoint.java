package org.edusignconnector.api;

import org.apache.camel.Exchange;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sync.AsyncRuns;
import org.edusignconnector.sync.RunAlreadyInProgressException;
import org.edusignconnector.sync.SyncLauncher;
import org.edusignconnector.tenant.UnknownTenantException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/tenants/{tenant}/sync[?direction=down|up][&dryRun=true][&resendFrom=D&resendTo=D]}: runs the sync and
 * answers its summary when it is over (200 completed, 500 failed, 404 unknown tenant, 409 running). With
 * {@code wait=false} it answers at once 202 with the run id and a {@code Location} to poll
 * ({@code /api/tenants/{tenant}/runs/{runId}}): a long run outlives what proxies hold a request open.
 */
public class SyncEndpoint {

    private final SyncLauncher launcher;
    private final ObjectMapper json;
    private final AsyncRuns async;

    public SyncEndpoint(SyncLauncher launcher, ObjectMapper json) {
        this(launcher, json, null);
    }

    public SyncEndpoint(SyncLauncher launcher, ObjectMapper json, AsyncRuns async) {
        this.launcher = launcher;
        this.json = json;
        this.async = async;
    }

    public void handle(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        String direction = exchange.getMessage().getHeader("direction", String.class);
        boolean dryRun = Boolean.parseBoolean(exchange.getMessage().getHeader("dryRun", "false", String.class));
        String resendFrom = exchange.getMessage().getHeader("resendFrom", String.class);
        String resendTo = exchange.getMessage().getHeader("resendTo", String.class);
        boolean waits = !"false".equalsIgnoreCase(exchange.getMessage().getHeader("wait", "true", String.class).trim());
        exchange.getMessage().setBody(null);
        try {
            SyncRequest request = new SyncRequest(tenant, direction, dryRun, "api", date("resendFrom", resendFrom),
                    date("resendTo", resendTo), null);
            if (!waits && async != null) {
                String runId = async.start(request);
                String location = "/api/tenants/" + tenant + "/runs/" + runId;
                JsonAnswer.send(exchange, json, 202, java.util.Map.of("runId", runId, "tenant", tenant, "status", "QUEUED",
                        "location", location));
                exchange.getMessage().setHeader("Location", location);
                return;
            }
            RunSummary summary = launcher.run(request);
            JsonAnswer.send(exchange, json, "COMPLETED".equals(summary.status()) ? 200 : 500, summary);
        } catch (UnknownTenantException e) {
            JsonAnswer.error(exchange, json, 404, e.getMessage());
        } catch (RunAlreadyInProgressException e) {
            JsonAnswer.error(exchange, json, 409, e.getMessage());
        } catch (IllegalArgumentException e) {
            JsonAnswer.error(exchange, json, 400, e.getMessage());
        }
    }

    private static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date such as 2026-03-23, got '" + value + "'");
        }
    }
}
