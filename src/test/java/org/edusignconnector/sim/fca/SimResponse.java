package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the simulator answers: status, JSON body text (null = no body) and extra headers. */
record SimResponse(int status, String body, Map<String, String> headers) {

    SimResponse {
        headers = Map.copyOf(headers);
    }

    static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, Json.write(body), Map.of());
    }

    /** FCA error body {@code {"message":"..."}}. */
    static SimResponse message(int status, String message) {
        return json(status, Json.object().put("message", message));
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, body, copy);
    }
}
