package org.edusignconnector.sim.common;

import java.util.ArrayList;
import java.util.List;

/** Requests in the order they were answered; each is recorded before its response is written. */
public final class RequestLog<T> {

    private final List<T> requests = new ArrayList<>();
    /** System.nanoTime() of the first and the last request since the last clear (a benchmark times the source read). */
    private long firstNanos;
    private long lastNanos;

    public synchronized void record(T request) {
        lastNanos = System.nanoTime();
        if (requests.isEmpty()) {
            firstNanos = lastNanos;
        }
        requests.add(request);
    }

    /** Nanoseconds from the first request recorded to the last; 0 with fewer than two. */
    public synchronized long spanNanos() {
        return requests.isEmpty() ? 0 : lastNanos - firstNanos;
    }

    public synchronized List<T> snapshot() {
        return List.copyOf(requests);
    }

    public synchronized void clear() {
        requests.clear();
    }
}
