package org.edusignconnector.edusign;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Edusign's HEAVY rate class (24 requests a minute and a school, then slowed down; the v3 batch upserts are in
 * it): batches of one school are spaced at least 60 s / {@code perMinute} apart, whatever thread sends them.
 */
public final class HeavyPace implements EdusignV3.Pace {

    private final long intervalNanos;
    private final Map<String, long[]> nextSlot = new ConcurrentHashMap<>();

    public HeavyPace(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("the HEAVY rate must be at least 1 request a minute, got " + perMinute);
        }
        this.intervalNanos = 60_000_000_000L / perMinute;
    }

    @Override
    public void acquire(String school) {
        long[] slot = nextSlot.computeIfAbsent(school, k -> new long[] {System.nanoTime()});
        long wait;
        synchronized (slot) {
            long now = System.nanoTime();
            long at = Math.max(now, slot[0]);
            slot[0] = at + intervalNanos;
            wait = at - now;
        }
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
