package org.edusignconnector.sim.common;

import java.util.ArrayList;
import java.util.List;

/** Requests in the order they were answered; each is recorded before its response is written. */
public final class RequestLog<T> {

    private final List<T> requests = new ArrayList<>();

    public synchronized void record(T request) {
        requests.add(request);
    }

    public synchronized List<T> snapshot() {
        return List.copyOf(requests);
    }

    public synchronized void clear() {
        requests.clear();
    }
}
