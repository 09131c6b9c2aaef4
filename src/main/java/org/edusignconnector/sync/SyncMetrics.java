package org.edusignconnector.sync;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

/**
 * Business metrics of the runs, per tenant and direction, in the registry Camel exposes at
 * {@code /observe/metrics} (Prometheus): runs by status, items by outcome or skip reason, Edusign
 * requests by type and outcome (every pair, zeros included, so that a first failure shows as an
 * increase), and the time of the last successful run (for "no successful sync in N hours").
 */
public class SyncMetrics {

    private final CamelContext context;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    public SyncMetrics(CamelContext context) {
        this.context = context;
    }

    public void record(SyncRun run) {
        MeterRegistry registry = registry();
        if (run.dryRun() || registry == null) {
            return;
        }
        String tenant = run.tenantName();
        String direction = run.direction();
        Counter.builder("connector_runs").tag("tenant", tenant).tag("direction", direction).tag("status", run.status().name().toLowerCase())
                .description("Sync runs by status").register(registry).increment();
        run.counts().forEach((outcome, n) -> Counter.builder("connector_items").tag("tenant", tenant).tag("direction", direction)
                .tag("outcome", outcome).description("Items of runs by outcome or skip reason").register(registry).increment(n));
        run.requests().tallies().forEach(t -> Counter.builder("connector_edusign_requests").tag("tenant", tenant)
                .tag("direction", direction).tag("type", t.type().name().toLowerCase(Locale.ROOT)).tag("outcome", t.outcome().tag())
                .description("Edusign requests by type and outcome, counted once after their redeliveries")
                .register(registry).increment(t.count()));
        if (run.status() == SyncRun.Status.COMPLETED) {
            AtomicLong at = lastSuccess.computeIfAbsent(tenant + "|" + direction, k -> {
                AtomicLong holder = new AtomicLong();
                Gauge.builder("connector_last_success_timestamp_seconds", holder, AtomicLong::get).tag("tenant", tenant)
                        .tag("direction", direction).description("End of the last completed run (epoch seconds)").register(registry);
                return holder;
            });
            at.set(run.endedAt().getEpochSecond());
        }
    }

    /** The registry Camel's metrics service created (found once the context runs), or none when metrics are off. */
    private MeterRegistry registry() {
        if (registry == null) {
            registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        }
        return registry;
    }
}
