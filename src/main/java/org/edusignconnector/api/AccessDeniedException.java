package org.edusignconnector.api;

/** A business endpoint was called without valid credentials (401) or without the needed role (403). */
public class AccessDeniedException extends RuntimeException {
    private final int status;

    public AccessDeniedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
