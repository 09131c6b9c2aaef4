package org.edusignconnector.sim.celcat;

/** Stops handling a request with a status and an optional {@code Message} (null = empty body). */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound() {
        return new ApiException(404, null);
    }

    SimResponse toResponse() {
        return getMessage() == null ? SimResponse.empty(status) : SimResponse.message(status, getMessage());
    }
}
