package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /v3/courses/batch-upsert}, item by item, onto v1's courses (DOC-V3): a create needs name,
 * startDateTime, endDateTime and exactly one of professorIds / professorExternalReferenceIds; an update changes
 * what the item carries. {@code students} replaces the roster, except that a past course never loses a student;
 * a locked course is not changed at all.
 */
final class V3Courses {

    private static final Set<String> FIELDS = Set.of("courseId", "externalReferenceId", "externalReferenceType", "name",
            "description", "startDateTime", "endDateTime", "professorIds", "professorExternalReferenceIds", "classroomId",
            "classroomExternalReferenceId", "students", "maxStudents");

    private V3Courses() {
    }

    static V3Result course(SchoolState school, ObjectNode item) {
        V3Target.onlyFields(item, FIELDS);
        V3Target target = V3Target.of(school, "course", item, school::liveCourse);
        ObjectNode previous = target.creates() ? null : school.liveCourse(target.existingId());
        if (!target.creates() && previous == null) {
            throw new V3ItemError("ARCHIVED_COURSE_EXISTS", "the course with externalReferenceId " + target.reference() + " was deleted");
        }
        if (previous != null && previous.get("LOCKED").asInt() == 1) {
            throw new V3ItemError("COURSE_LOCKED", "course " + previous.get("ID").asText() + " is locked");
        }
        ObjectNode v1 = previous == null ? Json.object() : V3CourseBody.of(previous);
        V3Target.copy(item, "name", v1, "NAME");
        V3Target.copy(item, "description", v1, "DESCRIPTION");
        V3Target.copy(item, "startDateTime", v1, "START");
        V3Target.copy(item, "endDateTime", v1, "END");
        V3Target.copy(item, "maxStudents", v1, "MAX_STUDENTS");
        v1.put("NEED_STUDENTS_SIGNATURE", previous == null || previous.get("NEED_STUDENTS_SIGNATURE").asBoolean());
        checkDates(v1);
        professors(school, item, v1, previous == null);
        String classroom = V3Target.text(item, "classroomId");
        if (classroom != null) {
            v1.put("CLASSROOM", classroom);
        }
        if (item.has("students")) {
            roster(school, item.get("students"), v1, previous);
        }
        school.referenceAsApiId(target, item, v1);
        try {
            JsonNode result = previous == null ? V1Calls.call(school, "POST", "/v1/course", V1Calls.wrap("course", v1))
                    : V1Calls.call(school, "PATCH", "/v1/course", withoutSurveys(V1Calls.wrap("course", v1)));
            return school.referenced(target, result.get("ID").asText());
        } catch (EdusignError e) {
            String code = e.getMessage().startsWith("MAX_STUDENTS exceeded") ? "MAX_STUDENTS_EXCEEDED" : "VALIDATION_ERROR";
            throw new V3ItemError(code, e.getMessage());
        }
    }

    private static void checkDates(ObjectNode v1) {
        for (String key : List.of("NAME", "START", "END")) {
            if (!v1.hasNonNull(key)) {
                throw new V3ItemError("VALIDATION_ERROR", (key.equals("NAME") ? "name" : key.equals("START") ? "startDateTime" : "endDateTime")
                        + " is required");
            }
        }
        try {
            Instant start = Fields.parseUtc(v1.get("START").asText());
            Instant end = Fields.parseUtc(v1.get("END").asText());
            if (!end.isAfter(start)) {
                throw new V3ItemError("INVALID_DATE_RANGE", "endDateTime must be after startDateTime");
            }
        } catch (EdusignError e) {
            throw new V3ItemError("VALIDATION_ERROR", e.getMessage());
        }
    }

    private static void professors(SchoolState school, ObjectNode item, ObjectNode v1, boolean create) {
        boolean byId = item.has("professorIds");
        boolean byReference = item.has("professorExternalReferenceIds");
        if (byId && byReference) {
            throw new V3ItemError("VALIDATION_ERROR", "give professorIds or professorExternalReferenceIds, not both");
        }
        if (!byId && !byReference) {
            if (create) {
                throw new V3ItemError("VALIDATION_ERROR", "professorIds or professorExternalReferenceIds is required");
            }
            return;
        }
        List<String> ids = V3Ids.resolve(school, "professor", item.get(byId ? "professorIds" : "professorExternalReferenceIds"), byId,
                id -> school.professorStore().containsKey(id) && !school.isArchivedProfessor(school.professorStore().get(id)),
                "PROFESSORS_NOT_FOUND");
        if (ids.isEmpty()) {
            throw new V3ItemError("VALIDATION_ERROR", "a course needs at least one professor");
        }
        v1.remove(v1.properties().stream().map(java.util.Map.Entry::getKey).filter(k -> k.startsWith("PROFESSOR")).toList());
        for (int i = 0; i < ids.size(); i++) {
            v1.put(i == 0 ? "PROFESSOR" : "PROFESSOR_" + (i + 1), ids.get(i));
        }
    }

    private static void roster(SchoolState school, JsonNode students, ObjectNode v1, ObjectNode previous) {
        if (!students.isObject()) {
            throw new V3ItemError("VALIDATION_ERROR", "students must be an object");
        }
        V3Target.onlyFields((ObjectNode) students, Set.of("studentIds", "studentExternalReferenceIds", "groupIds", "groupExternalReferenceIds"));
        Set<String> learners = new LinkedHashSet<>(V3Ids.pair(school, "student", students, "studentIds", "studentExternalReferenceIds",
                id -> school.studentStore().containsKey(id), "STUDENTS_NOT_FOUND"));
        List<String> groups = V3Ids.pair(school, "group", students, "groupIds", "groupExternalReferenceIds",
                id -> school.groupStore().containsKey(id), "GROUPS_NOT_FOUND");
        boolean past = previous != null && Instant.parse(previous.get("END").asText()).isBefore(school.now());
        if (past) {
            previous.get("STUDENTS").forEach(row -> learners.add(row.get("studentId").asText()));
        }
        ArrayNode rows = v1.putArray("STUDENTS");
        learners.forEach(id -> rows.addObject().put("studentId", id));
        ArrayNode schoolGroups = v1.putArray("SCHOOL_GROUP");
        groups.forEach(schoolGroups::add);
    }

    private static ObjectNode withoutSurveys(ObjectNode body) {
        body.put("editSurveys", false);
        return body;
    }
}
