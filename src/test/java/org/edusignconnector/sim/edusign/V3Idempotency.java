package org.edusignconnector.sim.edusign;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * v3's "Idempotency: 5s deduplication window" (DOC-V3): a request identical to one of the same school (method,
 * path, body) received less than 5 s before is answered as that one was and not applied again. Time comes from a
 * switchable nanosecond ticker, so that a test can pass the window without waiting for it.
 */
final class V3Idempotency {

    static final long WINDOW_NANOS = 5_000_000_000L;

    private record Seen(long atNanos, SimResponse answer) {
    }

    private final Map<String, Seen> seen = new LinkedHashMap<>();
    private volatile LongSupplier ticker = System::nanoTime;

    void ticker(LongSupplier nanos) {
        this.ticker = nanos;
    }

    long now() {
        return ticker.getAsLong();
    }

    /** The answer given to the same request within the window, or null. */
    synchronized SimResponse repeated(String key, long nowNanos) {
        for (Iterator<Seen> it = seen.values().iterator(); it.hasNext(); ) {
            if (nowNanos - it.next().atNanos() >= WINDOW_NANOS) {
                it.remove();
            }
        }
        Seen earlier = seen.get(key);
        return earlier == null ? null : earlier.answer();
    }

    synchronized void remember(String key, long nowNanos, SimResponse answer) {
        seen.remove(key);
        seen.put(key, new Seen(nowNanos, answer));
    }
}
