package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request as the simulator saw and answered it.
 *
 * @param school         API key of the school, or null when the key was missing/unknown
 * @param method         HTTP method, upper case
 * @param path           raw (still URL-encoded) request path, e.g. {@code /v1/course/get-id/a%2Fb}
 * @param query          raw query string without '?', or null
 * @param body           parsed JSON body, or null when there was none or it was not valid JSON
 * @param httpStatus     HTTP status answered
 * @param envelopeStatus "success" or "error" for v1 JSON envelopes, null for plain-text answers
 * @param message        the envelope error message, or null
 */
public record RecordedRequest(String school, String method, String path, String query, JsonNode body,
                              int httpStatus, String envelopeStatus, String message) {

    /** True for POST, PATCH, PUT and DELETE, whatever the outcome. */
    public boolean isWrite() {
        return switch (method) {
            case "POST", "PATCH", "PUT", "DELETE" -> true;
            default -> false;
        };
    }

    /** True when the request was a write answered with a success envelope. */
    public boolean isSuccessfulWrite() {
        return isWrite() && "success".equals(envelopeStatus);
    }
}
