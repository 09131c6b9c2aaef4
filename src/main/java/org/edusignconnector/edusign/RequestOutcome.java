package org.edusignconnector.edusign;

import java.util.Locale;

/**
 * How one Edusign request ended, once its redeliveries are over; the {@code outcome} tag of
 * {@code connector_edusign_requests}. {@link RequestOutcomeClassifier} decides which.
 */
public enum RequestOutcome {
    /** Edusign answered {@code status: success}, or a lookup answered "not found" (absent is an answer). */
    SUCCESS,
    /** Edusign refused the item: HTTP 200 with {@code status: error}, or a 4xx answer other than 401/402/403/408/429. */
    BUSINESS_ERROR,
    /** 429, 5xx, a timeout, a reset or an unreachable host, still failing after the redeliveries. */
    TRANSIENT,
    /** Not sent: the circuit breaker is open after repeated transient failures. */
    BREAKER_OPEN,
    /** 401/402/403 (key or subscription refused) or any other failure that stops the run. */
    FATAL;

    /** The tag value: {@code success}, {@code business_error}... */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
