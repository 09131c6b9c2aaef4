package org.edusignconnector.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.edusignconnector.testing.MovableClock;
import org.junit.jupiter.api.Test;

class WebhookGuardTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final WebhookGuard guard = new WebhookGuard(clock, Duration.ofMinutes(10), 3, () -> registry);

    @Test
    void aFloodOfRefusalsIsCountedEachTimeButRecordedOncePerTenantAndMinute() {
        int recorded = 0;
        for (int i = 0; i < 300; i++) {
            recorded += guard.rejected("acme", "bad_signature") ? 1 : 0;
        }
        assertThat(recorded).isEqualTo(1);
        assertThat(guard.rejected("other", "unsigned")).as("another tenant has its own minute").isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(guard.rejected("acme", "bad_signature")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(guard.rejected("acme", "bad_signature")).as("a new minute").isTrue();
        assertThat(registry.counter("connector_webhook_rejected", "tenant", "acme", "reason", "bad_signature").count()).isEqualTo(302);
    }

    @Test
    void unknownTenantsAreCountedUnderOneSeriesAndNeverRecorded() {
        assertThat(guard.rejected(null, "unknown_tenant")).isFalse();
        assertThat(guard.rejected(null, "unknown_tenant")).isFalse();
        assertThat(registry.counter("connector_webhook_rejected", "tenant", WebhookGuard.UNKNOWN_TENANT, "reason", "unknown_tenant").count())
                .isEqualTo(2);
        assertThat(registry.getMeters()).hasSize(1);
    }

    @Test
    void theSameCallWithinTheWindowIsAReplayWhateverTheCaseOfItsSignature() {
        assertThat(guard.firstDelivery("acme", "ABCDEF")).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(guard.firstDelivery("acme", " abcdef ")).isFalse();
        assertThat(guard.firstDelivery("other", "abcdef")).as("another tenant's call").isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(guard.firstDelivery("acme", "abcdef")).as("the window is over").isTrue();
    }

    @Test
    void aForgottenCallRunsAgainAndTheMemoryKeepsOnlyTheNewestCalls() {
        assertThat(guard.firstDelivery("acme", "a1")).isTrue();
        guard.forget("acme", "a1");
        assertThat(guard.firstDelivery("acme", "a1")).as("its run failed: Edusign's retry runs").isTrue();
        guard.firstDelivery("acme", "a2");
        guard.firstDelivery("acme", "a3");
        guard.firstDelivery("acme", "a4");
        assertThat(guard.firstDelivery("acme", "a1")).as("pushed out by the capacity of 3").isTrue();
        assertThat(guard.firstDelivery("acme", "a4")).isFalse();
    }

    @Test
    void withoutMetricsARefusalIsStillRecordedOncePerMinute() {
        WebhookGuard noMetrics = new WebhookGuard(clock, Duration.ofMinutes(10), 3, () -> null);
        assertThat(noMetrics.rejected("acme", "unsigned")).isTrue();
        assertThat(noMetrics.rejected("acme", "unsigned")).isFalse();
    }
}
