package org.edusignconnector.edusign;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether an Edusign person is archived. A student's {@code HIDDEN} is 0/1 (LW, DIGI); a professor's is an
 * array (LW looks an ID up in it; which ID — the professor's or the school's — the sources do not say). Read
 * tolerantly: any non-empty array counts as archived, since our key only ever sees its own school; 0/1 and
 * booleans are accepted for both kinds.
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
            return !hidden.isEmpty();
        }
        if (hidden.isBoolean()) {
            return hidden.asBoolean();
        }
        return hidden.asInt(0) == 1 || "true".equalsIgnoreCase(hidden.asText());
    }
}
