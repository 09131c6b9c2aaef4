package org.edusignconnector.badinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON helpers of the bad-input suite: hand-made records, including the shapes no simulator model allows. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses a JSON literal written in a test. */
    static JsonNode parse(String literal) {
        try {
            return MAPPER.readTree(literal);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad literal in test: " + literal, e);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list of {"id": x} objects. */
    static ArrayNode ids(Object... ids) {
        ArrayNode a = array();
        for (Object id : ids) {
            ObjectNode o = a.addObject();
            if (id instanceof Integer i) {
                o.put("id", i);
            } else {
                o.put("id", String.valueOf(id));
            }
        }
        return a;
    }
}
