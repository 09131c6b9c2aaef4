package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Lists of Edusign ids or external reference ids in a v3 item, resolved to existing objects of one kind. */
final class V3Ids {

    private V3Ids() {
    }

    /** One of {@code idField} / {@code referenceField} (not both); neither = an empty list. */
    static List<String> pair(SchoolState school, String kind, JsonNode holder, String idField, String referenceField,
                             Predicate<String> exists, String notFoundCode) {
        if (holder.has(idField) && holder.has(referenceField)) {
            throw new V3ItemError("VALIDATION_ERROR", "give " + idField + " or " + referenceField + ", not both");
        }
        if (holder.has(idField)) {
            return resolve(school, kind, holder.get(idField), true, exists, notFoundCode);
        }
        if (holder.has(referenceField)) {
            return resolve(school, kind, holder.get(referenceField), false, exists, notFoundCode);
        }
        return List.of();
    }

    static List<String> resolve(SchoolState school, String kind, JsonNode array, boolean byId, Predicate<String> exists,
                                String notFoundCode) {
        if (!array.isArray()) {
            throw new V3ItemError("VALIDATION_ERROR", "a list of strings is expected");
        }
        List<String> ids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode value : array) {
            if (!value.isTextual() || value.asText().isBlank()) {
                throw new V3ItemError("VALIDATION_ERROR", "a list of non-empty strings is expected");
            }
            String id = byId ? value.asText() : school.references(kind, value.asText());
            if (id == null || !exists.test(id)) {
                missing.add(value.asText());
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new V3ItemError(notFoundCode, kind + (byId ? " ids" : " external references") + " not found: " + String.join(", ", missing));
        }
        return ids;
    }
}
