package org.edusignconnector.sim.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The simulators' ObjectMappers and their few JSON helpers. */
public final class SimJson {

    /** Jackson's defaults: a valid document followed by anything is read as the document alone (Celcat's server). */
    public static final ObjectMapper LENIENT = new ObjectMapper();
    /** Refuses trailing tokens after the document (FCA Manager's and Edusign's servers). */
    public static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SimJson() {
    }

    public static ObjectNode object() {
        return STRICT.createObjectNode();
    }

    public static ArrayNode array() {
        return STRICT.createArrayNode();
    }

    public static String write(JsonNode node) {
        try {
            return STRICT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
