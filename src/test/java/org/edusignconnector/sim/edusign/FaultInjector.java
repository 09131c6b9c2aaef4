package org.edusignconnector.sim.edusign;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides, per request, whether the simulator answers with a fault instead of the normal answer.
 * {@code requestNumber} is the 1-based arrival number of the request since the simulator started
 * (every request counts, including refused ones; {@link EdusignSimulator#clearRequests()} does not reset it).
 * {@code path} is the raw request path without the query string. Only consulted for authenticated
 * requests outside maintenance.
 */
@FunctionalInterface
public interface FaultInjector {

    /** Every {@code get-id/{apiId}} lookup (course, student, professor, group). */
    String GET_ID_PATHS = "/v1/[a-z]+/get-id/.+";
    /** Every {@code by-email/{email}} lookup (student, professor). */
    String BY_EMAIL_PATHS = "/v1/[a-z]+/by-email/.+";
    /** Both kinds of lookup above. */
    String LOOKUP_PATHS = "/v1/[a-z]+/(get-id|by-email)/.+";
    /** The create routes: POST on these paths. */
    String CREATE_PATHS = "/v1/(course|student|professor|group)";

    Optional<Fault> faultFor(String method, String path, long requestNumber);

    /** This injector's fault, or else {@code other}'s: to switch several fault modes on at once. */
    default FaultInjector or(FaultInjector other) {
        return (method, path, n) -> {
            Optional<Fault> fault = faultFor(method, path, n);
            return fault.isPresent() ? fault : other.faultFor(method, path, n);
        };
    }

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

    /**
     * Fault on every request of {@code method} whose raw path matches {@code pathRegex} as a whole, e.g.
     * {@code onPaths("GET", GET_ID_PATHS, Fault.gatewayNotFound())}.
     */
    static FaultInjector onPaths(String method, String pathRegex, Fault fault) {
        Pattern pattern = Pattern.compile(pathRegex);
        return (m, path, n) -> m.equals(method) && pattern.matcher(path).matches()
                ? Optional.of(fault) : Optional.empty();
    }
}
