package org.edusignconnector.sim.common;

import java.util.Optional;

/**
 * Decides, per request, whether the simulator fails on purpose.
 * Faults are checked before authentication and routing, like an infrastructure failure.
 */
@FunctionalInterface
public interface FaultInjector {

    /**
     * @param method        HTTP method
     * @param path          raw request path, e.g. {@code /api/Events} or {@code /api/seances}
     * @param requestNumber 1-based number of this request, counted from the moment the injector was installed
     * @return the fault to answer, or empty to serve normally
     */
    Optional<Fault> inject(String method, String path, int requestNumber);

    /** Answers {@code fault} on request number {@code n} only. */
    static FaultInjector onRequest(int n, Fault fault) {
        return (method, path, number) -> number == n ? Optional.of(fault) : Optional.empty();
    }

    /** Answers {@code fault} on every request with this method whose raw path starts with {@code pathPrefix}. */
    static FaultInjector onPath(String method, String pathPrefix, Fault fault) {
        return (m, path, number) -> m.equals(method) && path.startsWith(pathPrefix) ? Optional.of(fault)
                : Optional.empty();
    }
}
