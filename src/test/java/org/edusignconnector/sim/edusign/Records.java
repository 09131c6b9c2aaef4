package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small helpers to build the stored (= returned) form of students, professors and groups. */
final class Records {

    private Records() {
    }

    /** {ID, id, ...} with a fresh id. */
    static ObjectNode withNewId(SchoolState school) {
        return Json.idOnly(school.newId());
    }

    /**
     * Copies every input key not in {@code skip} onto {@code target}; then every key of {@code shownAsNull}
     * still missing is added as null.
     */
    static void merge(ObjectNode input, ObjectNode target, Set<String> skip, List<String> shownAsNull) {
        for (Iterator<Map.Entry<String, JsonNode>> it = input.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!skip.contains(entry.getKey())) {
                target.set(entry.getKey(), entry.getValue().deepCopy());
            }
        }
        for (String key : shownAsNull) {
            if (!target.has(key)) {
                target.putNull(key);
            }
        }
    }

    static void stamp(ObjectNode record, SchoolState school, boolean created) {
        if (created) {
            record.put("DATE_CREATED", school.nowText());
        }
        record.put("DATE_UPDATED", school.nowText());
    }

    /** Another object of {@code store} than {@code exceptId} already using {@code email} (case-insensitive)? */
    static boolean emailTaken(Collection<ObjectNode> store, String email, String exceptId) {
        return store.stream().anyMatch(o -> Fields.sameEmail(o.path("EMAIL").asText(null), email)
                && !o.get("ID").asText().equals(exceptId));
    }

    static ObjectNode byEmail(Collection<ObjectNode> store, String email) {
        return SchoolState.newest(store, o -> Fields.sameEmail(o.path("EMAIL").asText(null), email));
    }

    static ObjectNode byApiId(Collection<ObjectNode> store, String apiId) {
        return SchoolState.newest(store, o -> apiId.equals(o.path("API_ID").asText(null)));
    }
}
