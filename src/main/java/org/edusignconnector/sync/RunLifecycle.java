package org.edusignconnector.sync;

import java.time.Clock;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.edusign.EdusignApi;
import org.edusignconnector.edusign.RequestCounter;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncMetrics;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.events.SyncRun;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * Opens and closes every run, whatever its direction: claims the tenant, computes the window,
 * records the start, and at the end stores the summary (completed or failed) and frees the tenant.
 * The run travels as the exchange property {@value Downstream#RUN}.
 */
public class RunLifecycle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLifecycle.class);

    /** Edusign gives up on a webhook after 15 s: wait at most 10 s for a run in progress to end. */
    private static final long WEBHOOK_WAIT_MILLIS = 10_000;

    private final TenantCatalog tenants;
    private final EventLog events;
    private final RunStore runs;
    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final ActiveRuns active;
    private final Clock clock;
    private final SyncMetrics metrics;

    public RunLifecycle(TenantCatalog tenants, EventLog events, RunStore runs, HttpGateway gateway, ObjectMapper json,
                        ActiveRuns active, Clock clock, SyncMetrics metrics) {
        this.tenants = tenants;
        this.events = events;
        this.runs = runs;
        this.gateway = gateway;
        this.json = json;
        this.active = active;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Opens the run: claims the tenant, computes the window, records the start. */
    public void begin(Exchange exchange) {
        String tenantName = exchange.getMessage().getHeader("tenant", String.class);
        SyncRequest request = exchange.getMessage().getBody(SyncRequest.class);
        if (request == null) {
            request = new SyncRequest(tenantName, SyncRequest.DOWN, false, "schedule");
        }
        Tenant tenant = tenants.get(tenantName);
        RequestCounter counter = new RequestCounter();
        EdusignApi edusign = new EdusignApi(gateway, json, tenant.edusignBaseUrl(), tenant.edusignApiKey(), tenant.name(), counter);
        SyncRun run = new SyncRun(UUID.randomUUID().toString(), tenant, request, SyncWindow.of(clock, tenant.windowDays()),
                clock.instant(), edusign, counter);
        long wait = "webhook".equals(request.trigger()) ? WEBHOOK_WAIT_MILLIS : 0;
        active.claim(run, wait).ifPresent(other -> {
            throw new RunAlreadyInProgressException(tenantName, other.runId());
        });
        exchange.setProperty(Downstream.RUN, run);
        runs.started(run);
        events.record(run, "run", null, ReasonCode.RUN_STARTED.name(),
                run.direction() + " run started by " + run.trigger() + " for " + run.window().firstDay() + " .. " + run.window().lastDay()
                        + (run.dryRun() ? " (dry run)" : ""));
    }

    /** Closes the run as completed; the body becomes its summary. */
    public RunSummary finish(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        run.finish(SyncRun.Status.COMPLETED, null, clock.instant());
        return close(run);
    }

    /** Closes the run as failed (source unreachable, Edusign refusing the key...). */
    public RunSummary fail(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (run == null) {
            throw failure instanceof RuntimeException re ? re : new IllegalStateException(failure);
        }
        String message = failure == null ? "run failed" : rootMessage(failure);
        LOG.warn("run {} of tenant '{}' failed: {}", run.runId(), run.tenantName(), message, failure);
        run.finish(SyncRun.Status.FAILED, message, clock.instant());
        events.record(run, "run", null, ReasonCode.RUN_FAILED.name(), message);
        return close(run);
    }

    /**
     * The message of the outermost failure raised by the connector itself (it names the system and
     * the call: "Celcat answered GET /Events with malformed JSON..."), not the split's "Multicast
     * processing failed" wrapper nor the parser's or socket's bare cause; else the innermost cause.
     */
    static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (true) {
            if (t.getClass().getName().startsWith("org.edusignconnector.") && t.getMessage() != null) {
                return t.getMessage();
            }
            if (t.getCause() == null || t.getCause() == t) {
                return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            }
            t = t.getCause();
        }
    }

    private RunSummary close(SyncRun run) {
        try {
            runs.ended(run);
            if (run.status() == SyncRun.Status.COMPLETED) {
                events.record(run, "run", null, ReasonCode.RUN_COMPLETED.name(),
                        run.direction() + " run completed: " + run.counts() + ", Edusign requests " + run.requests().snapshot());
            }
            metrics.record(run);
        } finally {
            active.release(run);
        }
        return RunSummary.of(run);
    }

}
