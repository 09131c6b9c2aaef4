package org.edusignconnector.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What keeps the webhook cheap to attack and safe to replay, in bounded memory:
 * <ul>
 * <li>every refused call is counted ({@code connector_webhook_rejected_total{tenant,reason}}), but at
 * most one event per tenant and minute is worth a row in the event log — a flood of forged calls must
 * not fill the database;</li>
 * <li>a validly signed call seen again within the replay window is not run again: the signature is the
 * HMAC of the body, so it identifies the call.</li>
 * </ul>
 * Its clock is the wall clock, not the connector's business clock (which tests and replays fix).
 */
public class WebhookGuard {

    /** The metric's tenant for names that are not tenants: one series, whatever an attacker sends; no tenant can be named so. */
    static final String UNKNOWN_TENANT = "(unknown)";
    private static final Duration EVENT_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final Duration replayWindow;
    private final int replayCapacity;
    private final Supplier<MeterRegistry> metrics;
    private final Map<String, Instant> lastRejectionEvent = new HashMap<>();
    /** Accepted calls by tenant and signature, oldest first; trimmed to the window and the capacity. */
    private final LinkedHashMap<String, Instant> accepted = new LinkedHashMap<>();

    public WebhookGuard(Clock clock, Duration replayWindow, int replayCapacity, Supplier<MeterRegistry> metrics) {
        this.clock = clock;
        this.replayWindow = replayWindow;
        this.replayCapacity = replayCapacity;
        this.metrics = metrics;
    }

    /**
     * Counts a refused call and tells whether it should also be recorded as an event: the first one
     * of a known tenant in a minute only. {@code knownTenant} is null for a name that is no tenant.
     */
    public synchronized boolean rejected(String knownTenant, String reason) {
        MeterRegistry registry = metrics.get();
        if (registry != null) {
            Counter.builder("connector_webhook_rejected").tag("tenant", knownTenant == null ? UNKNOWN_TENANT : knownTenant)
                    .tag("reason", reason).description("Webhook calls refused (unknown tenant, missing or wrong signature)")
                    .register(registry).increment();
        }
        if (knownTenant == null) {
            return false;
        }
        Instant now = clock.instant();
        Instant last = lastRejectionEvent.get(knownTenant);
        if (last != null && now.isBefore(last.plus(EVENT_INTERVAL))) {
            return false;
        }
        lastRejectionEvent.put(knownTenant, now);
        return true;
    }

    /**
     * Remembers a validly signed call; false when the same call was accepted within the replay
     * window (a replay, or Edusign delivering twice), which is then acknowledged without running.
     */
    public synchronized boolean firstDelivery(String tenant, String signature) {
        Instant now = clock.instant();
        forgetExpired(now);
        String key = key(tenant, signature);
        if (accepted.containsKey(key)) {
            return false;
        }
        accepted.put(key, now);
        while (accepted.size() > replayCapacity) {
            accepted.remove(accepted.keySet().iterator().next());
        }
        return true;
    }

    /** A call whose run failed is forgotten: Edusign's retry of it must run. */
    public synchronized void forget(String tenant, String signature) {
        accepted.remove(key(tenant, signature));
    }

    private void forgetExpired(Instant now) {
        Iterator<Instant> oldestFirst = accepted.values().iterator();
        while (oldestFirst.hasNext() && !now.isBefore(oldestFirst.next().plus(replayWindow))) {
            oldestFirst.remove();
        }
    }

    private static String key(String tenant, String signature) {
        return tenant + '\n' + WebhookSignature.normalise(signature);
    }
}
