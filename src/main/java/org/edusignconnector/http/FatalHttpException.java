package org.edusignconnector.http;

/** 401/402/403: the credentials or subscription are wrong; the tenant's run stops. */
public class FatalHttpException extends RuntimeException {
    private final int status;

    public FatalHttpException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
