package org.edusignconnector.edusign;

import java.time.Duration;

/**
 * How long a POST whose answer was lost is left to settle before it is looked up: configured
 * ({@code connector.edusign.lost-answer-settle-ms}), or else the HTTP response timeout of the endpoint
 * options plus {@value #MARGIN_MILLIS} ms — past that, Edusign is no longer working on the request we gave up on.
 */
public final class LostAnswerSettle {

    static final long MARGIN_MILLIS = 10_000;
    static final long DEFAULT_RESPONSE_TIMEOUT_MILLIS = 60_000;

    private LostAnswerSettle() {
    }

    public static Duration of(String configuredMillis, String endpointOptions) {
        if (configuredMillis != null && !configuredMillis.isBlank()) {
            long millis = Long.parseLong(configuredMillis.trim());
            if (millis < 0) {
                throw new IllegalArgumentException("connector.edusign.lost-answer-settle-ms must be 0 or more, got " + millis);
            }
            return Duration.ofMillis(millis);
        }
        return Duration.ofMillis(responseTimeout(endpointOptions) + MARGIN_MILLIS);
    }

    static long responseTimeout(String endpointOptions) {
        for (String option : endpointOptions == null ? new String[0] : endpointOptions.split("&")) {
            String[] pair = option.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equals("responseTimeout")) {
                return Long.parseLong(pair[1].trim());
            }
        }
        return DEFAULT_RESPONSE_TIMEOUT_MILLIS;
    }
}
