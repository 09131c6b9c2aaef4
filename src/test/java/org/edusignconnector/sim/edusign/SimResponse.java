package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the simulator answers: status, content type, body, extra headers and what to record about it. */
record SimResponse(int status, String contentType, byte[] body, Map<String, String> headers,
                   String envelopeStatus, String message) {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    static SimResponse plain(int status, String text) {
        return new SimResponse(status, TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of(), null, null);
    }

    static SimResponse retryAfter(int status, int seconds) {
        String text = status == 429 ? "Too Many Requests" : status == 503 ? "Service Unavailable" : "Retry later";
        return new SimResponse(status, TEXT, text.getBytes(StandardCharsets.UTF_8),
                Map.of("Retry-After", Integer.toString(seconds)), null, null);
    }

    static SimResponse success(JsonNode result) {
        return new SimResponse(200, JSON, Json.successEnvelope(result), Map.of(), "success", null);
    }

    static SimResponse error(String message) {
        return new SimResponse(200, JSON, Json.errorEnvelope(message), Map.of(), "error", message);
    }
}
