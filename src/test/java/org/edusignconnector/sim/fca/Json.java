package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The simulator's one ObjectMapper and its few JSON helpers. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Always {@code ±HH:mm}, also for UTC ({@code +00:00}, never {@code Z}). */
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A time with its offset, e.g. {@code 2026-03-30T09:00:00+02:00}, or null. */
    static String offset(OffsetDateTime t) {
        return t == null ? null : OFFSET.format(t);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a request body; an empty or malformed body is a 400. */
    static JsonNode parse(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("Corps de requête obligatoire");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Corps de requête JSON illisible");
        }
    }
}
