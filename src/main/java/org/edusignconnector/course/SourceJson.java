package org.edusignconnector.course;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Defensive reading of source JSON: wrong types become a named problem, never a crash. */
public final class SourceJson {

    private SourceJson() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            throw new BadField("field '" + field + "' is not a single value");
        }
        return v.asText();
    }

    /** The object in {@code field}; a missing node when absent or null; anything else is a {@link BadField}. */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return MissingNode.getInstance();
        }
        if (!v.isObject()) {
            throw new BadField("field '" + field + "' is not an object");
        }
        return v;
    }

    public static List<String> texts(JsonNode node, String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new BadField("field '" + field + "' is not a list");
        }
        v.forEach(x -> {
            if (!x.isNull() && !x.isContainerNode()) {
                out.add(x.asText());
            }
        });
        return out;
    }

    /** The {@code id}s of a list of {@code {"id": ...}} objects. */
    public static List<String> ids(JsonNode node, String field) {
        return objects(node, field, "id");
    }

    public static List<String> names(JsonNode node, String field) {
        return objects(node, field, "name");
    }

    private static List<String> objects(JsonNode node, String field, String key) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new BadField("field '" + field + "' is not a list");
        }
        for (JsonNode item : v) {
            JsonNode value = item.isObject() ? item.get(key) : null;
            if (value == null || value.isNull() || value.isContainerNode()) {
                if ("id".equals(key)) {
                    throw new BadField("an entry of '" + field + "' has no usable id: " + Text.quote(item.toString()));
                }
                continue;
            }
            out.add(value.asText());
        }
        return out;
    }

    public static String preview(JsonNode node) {
        return Text.quote(node.toString());
    }

    /** A field of the wrong type or format; the record is kept with this as its problem. */
    public static final class BadField extends RuntimeException {
        public BadField(String message) {
            super(message);
        }
    }
}
