package org.edusignconnector.sim.edusign;

import java.util.Optional;

/**
 * Decides, per request, whether the simulator answers with a fault instead of the normal answer.
 * {@code requestNumber} is the 1-based arrival number of the request since the simulator started
 * (every request counts, including refused ones; {@link EdusignSimulator#clearRequests()} does not reset it).
 * {@code path} is the raw request path without the query string. Only consulted for authenticated
 * requests outside maintenance.
 */
@FunctionalInterface
public interface FaultInjector {

    Optional<Fault> faultFor(String method, String path, long requestNumber);

    /** As {@link #faultFor(String, String, long)}, knowing the school (API key) the request is for. */
    default Optional<Fault> faultFor(String apiKey, String method, String path, long requestNumber) {
        return faultFor(method, path, requestNumber);
    }

    /** {@code faults} for the requests of one school (API key) only; the other schools get none. */
    static FaultInjector onSchool(String apiKey, FaultInjector faults) {
        return new FaultInjector() {
            @Override
            public Optional<Fault> faultFor(String method, String path, long requestNumber) {
                return Optional.empty();
            }

            @Override
            public Optional<Fault> faultFor(String key, String method, String path, long requestNumber) {
                return apiKey.equals(key) ? faults.faultFor(key, method, path, requestNumber) : Optional.empty();
            }
        };
    }

    /** Fault on exactly one arrival number. */
    static FaultInjector onRequest(long requestNumber, Fault fault) {
        return (method, path, n) -> n == requestNumber ? Optional.of(fault) : Optional.empty();
    }
}
