package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the simulator answers: status, content type, body, extra headers and what to record about it;
 * {@code millisPerByte} > 0 sends the body one byte at a time ({@link Fault.Trickle}).
 */
record SimResponse(int status, String contentType, byte[] body, Map<String, String> headers,
                   String envelopeStatus, String message, long millisPerByte) {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    static SimResponse plain(int status, String text) {
        return new SimResponse(status, TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of(), null, null, 0);
    }

    static SimResponse retryAfter(int status, int seconds) {
        String text = status == 429 ? "Too Many Requests" : status == 503 ? "Service Unavailable" : "Retry later";
        return new SimResponse(status, TEXT, text.getBytes(StandardCharsets.UTF_8),
                Map.of("Retry-After", Integer.toString(seconds)), null, null, 0);
    }

    static SimResponse success(JsonNode result) {
        return new SimResponse(200, JSON, Json.successEnvelope(result), Map.of(), "success", null, 0);
    }

    /** {@code {"status":"success"}}, or with {@code "result":null}. */
    static SimResponse successWithoutResult(boolean resultNull) {
        return new SimResponse(200, JSON, Json.successEnvelopeWithoutResult(resultNull), Map.of(), "success", null,
                0);
    }

    /** A v3 answer: a real HTTP status and a JSON body, recorded with {@code outcome} (success, partial, error). */
    static SimResponse json(int status, JsonNode body, String outcome, String message) {
        return new SimResponse(status, JSON, body.toString().getBytes(StandardCharsets.UTF_8), Map.of(), outcome, message, 0);
    }

    static SimResponse error(String message) {
        return new SimResponse(200, JSON, Json.errorEnvelope(message), Map.of(), "error", message, 0);
    }

    SimResponse trickled(long millis) {
        return new SimResponse(status, contentType, body, headers, envelopeStatus, message, millis);
    }

    /** The plain-text body a gateway gives with {@code status}. */
    static String reason(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }
}
