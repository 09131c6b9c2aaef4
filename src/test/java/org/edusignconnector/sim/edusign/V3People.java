package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** {@code POST /v3/students/batch-upsert} and {@code /v3/professors/batch-upsert}, item by item, onto v1's people. */
final class V3People {

    private static final Set<String> STUDENT_FIELDS = Set.of("studentId", "externalReferenceId", "externalReferenceType",
            "firstName", "lastName", "email", "phone");
    private static final Set<String> PROFESSOR_FIELDS = Set.of("professorId", "externalReferenceId", "externalReferenceType",
            "firstName", "lastName", "email", "phone");

    private V3People() {
    }

    static V3Result student(SchoolState school, ObjectNode item) {
        V3Target.onlyFields(item, STUDENT_FIELDS);
        V3Target target = V3Target.of(school, "student", item, id -> school.studentStore().get(id));
        return upsert(school, item, target, "student", "/v1/student");
    }

    static V3Result professor(SchoolState school, ObjectNode item) {
        V3Target.onlyFields(item, PROFESSOR_FIELDS);
        V3Target target = V3Target.of(school, "professor", item, id -> school.professorStore().get(id));
        return upsert(school, item, target, "professor", "/v1/professor");
    }

    private static V3Result upsert(SchoolState school, ObjectNode item, V3Target target, String wrapper, String path) {
        ObjectNode v1 = Json.object();
        if (!target.creates()) {
            ObjectNode stored = (ObjectNode) V1Calls.call(school, "GET", path + "/" + target.existingId(), null);
            v1.put("ID", target.existingId());
            for (String key : new String[] {"FIRSTNAME", "LASTNAME", "EMAIL"}) {
                v1.set(key, stored.get(key));
            }
        }
        V3Target.copy(item, "firstName", v1, "FIRSTNAME");
        V3Target.copy(item, "lastName", v1, "LASTNAME");
        V3Target.copy(item, "email", v1, "EMAIL");
        V3Target.copy(item, "phone", v1, "PHONE");
        school.referenceAsApiId(target, item, v1);
        try {
            JsonNode result = V1Calls.call(school, target.creates() ? "POST" : "PATCH", path, V1Calls.wrap(wrapper, v1));
            return school.referenced(target, result.get("ID").asText());
        } catch (EdusignError e) {
            throw new V3ItemError("VALIDATION_ERROR", e.getMessage());
        }
    }
}
