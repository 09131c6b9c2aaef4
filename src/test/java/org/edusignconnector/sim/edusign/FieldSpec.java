package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields an Edusign object accepts and their JSON types: unknown keys are refused with
 * {@code Unknown field: X}, a wrongly typed non-null value with {@code X must be a ...}.
 */
final class FieldSpec {

    enum Type {
        STRING("a string"), BOOLEAN("a boolean"), INTEGER("an integer"), STRING_ARRAY("an array of strings"),
        ARRAY("an array"), OBJECT("an object"), BOOLEAN_OR_INTEGER("a boolean or 0/1");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        boolean accepts(JsonNode value) {
            return switch (this) {
                case STRING -> value.isTextual();
                case BOOLEAN -> value.isBoolean();
                case INTEGER -> value.isIntegralNumber();
                case STRING_ARRAY -> value.isArray() && allText(value);
                case ARRAY -> value.isArray();
                case OBJECT -> value.isObject();
                case BOOLEAN_OR_INTEGER -> value.isBoolean()
                        || (value.isIntegralNumber() && (value.asInt() == 0 || value.asInt() == 1));
            };
        }

        private static boolean allText(JsonNode array) {
            for (JsonNode item : array) {
                if (!item.isTextual()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, Type> fields = new LinkedHashMap<>();
    private Pattern patternFields;
    private Type patternType;

    FieldSpec field(String name, Type type) {
        fields.put(name, type);
        return this;
    }

    FieldSpec fields(Type type, String... names) {
        for (String name : names) {
            fields.put(name, type);
        }
        return this;
    }

    /** Accepts every key matching {@code pattern} (e.g. PROFESSOR_2, PROFESSOR_3...) with {@code type}. */
    FieldSpec pattern(String pattern, Type type) {
        this.patternFields = Pattern.compile(pattern);
        this.patternType = type;
        return this;
    }

    /** A copy of this spec with more fields (e.g. ID for updates). */
    FieldSpec plus(String name, Type type) {
        FieldSpec copy = new FieldSpec();
        copy.fields.putAll(fields);
        copy.patternFields = patternFields;
        copy.patternType = patternType;
        return copy.field(name, type);
    }

    void check(ObjectNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Type type = typeOf(entry.getKey());
            if (type == null) {
                throw new EdusignError("Unknown field: " + entry.getKey());
            }
            JsonNode value = entry.getValue();
            if (!value.isNull() && !type.accepts(value)) {
                throw new EdusignError(entry.getKey() + " must be " + type.label);
            }
        }
    }

    private Type typeOf(String key) {
        Type type = fields.get(key);
        if (type == null && patternFields != null && patternFields.matcher(key).matches()) {
            return patternType;
        }
        return type;
    }
}
