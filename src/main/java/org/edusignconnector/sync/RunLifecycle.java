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
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * Opens and closes every run, whatever its direction: claims the tenant, computes the window,
 * records the start, and at the end stores the summary (completed or failed) and frees the tenant.
 * The run travels as the exchange property {@value Downstream#RUN}.
 *
 * <p>Claiming is two steps: {@link ActiveRuns} (one run per tenant in this process), then the
 * tenant's lease in the database ({@link TenantRunLock}, one run per tenant across the instances
 * sharing it). A run refused by either is a {@link RunAlreadyInProgressException} (HTTP 409); a
 * webhook waits up to 10 s for both.
 */
public class RunLifecycle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLifecycle.class);

    /** Edusign gives up on a webhook after 15 s: wait at most 10 s for a run in progress to end. */
    private static final long WEBHOOK_WAIT_MILLIS = 10_000;
    /** How often a waiting webhook asks again for a lease held by another instance. */
    private static final long LEASE_POLL_MILLIS = 200;
    /** A recovering fire waits for the dead instance's lease to expire, and this much more. */
    private static final long RECOVERY_MARGIN_MILLIS = 5_000;
    /** Header carrying the id an asynchronous run was announced with; absent, the run gets a new one. */
    public static final String RUN_ID = "connectorRunId";

    private final TenantCatalog tenants;
    private final EventLog events;
    private final RunStore runs;
    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final ActiveRuns active;
    private final TenantRunLock lock;
    private final Clock clock;
    private final SyncMetrics metrics;
    private final RunGuards guards;

    public RunLifecycle(TenantCatalog tenants, EventLog events, RunStore runs, HttpGateway gateway, ObjectMapper json,
                        ActiveRuns active, TenantRunLock lock, Clock clock, SyncMetrics metrics, RunGuards guards) {
        this.tenants = tenants;
        this.events = events;
        this.runs = runs;
        this.gateway = gateway;
        this.json = json;
        this.active = active;
        this.lock = lock;
        this.clock = clock;
        this.metrics = metrics;
        this.guards = guards;
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
        String runId = exchange.getMessage().getHeader(RUN_ID, String.class);
        SyncRun run = new SyncRun(runId == null ? UUID.randomUUID().toString() : runId, tenant, request, SyncWindow.of(clock, tenant.windowDays()),
                clock.instant(), edusign, counter);
        boolean recovering = "schedule".equals(request.trigger()) && QuartzFireTime.recovered(exchange) != null;
        long wait = "webhook".equals(request.trigger()) ? WEBHOOK_WAIT_MILLIS
                : recovering ? lock.lease().toMillis() + RECOVERY_MARGIN_MILLIS : 0;
        long deadline = System.nanoTime() + wait * 1_000_000;
        active.claim(run, wait).ifPresent(other -> {
            throw new RunAlreadyInProgressException(tenantName, other.runId());
        });
        TenantRunLock.Holder abandoned;
        try {
            abandoned = lease(run, deadline);
        } catch (RuntimeException e) {
            active.release(run);
            throw e;
        }
        exchange.setProperty(Downstream.RUN, run);
        guards.open(run);
        if (abandoned != null) {
            String message = "abandoned: instance " + abandoned.owner() + " stopped renewing the run lease (stopped or cut off);"
                    + " run " + run.runId() + " on instance " + lock.owner() + " took the tenant over";
            if (runs.abandoned(abandoned.runId(), clock.instant(), message)) {
                events.record(tenant.name(), abandoned.runId(), "run", null, ReasonCode.RUN_FAILED.name(), message);
            }
        }
        runs.started(run.summary(), "schedule".equals(request.trigger()) ? QuartzFireTime.scheduled(exchange) : null);
        events.record(run, "run", null, ReasonCode.RUN_STARTED.name(),
                run.direction() + " run started by " + run.trigger() + " for " + run.window().firstDay() + " .. " + run.window().lastDay()
                        + (run.dryRun() ? " (dry run)" : ""));
    }

    /**
     * Takes the tenant's lease for the run, asking again until {@code deadline} (System.nanoTime) while
     * another instance holds it; returns the expired lease taken over, if any.
     */
    private TenantRunLock.Holder lease(SyncRun run, long deadline) {
        while (true) {
            TenantRunLock.Outcome outcome = lock.acquire(run.tenantName(), run.runId());
            if (outcome instanceof TenantRunLock.Outcome.Acquired acquired) {
                return acquired.abandoned();
            }
            TenantRunLock.Holder holder = ((TenantRunLock.Outcome.Refused) outcome).holder();
            if (System.nanoTime() >= deadline) {
                throw holder == null ? new RunAlreadyInProgressException(run.tenantName(), "unknown")
                        : new RunAlreadyInProgressException(run.tenantName(), holder.runId(), holder.owner());
            }
            java.util.concurrent.locks.LockSupport.parkNanos(LEASE_POLL_MILLIS * 1_000_000);
            if (Thread.currentThread().isInterrupted()) {
                throw new RunAlreadyInProgressException(run.tenantName(), holder == null ? "unknown" : holder.runId());
            }
        }
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
            runs.ended(run.summary());
            if (run.status() == SyncRun.Status.COMPLETED) {
                events.record(run, "run", null, ReasonCode.RUN_COMPLETED.name(),
                        run.direction() + " run completed: " + run.counts() + ", Edusign requests " + run.requests().snapshot()
                                + " by outcome " + run.requests().outcomes());
            }
            metrics.record(run);
        } finally {
            try {
                guards.close(run);
                lock.release(run.tenantName(), run.runId());
            } finally {
                active.release(run);
            }
        }
        return run.summary();
    }

}
