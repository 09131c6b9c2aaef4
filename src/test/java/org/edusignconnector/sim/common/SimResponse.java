package org.edusignconnector.sim.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a simulator answers: status, JSON body text (null = no body) and extra headers. */
public record SimResponse(int status, String body, Map<String, String> headers) {

    public SimResponse {
        headers = Map.copyOf(headers);
    }

    public static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, SimJson.write(body), Map.of());
    }

    public static SimResponse raw(int status, String body) {
        return new SimResponse(status, body, Map.of());
    }

    public static SimResponse empty(int status) {
        return new SimResponse(status, null, Map.of());
    }

    public SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, body, copy);
    }
}
