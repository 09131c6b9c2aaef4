package org.edusignconnector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sync.RunAlreadyInProgressException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A webhook's sheet whose tenant was busy: written by a follow-up run once the tenant is free, once. */
class WebhookFollowUpsTest {

    private static final SyncRequest WEBHOOK = new SyncRequest("acme", SyncRequest.UP, false, "webhook", null, null, "sheet-1");

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<SyncRequest> launched = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void theSheetIsWrittenByAFollowUpRunOnceTheTenantIsFree() {
        WebhookFollowUps followUps = followUps(busyFor(2), Duration.ofMinutes(1));

        assertThat(followUps.writeWhenFree(WEBHOOK)).isTrue();

        await().atMost(Duration.ofSeconds(5)).until(() -> launched.size() == 3 && followUps.waiting().isEmpty());
        assertThat(launched).allSatisfy(r -> {
            assertThat(r.trigger()).isEqualTo(WebhookFollowUps.TRIGGER);
            assertThat(r.tenant()).isEqualTo("acme");
            assertThat(r.direction()).isEqualTo(SyncRequest.UP);
            assertThat(r.sheetId()).isEqualTo("sheet-1");
            assertThat(r.dryRun()).isFalse();
        });
    }

    @Test
    void aSecondWebhookForASheetAlreadyWaitingAddsNoRun() {
        WebhookFollowUps followUps = followUps(busyFor(3), Duration.ofMinutes(1));

        assertThat(followUps.writeWhenFree(WEBHOOK)).isTrue();
        assertThat(followUps.writeWhenFree(WEBHOOK)).isFalse();
        assertThat(followUps.writeWhenFree(new SyncRequest("acme", SyncRequest.UP, false, "webhook", null, null, "sheet-2"))).isTrue();

        await().atMost(Duration.ofSeconds(5)).until(() -> followUps.waiting().isEmpty());
        assertThat(launched.stream().filter(r -> r.sheetId().equals("sheet-1")).count()).as("3 refusals, then the run").isEqualTo(4);
    }

    @Test
    void aTenantBusyPastTheDeadlineIsLeftToTheScheduledPoll() {
        WebhookFollowUps followUps = followUps(busyFor(Integer.MAX_VALUE), Duration.ofMillis(200));

        followUps.writeWhenFree(WEBHOOK);

        await().atMost(Duration.ofSeconds(5)).until(() -> followUps.waiting().isEmpty());
        int attempts = launched.size();
        assertThat(attempts).isPositive();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> launched.size() == attempts);
    }

    @Test
    void aFailedFollowUpIsNotRetriedHere() {
        WebhookFollowUps followUps = followUps(request -> {
            launched.add(request);
            throw new IllegalStateException("Edusign unreachable");
        }, Duration.ofMinutes(1));

        followUps.writeWhenFree(WEBHOOK);

        await().atMost(Duration.ofSeconds(5)).until(() -> followUps.waiting().isEmpty());
        assertThat(launched).hasSize(1);
    }

    private WebhookFollowUps followUps(Function<SyncRequest, RunSummary> launcher, Duration giveUpAfter) {
        return new WebhookFollowUps(launcher, executor, Duration.ofMillis(20), giveUpAfter);
    }

    /** Refuses the first {@code refusals} runs of each sheet (the tenant is busy), then completes. */
    private Function<SyncRequest, RunSummary> busyFor(int refusals) {
        Map<String, AtomicInteger> attempts = new java.util.concurrent.ConcurrentHashMap<>();
        return request -> {
            launched.add(request);
            if (attempts.computeIfAbsent(request.sheetId(), k -> new AtomicInteger()).incrementAndGet() <= refusals) {
                throw new RunAlreadyInProgressException(request.tenant(), "other-run");
            }
            return new RunSummary("run-" + launched.size(), request.tenant(), request.direction(), request.trigger(), false, "COMPLETED",
                    null, null, Map.of(), Map.of(), Map.of(), 1, 1, null, null);
        };
    }
}
