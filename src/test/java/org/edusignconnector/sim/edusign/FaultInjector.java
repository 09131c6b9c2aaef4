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

    /** Fault on exactly one arrival number. */
    static FaultInjector onRequest(long requestNumber, Fault fault) {
        return (method, path, n) -> n == requestNumber ? Optional.of(fault) : Optional.empty();
    }
}
