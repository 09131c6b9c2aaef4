package org.edusignconnector.edusign;

import org.edusignconnector.common.Sha256;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Content fingerprints: SHA-256 of a canonical JSON form (keys sorted), hex. */
public final class Fingerprints {

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Fingerprints() {
    }

    public static String of(JsonNode node) {
        try {
            Object tree = CANONICAL.treeToValue(node, Object.class);
            return Sha256.hex(CANONICAL.writeValueAsString(tree));
        } catch (Exception e) {
            throw new IllegalStateException("cannot fingerprint " + node, e);
        }
    }

}
