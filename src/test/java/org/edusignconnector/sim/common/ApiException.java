package org.edusignconnector.sim.common;

/**
 * Stops handling a request with a status and an optional error message (null = empty body); the
 * simulator's {@link SimDialect} shapes the body.
 */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound() {
        return new ApiException(404, null);
    }

    public int status() {
        return status;
    }
}
