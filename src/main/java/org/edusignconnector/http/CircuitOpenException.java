package org.edusignconnector.http;

/**
 * An Edusign call refused before it was sent, because the circuit breaker is open after repeated
 * transient failures: still a {@link RetryableHttpException} for whoever handles the failure, but
 * told apart so the metrics can count the calls the breaker stopped.
 */
public class CircuitOpenException extends RetryableHttpException {

    public CircuitOpenException(String message, Throwable cause) {
        super(message, 0, cause);
    }
}
