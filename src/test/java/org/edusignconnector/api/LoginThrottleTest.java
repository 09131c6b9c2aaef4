package org.edusignconnector.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.edusignconnector.testing.MovableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofSeconds(5), 2);

    @Test
    void aClientWithoutFailuresIsCheckedAtOnce() {
        assertThat(throttle.admit("10.0.0.1")).isEqualTo(new LoginThrottle.Admission(Duration.ZERO, false));
    }

    @Test
    void eachFailureDoublesTheWaitOfTheNextAttemptUpToTheCap() {
        Duration[] expected = {Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
            Duration.ofMillis(1600), Duration.ofSeconds(3), Duration.ofSeconds(3)};
        throttle.admit("10.0.0.1");
        for (Duration wait : expected) {
            throttle.failed("10.0.0.1");
            LoginThrottle.Admission next = throttle.admit("10.0.0.1");
            assertThat(next.delay()).isEqualTo(wait);
            assertThat(next.refused()).isFalse();
            clock.advance(next.delay());
        }
        assertThat(throttle.admit("10.0.0.2").delay()).as("another address").isZero();
    }

    @Test
    void parallelGuessesQueueAndThoseTooFarAwayAreRefusedAtOnce() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.1");
        }
        // the next slot is 1.6 s away, and each booking takes 1.6 s more
        assertThat(throttle.admit("10.0.0.1").delay()).isEqualTo(Duration.ofMillis(1600));
        assertThat(throttle.admit("10.0.0.1").delay()).isEqualTo(Duration.ofMillis(3200));
        assertThat(throttle.admit("10.0.0.1").delay()).isEqualTo(Duration.ofMillis(4800));
        assertThat(throttle.admit("10.0.0.1").refused()).isTrue();
        assertThat(throttle.admit("10.0.0.1").refused()).as("a refusal books nothing: still refused, not further").isTrue();
    }

    @Test
    void aSuccessOrAQuarterOfAnHourClearsTheAddress() {
        throttle.failed("10.0.0.1");
        throttle.succeeded("10.0.0.1");
        assertThat(throttle.admit("10.0.0.1").delay()).isZero();

        throttle.failed("10.0.0.1");
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.admit("10.0.0.1").delay()).isZero();
        throttle.failed("10.0.0.1");
        assertThat(throttle.admit("10.0.0.1").delay()).as("counted from one again").isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void onlyTheMostRecentAddressesAreRemembered() {
        throttle.failed("10.0.0.1");
        throttle.failed("10.0.0.2");
        throttle.failed("10.0.0.3");
        assertThat(throttle.admit("10.0.0.1").delay()).as("pushed out by a capacity of 2").isZero();
        assertThat(throttle.admit("10.0.0.3").delay()).isEqualTo(Duration.ofMillis(100));
    }
}
