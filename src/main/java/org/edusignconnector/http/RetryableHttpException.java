package org.edusignconnector.http;

/** A transient failure (5xx, 429, timeout, reset): the http-call route redelivers it with backoff. */
public class RetryableHttpException extends RuntimeException {
    private final int status;
    private final Long retryAfterMillis;

    public RetryableHttpException(String message, int status, Throwable cause) {
        this(message, status, cause, null);
    }

    /** {@code retryAfterMillis}: the wait the server asked for (Retry-After, already capped), or null. */
    public RetryableHttpException(String message, int status, Throwable cause, Long retryAfterMillis) {
        super(message, cause);
        this.status = status;
        this.retryAfterMillis = retryAfterMillis;
    }

    public int status() {
        return status;
    }

    /** The wait before sending again the server asked for, if it did: a caller that resends by itself honours it. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfterMillis).map(java.time.Duration::ofMillis);
    }
}
