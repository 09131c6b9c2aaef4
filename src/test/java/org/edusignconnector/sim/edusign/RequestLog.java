package org.edusignconnector.sim.edusign;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;

/** Recorded requests keyed by arrival number, so they list in arrival order even when answered out of order. */
final class RequestLog {

    private final ConcurrentSkipListMap<Long, RecordedRequest> entries = new ConcurrentSkipListMap<>();

    void add(long arrivalNumber, RecordedRequest request) {
        entries.put(arrivalNumber, request);
    }

    List<RecordedRequest> all() {
        return new ArrayList<>(entries.values());
    }

    List<RecordedRequest> of(String apiKey) {
        return entries.values().stream().filter(r -> Objects.equals(apiKey, r.school())).toList();
    }

    long writeCount(String apiKey) {
        return entries.values().stream()
                .filter(r -> Objects.equals(apiKey, r.school()) && r.isSuccessfulWrite())
                .count();
    }

    void clear() {
        entries.clear();
    }
}
