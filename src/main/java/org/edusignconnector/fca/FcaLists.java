package org.edusignconnector.fca;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The items of an FCA Manager list answer, in either shape the contract allows: a bare array, or a page {@code {items, ...}}. */
public final class FcaLists {

    private FcaLists() {
    }

    public static Optional<JsonNode> items(JsonNode body) {
        if (body == null) {
            return Optional.empty();
        }
        if (body.isArray()) {
            return Optional.of(body);
        }
        JsonNode items = body.isObject() ? body.get("items") : null;
        return items != null && items.isArray() ? Optional.of(items) : Optional.empty();
    }
}
