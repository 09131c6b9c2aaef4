package org.edusignconnector.sim.celcat;

import java.util.ArrayList;
import java.util.List;

/** Requests in the order they were answered; each is recorded before its response is written. */
final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();
    /** System.nanoTime() of the first and the last request since the last clear (a benchmark times the source read). */
    private long firstNanos;
    private long lastNanos;

    synchronized void record(SimRequest r, int status) {
        lastNanos = System.nanoTime();
        if (requests.isEmpty()) {
            firstNanos = lastNanos;
        }
        requests.add(new RecordedRequest(r.method(), r.rawPath(), r.rawQuery(), r.timetableId(), r.body(), status));
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }

    /** Nanoseconds from the first request recorded to the last; 0 with fewer than two. */
    synchronized long spanNanos() {
        return requests.isEmpty() ? 0 : lastNanos - firstNanos;
    }
}
