package org.edusignconnector.sim.fca;

/** Stops handling a request with a status and a {@code {"message":...}} body. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    SimResponse toResponse() {
        return SimResponse.message(status, getMessage());
    }
}
