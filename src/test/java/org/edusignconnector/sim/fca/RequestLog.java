package org.edusignconnector.sim.fca;

import java.util.ArrayList;
import java.util.List;

/** Requests in the order they were answered; each is recorded before its response is written. */
final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void record(SimRequest r, int status) {
        requests.add(new RecordedRequest(r.method(), r.rawPath(), r.rawQuery(), r.body(), status, r.via()));
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
