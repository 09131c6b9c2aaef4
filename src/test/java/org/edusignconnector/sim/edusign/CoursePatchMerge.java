package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;

/**
 * The body of a PATCH /v1/course under {@link SchoolQuirks#patchKeepsOmittedFields()}: what was sent, plus
 * the stored value of every required field, professor slot and STUDENTS left out (other optional fields and
 * SCHOOL_GROUP are kept by {@link CourseAssembler} in any mode). A key sent, even as null, wins.
 */
final class CoursePatchMerge {

    private static final List<String> REQUIRED = List.of("NAME", "START", "END", "NEED_STUDENTS_SIGNATURE");

    private CoursePatchMerge() {
    }

    static ObjectNode withOmittedFieldsKept(ObjectNode sent, ObjectNode stored) {
        ObjectNode merged = sent.deepCopy();
        for (String key : REQUIRED) {
            keep(merged, stored, key);
        }
        for (Iterator<String> it = stored.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.equals("PROFESSOR") || key.matches("PROFESSOR_\\d+")) {
                keep(merged, stored, key);
            }
        }
        if (!merged.has("STUDENTS")) {
            ArrayNode students = merged.putArray("STUDENTS");
            for (JsonNode row : stored.get("STUDENTS")) {
                students.addObject().put("studentId", row.get("studentId").asText());
            }
        }
        return merged;
    }

    private static void keep(ObjectNode merged, ObjectNode stored, String key) {
        if (!merged.has(key) && stored.has(key)) {
            merged.set(key, stored.get(key).deepCopy());
        }
    }
}
