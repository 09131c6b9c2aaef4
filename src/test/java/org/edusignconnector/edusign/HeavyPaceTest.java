package org.edusignconnector.edusign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The HEAVY class as a sliding minute: a burst up to the rate goes at once, the next waits for the oldest to age out. */
class HeavyPaceTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final List<Long> waits = new ArrayList<>();
    /** A wait is recorded and the clock moves past it, as a parked thread would find it. */
    private final HeavyPace pace = new HeavyPace(24, now::get, nanos -> {
        waits.add(nanos);
        now.addAndGet(nanos);
    });

    @Test
    void aFirstSyncOfAFewBatchesIsNotHeldBack() {
        for (int i = 0; i < 4; i++) {
            pace.acquire("school-a");
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void theTwentyFifthBatchOfAMinuteWaitsUntilTheFirstIsAMinuteOld() {
        for (int i = 0; i < 24; i++) {
            pace.acquire("school-a");
            now.addAndGet(SECOND);
        }
        pace.acquire("school-a");
        assertThat(waits).containsExactly(36 * SECOND);
    }

    @Test
    void neverMoreThanTheRateInAnyMinute() {
        List<Long> sentAt = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            pace.acquire("school-a");
            sentAt.add(now.get());
        }
        for (int i = 24; i < sentAt.size(); i++) {
            assertThat(sentAt.get(i) - sentAt.get(i - 24)).as("batch %d and the one 24 before it", i).isGreaterThanOrEqualTo(60 * SECOND);
        }
    }

    @Test
    void schoolsHaveTheirOwnMinute() {
        for (int i = 0; i < 24; i++) {
            pace.acquire("school-a");
        }
        pace.acquire("school-b");
        assertThat(waits).isEmpty();
    }

    @Test
    void aRateBelowOneIsRefused() {
        assertThatThrownBy(() -> new HeavyPace(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
