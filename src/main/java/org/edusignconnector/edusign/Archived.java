package org.edusignconnector.edusign;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether an Edusign person is archived. A student's {@code HIDDEN} is 0/1 (LW, DIGI); a professor's is
 * an array in which LW looks for the professor's own ID. Both readings are accepted, as is a boolean.
 */
public final class Archived {

    private Archived() {
    }

    public static boolean isArchived(JsonNode person) {
        JsonNode hidden = person == null ? null : person.get("HIDDEN");
        if (hidden == null || hidden.isNull()) {
            return false;
        }
        if (hidden.isArray()) {
            String id = EdusignApi.idOrNull(person);
            for (JsonNode h : hidden) {
                if (id != null && id.equals(h.asText())) {
                    return true;
                }
            }
            return false;
        }
        if (hidden.isBoolean()) {
            return hidden.asBoolean();
        }
        return hidden.asInt(0) == 1 || "true".equalsIgnoreCase(hidden.asText());
    }
}
