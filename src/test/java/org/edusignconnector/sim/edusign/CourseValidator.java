package org.edusignconnector.sim.edusign;

import static org.edusignconnector.sim.edusign.FieldSpec.Type.ARRAY;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.BOOLEAN;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.INTEGER;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.STRING;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.STRING_ARRAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The rules of the {@code course} object of POST and PATCH /v1/course. */
final class CourseValidator {

    /** A validated course body; {@code students}/{@code groups} are null when the key was not sent. */
    record ValidCourse(ObjectNode input, Instant start, Instant end, SortedMap<Integer, String> professors,
                       List<String> students, List<String> groups) {}

    private static final FieldSpec CREATE = new FieldSpec()
            .fields(STRING, "NAME", "DESCRIPTION", "START", "END", "PROFESSOR", "CLASSROOM", "API_ID", "API_TYPE",
                    "TRAINING_ID", "SURVEY_ID", "SURVEY_ID_2", "SURVEY_1_AUTOMATIC_SEND_DATE",
                    "SURVEY_2_AUTOMATIC_SEND_DATE", "TEACHER_SURVEY", "TEACHER_SURVEY_AUTOMATIC_SEND_DATE")
            .fields(BOOLEAN, "NEED_STUDENTS_SIGNATURE", "ZOOM")
            .field("MAX_STUDENTS", INTEGER)
            .field("SCHOOL_GROUP", STRING_ARRAY)
            .field("STUDENTS", ARRAY)
            .pattern("PROFESSOR_([2-9]|[1-9][0-9]+)", STRING);
    private static final FieldSpec UPDATE = CREATE.plus("ID", STRING);

    private CourseValidator() {
    }

    static ValidCourse validate(ObjectNode in, SchoolState school, boolean update) {
        (update ? UPDATE : CREATE).check(in);
        Fields.requiredText(in, "NAME");
        Instant start = Fields.requiredUtcInstant(in, "START");
        Instant end = Fields.requiredUtcInstant(in, "END");
        if (!end.isAfter(start)) {
            throw new EdusignError("END must be after START");
        }
        Fields.requiredBoolean(in, "NEED_STUDENTS_SIGNATURE");
        if (Fields.present(in, "MAX_STUDENTS") && in.get("MAX_STUDENTS").asLong() < 0) {
            throw new EdusignError("MAX_STUDENTS must be a positive integer");
        }
        SortedMap<Integer, String> professors = professors(in, school, update);
        List<String> students = Fields.present(in, "STUDENTS") ? students(in.get("STUDENTS"), school) : null;
        List<String> groups = in.has("SCHOOL_GROUP") ? groups(in, school) : null;
        return new ValidCourse(in, start, end, professors, students, groups);
    }

    private static SortedMap<Integer, String> professors(ObjectNode in, SchoolState school, boolean update) {
        if (!Fields.present(in, "PROFESSOR") || in.get("PROFESSOR").asText().isBlank()) {
            throw new EdusignError(update ? "At least one professor is required" : "PROFESSOR is required");
        }
        SortedMap<Integer, String> slots = new TreeMap<>();
        Map<String, String> keyOfProfessor = new HashMap<>();
        for (Iterator<String> it = in.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("PROFESSOR") && !key.matches("PROFESSOR_\\d+")) {
                continue;
            }
            String professorId = Fields.optionalText(in, key);
            if (professorId == null || professorId.isEmpty()) {
                continue;
            }
            ObjectNode professor = school.professorStore().get(professorId);
            if (professor == null) {
                throw new EdusignError(key + ": no professor with ID " + professorId + " in this school");
            }
            if (school.isArchivedProfessor(professor)) {
                throw new EdusignError(key + ": professor " + professorId + " is archived");
            }
            String previous = keyOfProfessor.put(professorId, key);
            if (previous != null) {
                throw new EdusignError("Professor " + professorId + " is set twice (" + previous + " and " + key + ")");
            }
            slots.put(key.equals("PROFESSOR") ? 1 : Integer.parseInt(key.substring("PROFESSOR_".length())), professorId);
        }
        return slots;
    }

    private static List<String> students(JsonNode array, SchoolState school) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new EdusignError("STUDENTS must contain objects {\"studentId\": \"...\"}");
            }
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!key.equals("studentId")) {
                    throw new EdusignError("STUDENTS: Unknown field: " + key);
                }
            }
            JsonNode studentId = item.get("studentId");
            if (studentId == null || !studentId.isTextual() || studentId.asText().isBlank()) {
                throw new EdusignError("STUDENTS: studentId is required and must be a string");
            }
            String id = studentId.asText();
            ObjectNode student = school.studentStore().get(id);
            if (student == null) {
                throw new EdusignError("STUDENTS: no student with ID " + id + " in this school");
            }
            if (student.get("HIDDEN").asInt() != 0) {
                throw new EdusignError("STUDENTS: student " + id + " is archived");
            }
            if (!seen.add(id)) {
                throw new EdusignError("STUDENTS contains " + id + " twice");
            }
            ids.add(id);
        }
        return ids;
    }

    private static List<String> groups(ObjectNode in, SchoolState school) {
        if (in.get("SCHOOL_GROUP").isNull()) {
            return List.of();
        }
        List<String> ids = Fields.distinctStrings(in, "SCHOOL_GROUP");
        for (String id : ids) {
            if (!school.groupStore().containsKey(id)) {
                throw new EdusignError("SCHOOL_GROUP: no group with ID " + id + " in this school");
            }
        }
        return ids;
    }
}
