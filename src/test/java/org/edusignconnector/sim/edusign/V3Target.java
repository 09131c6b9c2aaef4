package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Which object a v3 item aims at: its Edusign id ({@code <kind>Id}: strict update), its
 * {@code externalReferenceId} (update when the school has it, else create), or neither (create). Both at
 * once is refused as ambiguous, as DOC-V3 says for professors (read here as the rule of every kind).
 */
record V3Target(String kind, String existingId, String reference) {

    boolean creates() {
        return existingId == null;
    }

    /** {@code find} maps an Edusign id to the live object of that kind, or null. */
    static V3Target of(SchoolState school, String kind, ObjectNode item, Function<String, ObjectNode> find) {
        String idField = kind + "Id";
        String id = text(item, idField);
        String reference = text(item, "externalReferenceId");
        String upper = kind.toUpperCase(Locale.ROOT);
        if (id != null && reference != null) {
            throw new V3ItemError("AMBIGUOUS_" + upper + "_IDENTIFIER", "give " + idField + " or externalReferenceId, not both");
        }
        if (id != null) {
            if (find.apply(id) == null) {
                throw new V3ItemError(upper + "_NOT_FOUND", "no " + kind + " " + id);
            }
            return new V3Target(kind, id, null);
        }
        if (reference == null) {
            return new V3Target(kind, null, null);
        }
        return new V3Target(kind, school.references(kind, reference), reference);
    }

    /** A non-blank string field, or null when absent; anything else is a validation error. */
    static String text(ObjectNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new V3ItemError("VALIDATION_ERROR", field + " must be a non-empty string");
        }
        return value.asText();
    }

    /** Refuses any field outside {@code allowed}: v3 field names are camelCase and exact. */
    static void onlyFields(ObjectNode item, Set<String> allowed) {
        for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw new V3ItemError("VALIDATION_ERROR", "unknown field: " + field);
            }
        }
    }

    /** Copies {@code from} (v3 name) to {@code to} (v1 name) when the item has it. */
    static void copy(ObjectNode item, String from, ObjectNode v1, String to) {
        if (item.has(from)) {
            v1.set(to, item.get(from).deepCopy());
        }
    }
}
