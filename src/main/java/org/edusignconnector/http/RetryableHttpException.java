package org.edusignconnector.http;

/** A transient failure (5xx, 429, timeout, reset): the http-call route redelivers it with backoff. */
public class RetryableHttpException extends RuntimeException {
    private final int status;

    public RetryableHttpException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
