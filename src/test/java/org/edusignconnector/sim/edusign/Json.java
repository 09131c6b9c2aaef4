package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.edusignconnector.sim.common.SimJson;

/** Shared Jackson mapper, v1 envelopes and the date format Edusign returns. */
final class Json {

    static final ObjectMapper MAPPER = SimJson.STRICT;

    /** Edusign returns instants as {@code 2025-12-11T18:31:01.000Z}. */
    private static final DateTimeFormatter EDUSIGN_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String instant(Instant instant) {
        return EDUSIGN_INSTANT.format(instant);
    }

    /** Parsed body, or null when empty or not valid JSON. */
    static JsonNode tryParse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    static ObjectNode idOnly(String id) {
        ObjectNode node = object();
        node.put("ID", id);
        node.put("id", id);
        return node;
    }

    static byte[] successEnvelope(JsonNode result) {
        ObjectNode envelope = object();
        envelope.put("status", "success");
        envelope.set("result", result);
        return write(envelope);
    }

    /** {@code {"status":"success"}} with no result, or with {@code "result":null}. */
    static byte[] successEnvelopeWithoutResult(boolean resultNull) {
        ObjectNode envelope = object();
        envelope.put("status", "success");
        if (resultNull) {
            envelope.putNull("result");
        }
        return write(envelope);
    }

    static byte[] errorEnvelope(String message) {
        ObjectNode envelope = object();
        envelope.put("status", "error");
        envelope.put("message", message);
        return write(envelope);
    }

    private static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
