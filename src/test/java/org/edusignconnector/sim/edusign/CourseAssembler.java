package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the stored course from a validated body: on create from scratch, on PATCH over the previous version
 * (professor slots and STUDENTS replaced by what was sent, SCHOOL_GROUP replaced when sent, other optional
 * fields kept when not sent). Members of SCHOOL_GROUP groups are added to STUDENTS, as Edusign does.
 */
final class CourseAssembler {

    private static final List<String> OPTIONAL_ALWAYS_SHOWN =
            List.of("DESCRIPTION", "CLASSROOM", "MAX_STUDENTS", "API_ID", "API_TYPE", "TRAINING_ID");
    private static final List<String> OPTIONAL_SHOWN_ONCE_SENT =
            List.of("ZOOM", "SURVEY_ID", "SURVEY_ID_2", "SURVEY_1_AUTOMATIC_SEND_DATE", "SURVEY_2_AUTOMATIC_SEND_DATE",
                    "TEACHER_SURVEY", "TEACHER_SURVEY_AUTOMATIC_SEND_DATE");

    private CourseAssembler() {
    }

    static ObjectNode assemble(CourseValidator.ValidCourse course, ObjectNode previous, SchoolState school) {
        ObjectNode in = course.input();
        ObjectNode out = Json.object();
        String id = previous == null ? school.newId() : previous.get("ID").asText();
        out.put("ID", id);
        out.put("id", id);
        out.put("NAME", in.get("NAME").asText());
        out.put("START", Json.instant(course.start()));
        out.put("END", Json.instant(course.end()));
        course.professors().forEach((slot, professorId) -> out.put(professorKey(slot), professorId));
        course.professors().forEach((slot, professorId) -> out.set(signatureKey(slot),
                keptSignature(previous, slot, professorId)));
        for (String key : OPTIONAL_ALWAYS_SHOWN) {
            out.set(key, pick(in, previous, key));
        }
        for (String key : OPTIONAL_SHOWN_ONCE_SENT) {
            if (in.has(key) || (previous != null && previous.has(key))) {
                out.set(key, pick(in, previous, key));
            }
        }
        out.put("NEED_STUDENTS_SIGNATURE", in.get("NEED_STUDENTS_SIGNATURE").booleanValue());
        ArrayNode groups = out.putArray("SCHOOL_GROUP");
        if (course.groups() != null) {
            course.groups().forEach(groups::add);
        } else if (previous != null) {
            groups.addAll((ArrayNode) previous.get("SCHOOL_GROUP"));
        }
        out.set("STUDENTS", rows(course, groups, previous, school));
        checkMaxStudents(out);
        out.put("LOCKED", previous == null ? 0 : previous.get("LOCKED").asInt());
        out.set("ATTENDANCE_LIST_GENERATED", previous == null ? Json.object().nullNode()
                : previous.get("ATTENDANCE_LIST_GENERATED"));
        out.put("DATE_CREATED", previous == null ? school.nowText() : previous.get("DATE_CREATED").asText());
        out.put("DATE_UPDATED", school.nowText());
        return out;
    }

    private static ArrayNode rows(CourseValidator.ValidCourse course, ArrayNode groups, ObjectNode previous,
                                  SchoolState school) {
        Set<String> studentIds = new LinkedHashSet<>();
        if (course.students() != null) {
            studentIds.addAll(course.students());
        }
        for (JsonNode groupId : groups) {
            ObjectNode group = school.groupStore().get(groupId.asText());
            if (group != null) {
                group.get("STUDENTS").forEach(member -> studentIds.add(member.asText()));
            }
        }
        Map<String, JsonNode> previousRows = new HashMap<>();
        if (previous != null) {
            previous.get("STUDENTS").forEach(row -> previousRows.put(row.get("studentId").asText(), row));
        }
        ArrayNode rows = Json.array();
        for (String studentId : studentIds) {
            JsonNode kept = previousRows.get(studentId);
            rows.add(kept != null ? kept.deepCopy() : CourseLock.newRow(school, studentId));
        }
        return rows;
    }

    private static void checkMaxStudents(ObjectNode course) {
        JsonNode max = course.get("MAX_STUDENTS");
        if (max != null && !max.isNull() && course.get("STUDENTS").size() > max.asInt()) {
            throw new EdusignError("MAX_STUDENTS exceeded: " + course.get("STUDENTS").size()
                    + " students for a maximum of " + max.asInt());
        }
    }

    private static JsonNode keptSignature(ObjectNode previous, int slot, String professorId) {
        if (previous != null && professorId.equals(previous.path(professorKey(slot)).asText(null))) {
            JsonNode signature = previous.get(signatureKey(slot));
            if (signature != null) {
                return signature.deepCopy();
            }
        }
        return Json.object().nullNode();
    }

    private static JsonNode pick(ObjectNode in, ObjectNode previous, String key) {
        if (in.has(key)) {
            return in.get(key).deepCopy();
        }
        if (previous != null && previous.has(key)) {
            return previous.get(key).deepCopy();
        }
        return Json.object().nullNode();
    }

    static String professorKey(int slot) {
        return slot == 1 ? "PROFESSOR" : "PROFESSOR_" + slot;
    }

    static String signatureKey(int slot) {
        return slot == 1 ? "PROFESSOR_SIGNATURE" : "PROFESSOR_SIGNATURE_" + slot;
    }
}
