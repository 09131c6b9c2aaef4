package org.edusignconnector.sim.edusign;

/** A v1 business error: answered as HTTP 200 {@code {"status":"error","message":...}}. */
final class EdusignError extends RuntimeException {

    EdusignError(String message) {
        super(message, null, false, false);
    }
}
