package org.edusignconnector.sim.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What differs between two source simulators that share the kit: the error body's key, the JSON
 * content type, how strictly a request body is read, and the wording of the errors the kit raises.
 *
 * @param errorKey        key of the error body, e.g. {@code Message} for {@code {"Message":"..."}}
 * @param contentType     Content-Type of every JSON answer, exactly as the real server writes it
 * @param mapper          reads request bodies ({@link SimJson#LENIENT} or {@link SimJson#STRICT})
 * @param bodyRequired    400 message for an empty body
 * @param bodyInvalid     400 message for a body that is not JSON
 * @param pathMalformed   400 message for a path segment with bad percent-encoding
 * @param queryMalformed  400 message for a query string (or form body) with bad percent-encoding
 * @param internalError   500 message when a resource fails unexpectedly
 */
public record SimDialect(String errorKey, String contentType, ObjectMapper mapper, String bodyRequired,
        String bodyInvalid, String pathMalformed, String queryMalformed, String internalError) {

    /** The error body {@code {"<errorKey>":"message"}}. */
    public SimResponse message(int status, String message) {
        return SimResponse.json(status, SimJson.object().put(errorKey, message));
    }

    /** The answer for {@code e}: its error body, or no body when it has no message. */
    public SimResponse answer(ApiException e) {
        return e.getMessage() == null ? SimResponse.empty(e.status()) : message(e.status(), e.getMessage());
    }

    /** Runs a resource: its {@link ApiException} is its answer, any other failure a 500 (stack trace printed). */
    public SimResponse guarded(Supplier<SimResponse> resource) {
        try {
            return resource.get();
        } catch (ApiException e) {
            return answer(e);
        } catch (RuntimeException e) {
            e.printStackTrace();
            return message(500, internalError);
        }
    }

    /** Parses a request body; an empty or malformed body is a 400. */
    public JsonNode parseBody(String body) {
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest(bodyRequired);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(bodyInvalid);
        }
    }

    /** Percent-decodes one path segment. Unlike form decoding, {@code +} stays a literal plus. */
    public String decodeSegment(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(pathMalformed);
        }
    }

    /** Decoded {@code a=1&b=2} pairs; the first value of a repeated name wins; bad encoding is a 400. */
    Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return params;
        }
        try {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(key, value);
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(queryMalformed);
        }
        return params;
    }
}
