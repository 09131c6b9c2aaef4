package org.edusignconnector.sim.edusign;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Edusign's rate limit model: past {@code perMinute} requests of a school in the last 60 s, the request still
 * runs but the n-th extra one is delayed by n x {@code incrementMillis}.
 */
final class SlowDown {

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(60);

    private volatile int perMinute;
    private volatile long incrementMillis;
    private final Map<String, ArrayDeque<Long>> windows = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> slowed = new ConcurrentHashMap<>();

    SlowDown() {
        this(480, 100);
    }

    SlowDown(int perMinute, long incrementMillis) {
        this.perMinute = perMinute;
        this.incrementMillis = incrementMillis;
    }

    void configure(int perMinute, long incrementMillis) {
        if (perMinute < 0 || incrementMillis < 0) {
            throw new IllegalArgumentException("perMinute and incrementMillis must be >= 0");
        }
        this.perMinute = perMinute;
        this.incrementMillis = incrementMillis;
    }

    /** Registers one request of {@code apiKey} now; returns how long it must be delayed. */
    long delayMillis(String apiKey) {
        long now = System.nanoTime();
        ArrayDeque<Long> window = windows.computeIfAbsent(apiKey, k -> new ArrayDeque<>());
        int count;
        synchronized (window) {
            while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
                window.pollFirst();
            }
            window.addLast(now);
            count = window.size();
        }
        long excess = (long) count - perMinute;
        if (excess <= 0) {
            return 0;
        }
        slowed.computeIfAbsent(apiKey, k -> new AtomicLong()).incrementAndGet();
        return excess * incrementMillis;
    }

    long slowedCount(String apiKey) {
        AtomicLong count = slowed.get(apiKey);
        return count == null ? 0 : count.get();
    }
}
