package org.edusignconnector.edusign;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Edusign's HEAVY rate class (the v3 batch upserts are in it): "24 req/min with slow-down" a school
 * (reference, rate limits). A sliding minute: up to {@code perMinute} batches of one school go at once,
 * the next waits until the oldest of them is a minute old, whatever thread sends it. A first sync of a
 * few batches is then set by the source read, not by an even spacing the reference does not ask for.
 */
public final class HeavyPace implements EdusignV3.Pace {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Parker parker;
    private final Map<String, Deque<Long>> sent = new ConcurrentHashMap<>();

    /** How a wait is spent: parked in production, recorded and skipped in a test. */
    @FunctionalInterface
    public interface Parker {
        void park(long nanos);
    }

    public HeavyPace(int perMinute) {
        this(perMinute, System::nanoTime, LockSupport::parkNanos);
    }

    public HeavyPace(int perMinute, LongSupplier nanoTime, Parker parker) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("the HEAVY rate must be at least 1 request a minute, got " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
        this.parker = parker;
    }

    @Override
    public void acquire(String school) {
        Deque<Long> times = sent.computeIfAbsent(school, k -> new ArrayDeque<>());
        long wait;
        synchronized (times) {
            long now = nanoTime.getAsLong();
            while (!times.isEmpty() && now - times.peekFirst() >= MINUTE_NANOS) {
                times.pollFirst();
            }
            // The slot is taken at the time the batch will go, so that threads waiting together are spread too.
            long at = times.size() < perMinute ? now : times.pollFirst() + MINUTE_NANOS;
            times.addLast(at);
            wait = at - now;
        }
        if (wait > 0) {
            parker.park(wait);
        }
    }
}
