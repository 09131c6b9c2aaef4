package org.edusignconnector.sim.edusign;

/**
 * A fault answered instead of the normal processing. All faults are applied before the request takes effect
 * (state unchanged), except {@link Hang} which waits and then processes the request normally,
 * {@link AppliedThenLost} and {@link Trickle} which process it and then spoil the answer, and
 * {@link V3ItemsRefused} which processes all but some items of a v3 batch.
 */
public sealed interface Fault {

    /** HTTP {@code status} with a plain-text body, e.g. 500 "Internal Server Error", 502 "Bad Gateway". */
    record HttpError(int status, String plainTextBody) implements Fault {}

    /** HTTP 200 with {@code {"status":"error","message":message}}. */
    record BusinessError(String message) implements Fault {}

    /** Waits {@code millis} (released early by close()) and then answers normally. */
    record Hang(long millis) implements Fault {}

    /**
     * The request takes effect, then the answer is lost: HTTP {@code status} with a plain-text body (the
     * status's reason, e.g. "Gateway Timeout" for 504) replaces the success (a crash or a gateway timeout
     * after Edusign applied the write).
     */
    record AppliedThenLost(int status) implements Fault {}

    /** HTTP {@code status} (typically 429 or 503) with a {@code Retry-After: seconds} header. */
    record RetryAfter(int status, int seconds) implements Fault {}

    /**
     * HTTP 200 {@code {"status":"success"}} (or {@code {"status":"success","result":null}} when
     * {@code resultNull}) without applying the request: an answer seen from APIs that report success for a
     * lookup that found nothing, or for a create that stored nothing.
     */
    record SuccessWithoutResult(boolean resultNull) implements Fault {}

    /**
     * The request is processed normally, then the answer's body is sent one byte every {@code millisPerByte}
     * ms: a congested link or proxy, that holds a client without a total deadline for minutes. close()
     * releases it (the rest of the body is dropped).
     */
    record Trickle(long millisPerByte) implements Fault {}

    /**
     * v3 batch upserts only (no effect elsewhere): the items {@code refused} matches are refused with {@code code} and
     * not applied, the others are processed as usual — a 207 when one was refused (DOC-V3: "200 all ok, 207 partial,
     * per-item inputIndex + codes"). The code must be one the reference lists; {@code message} goes with it.
     */
    record V3ItemsRefused(String code, String message, java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> refused)
            implements Fault {
        public V3ItemsRefused {
            if (!V3Api.ITEM_CODES.contains(code)) {
                throw new IllegalArgumentException(code + " is not a per-item code of the v3 reference: " + V3Api.ITEM_CODES);
            }
        }
    }

    /** What a gateway in front of Edusign answers for a route it does not know: 404 {@code Not Found}. */
    static Fault gatewayNotFound() {
        return new HttpError(404, "Not Found");
    }
}
