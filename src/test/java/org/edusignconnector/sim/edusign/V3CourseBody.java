package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The full v1 PATCH body of a stored course: what a v3 update starts from before applying its item. */
final class V3CourseBody {

    private static final String[] KEPT = {"NAME", "DESCRIPTION", "START", "END", "CLASSROOM", "MAX_STUDENTS", "API_ID", "API_TYPE",
            "TRAINING_ID"};

    private V3CourseBody() {
    }

    static ObjectNode of(ObjectNode stored) {
        ObjectNode body = Json.object();
        body.put("ID", stored.get("ID").asText());
        for (String key : KEPT) {
            if (stored.hasNonNull(key)) {
                body.set(key, stored.get(key).deepCopy());
            }
        }
        for (Map.Entry<String, JsonNode> field : stored.properties()) {
            if (field.getKey().matches("PROFESSOR(_[0-9]+)?") && field.getValue().isTextual()) {
                body.put(field.getKey(), field.getValue().asText());
            }
        }
        body.set("SCHOOL_GROUP", stored.get("SCHOOL_GROUP").deepCopy());
        ArrayNode rows = body.putArray("STUDENTS");
        stored.get("STUDENTS").forEach(row -> rows.addObject().put("studentId", row.get("studentId").asText()));
        return body;
    }
}
