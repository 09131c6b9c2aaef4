package org.edusignconnector.sim.edusign;

/**
 * A fault answered instead of the normal processing. All faults are applied before the request takes effect
 * (state unchanged), except {@link Hang} which waits and then processes the request normally.
 */
public sealed interface Fault {

    /** HTTP {@code status} with a plain-text body, e.g. 500 "Internal Server Error", 502 "Bad Gateway". */
    record HttpError(int status, String plainTextBody) implements Fault {}

    /** HTTP 200 with {@code {"status":"error","message":message}}. */
    record BusinessError(String message) implements Fault {}

    /** Waits {@code millis} (released early by close()) and then answers normally. */
    record Hang(long millis) implements Fault {}

    /**
     * The request takes effect, then the answer is lost: HTTP {@code status} with a plain-text body replaces
     * the success (a crash or a gateway timeout after Edusign applied the write).
     */
    record AppliedThenLost(int status) implements Fault {}

    /** HTTP {@code status} (typically 429 or 503) with a {@code Retry-After: seconds} header. */
    record RetryAfter(int status, int seconds) implements Fault {}
}
