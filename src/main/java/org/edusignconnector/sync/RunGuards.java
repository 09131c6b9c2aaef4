package org.edusignconnector.sync;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.apache.camel.Exchange;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.http.CallGuard;
import org.edusignconnector.http.HttpCall;

/**
 * The {@link RunGuard} of each tenant's run in progress in this process, asked by the HTTP gateway
 * before every outbound call of that tenant and by the routes before every course or sheet. A call
 * of a tenant with no run in progress is not a run's: nothing to check.
 */
public class RunGuards implements CallGuard {

    private final TenantRunLock lock;
    private final Duration maxRunDuration;
    private final LongSupplier ticker;
    private final Map<String, RunGuard> byTenant = new ConcurrentHashMap<>();

    public RunGuards(TenantRunLock lock, Duration maxRunDuration, LongSupplier ticker) {
        if (maxRunDuration.isNegative() || maxRunDuration.isZero()) {
            throw new IllegalArgumentException("connector.run.max-duration-minutes must be positive, got " + maxRunDuration);
        }
        this.lock = lock;
        this.maxRunDuration = maxRunDuration;
        this.ticker = ticker;
    }

    /** Starts guarding the run: its deadline counts from now, its lease is the one the lock holds for it. */
    public void open(SyncRun run) {
        byTenant.put(run.tenantName(), new RunGuard(run.tenantName(), run.runId(), lock.lease(run.tenantName(), run.runId()),
                maxRunDuration, ticker));
    }

    public void close(SyncRun run) {
        byTenant.computeIfPresent(run.tenantName(), (t, guard) -> guard.runId().equals(run.runId()) ? null : guard);
    }

    @Override
    public void beforeSend(HttpCall call) {
        RunGuard guard = byTenant.get(call.tenant());
        if (guard != null) {
            guard.beforeCall(call);
        }
    }

    /** Called by the routes before each course and each sheet of the run on the exchange. */
    public void beforeStep(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        RunGuard guard = run == null ? null : byTenant.get(run.tenantName());
        if (guard != null && guard.runId().equals(run.runId())) {
            guard.beforeStep();
        }
    }
}
