package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** {@code POST /v3/groups/batch-upsert}, item by item, onto v1's groups (members are not part of it). */
final class V3Groups {

    private static final Set<String> FIELDS = Set.of("groupId", "externalReferenceId", "externalReferenceType", "name",
            "description", "parentExternalReferenceId");

    private V3Groups() {
    }

    static V3Result group(SchoolState school, ObjectNode item) {
        V3Target.onlyFields(item, FIELDS);
        V3Target target = V3Target.of(school, "group", item, id -> school.groupStore().get(id));
        ObjectNode v1 = Json.object();
        if (!target.creates()) {
            v1.put("ID", target.existingId());
        }
        V3Target.copy(item, "name", v1, "NAME");
        V3Target.copy(item, "description", v1, "DESCRIPTION");
        String parent = V3Target.text(item, "parentExternalReferenceId");
        if (parent != null) {
            String parentId = school.references("group", parent);
            if (parentId == null) {
                throw new V3ItemError("GROUP_NOT_FOUND", "no group with externalReferenceId " + parent);
            }
            v1.put("PARENT", parentId);
        }
        school.referenceAsApiId(target, item, v1);
        try {
            JsonNode result = V1Calls.call(school, target.creates() ? "POST" : "PATCH", "/v1/group", V1Calls.wrap("group", v1));
            return school.referenced(target, result.get("ID").asText());
        } catch (EdusignError e) {
            throw new V3ItemError("VALIDATION_ERROR", e.getMessage());
        }
    }
}
