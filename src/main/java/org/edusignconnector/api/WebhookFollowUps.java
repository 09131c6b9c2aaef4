package org.edusignconnector.api;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sync.RunAlreadyInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sheets whose webhook came while a run of their tenant outlasted the webhook's wait: each is written as
 * soon as the tenant is free (asked again every few seconds, through the run lock, so a run on another
 * instance counts too), not hours later at the next scheduled poll. Kept in memory: after a restart the
 * scheduled poll, which reads every locked sheet, is the safety net.
 */
public class WebhookFollowUps {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookFollowUps.class);

    private final Function<SyncRequest, RunSummary> launcher;
    private final ScheduledExecutorService executor;
    private final Duration retryEvery;
    private final Duration giveUpAfter;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

    /** @param launcher runs a sync and answers its summary ({@code SyncLauncher::run}), refusing a busy tenant */
    public WebhookFollowUps(Function<SyncRequest, RunSummary> launcher, ScheduledExecutorService executor, Duration retryEvery,
            Duration giveUpAfter) {
        this.launcher = launcher;
        this.executor = executor;
        this.retryEvery = retryEvery;
        this.giveUpAfter = giveUpAfter;
    }

    /** The trigger of a follow-up run: it does not wait for the lock (the next attempt comes soon), unlike the webhook. */
    public static final String TRIGGER = "webhook-retry";

    /** Writes the webhook's sheet once its tenant is free; false when that sheet is already waiting. */
    public boolean writeWhenFree(SyncRequest webhook) {
        String key = webhook.tenant() + "|" + webhook.sheetId();
        if (!waiting.add(key)) {
            return false;
        }
        SyncRequest followUp = new SyncRequest(webhook.tenant(), SyncRequest.UP, false, TRIGGER, null, null, webhook.sheetId());
        schedule(followUp, key, System.nanoTime() + giveUpAfter.toNanos());
        return true;
    }

    private void schedule(SyncRequest request, String key, long deadline) {
        executor.schedule(() -> attempt(request, key, deadline), retryEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(SyncRequest request, String key, long deadline) {
        try {
            RunSummary summary = launcher.apply(request);
            waiting.remove(key);
            LOG.info("webhook follow-up of tenant '{}', sheet {}: run {} {}", request.tenant(), request.sheetId(), summary.runId(),
                    summary.status());
        } catch (RunAlreadyInProgressException busy) {
            if (System.nanoTime() < deadline && !executor.isShutdown()) {
                schedule(request, key, deadline);
            } else {
                waiting.remove(key);
                LOG.warn("webhook follow-up of tenant '{}', sheet {}: the tenant stayed busy for {}; the scheduled poll writes it",
                        request.tenant(), request.sheetId(), giveUpAfter);
            }
        } catch (RuntimeException e) {
            waiting.remove(key);
            LOG.warn("webhook follow-up of tenant '{}', sheet {} failed ({}); the scheduled poll writes it", request.tenant(),
                    request.sheetId(), e.getMessage());
        }
    }

    /** The sheets waiting for their tenant, as {@code tenant|sheet}. */
    public Set<String> waiting() {
        return Set.copyOf(waiting);
    }
}
