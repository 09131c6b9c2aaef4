package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Attendance rows of a sheet, locking, unlocking and the justified absences a lock creates. */
final class CourseLock {

    private static final String FILES = "https://sim.edusign.invalid/files/";

    private CourseLock() {
    }

    /** A fresh row of course STUDENTS: not signed yet. */
    static ObjectNode newRow(SchoolState school, String studentId) {
        ObjectNode row = Json.object();
        row.put("studentId", studentId);
        row.put("state", false);
        row.putNull("signature");
        row.putNull("timestamp");
        row.put("delay", 0);
        row.putNull("earlyDeparture");
        row.putNull("excluded");
        row.putNull("absenceId");
        row.putNull("comment");
        row.putNull("signatureEmail");
        row.put("_id", school.nextAttendanceRowId());
        return row;
    }

    static void lock(SchoolState school, ObjectNode course) {
        course.put("LOCKED", 1);
        course.put("ATTENDANCE_LIST_GENERATED", FILES + "attendance-" + course.get("ID").asText() + ".pdf");
        course.put("DATE_UPDATED", school.nowText());
    }

    static void unlock(SchoolState school, ObjectNode course) {
        course.put("LOCKED", 0);
        course.put("DATE_UPDATED", school.nowText());
    }

    /** Validates everything first, then writes the rows and professor signatures. */
    static void applyAttendance(SchoolState school, ObjectNode course, List<StudentAttendance> attendance,
                                List<Boolean> professorSigned) {
        Map<String, ObjectNode> rows = new HashMap<>();
        for (JsonNode row : course.get("STUDENTS")) {
            rows.put(row.get("studentId").asText(), (ObjectNode) row);
        }
        for (StudentAttendance entry : attendance) {
            if (!rows.containsKey(entry.studentId())) {
                throw new IllegalArgumentException("Student " + entry.studentId() + " is not on course "
                        + course.get("ID").asText());
            }
            requireUtc(entry.earlyDeparture(), "earlyDeparture");
            requireUtc(entry.excluded(), "excluded");
            if (entry.absenceReasonId() != null && !school.absenceReasonStore().containsKey(entry.absenceReasonId())) {
                throw new IllegalArgumentException("Unknown absence reason: " + entry.absenceReasonId());
            }
        }
        List<String> slots = professorSlots(course);
        if (professorSigned.size() > slots.size()) {
            throw new IllegalArgumentException("Course has only " + slots.size() + " professor(s)");
        }
        for (StudentAttendance entry : attendance) {
            write(school, course, rows.get(entry.studentId()), entry);
        }
        for (int i = 0; i < slots.size(); i++) {
            boolean signed = i < professorSigned.size() && Boolean.TRUE.equals(professorSigned.get(i));
            String signatureKey = slots.get(i).replace("PROFESSOR", "PROFESSOR_SIGNATURE");
            if (signed) {
                course.put(signatureKey, FILES + "signature-" + course.get(slots.get(i)).asText() + "-"
                        + course.get("ID").asText() + ".png");
            } else {
                course.putNull(signatureKey);
            }
        }
    }

    /** The professor keys of a course, PROFESSOR first then PROFESSOR_n by increasing n. */
    static List<String> professorSlots(ObjectNode course) {
        List<Integer> numbers = new ArrayList<>();
        course.fieldNames().forEachRemaining(key -> {
            if (key.matches("PROFESSOR_\\d+")) {
                numbers.add(Integer.parseInt(key.substring("PROFESSOR_".length())));
            }
        });
        numbers.sort(null);
        List<String> slots = new ArrayList<>();
        slots.add("PROFESSOR");
        numbers.forEach(n -> slots.add("PROFESSOR_" + n));
        return slots;
    }

    private static void write(SchoolState school, ObjectNode course, ObjectNode row, StudentAttendance entry) {
        String studentId = entry.studentId();
        row.put("state", entry.present());
        if (entry.present()) {
            row.put("signature", FILES + "signature-" + studentId + "-" + course.get("ID").asText() + ".png");
            row.put("timestamp", course.get("START").asText());
        } else {
            row.putNull("signature");
            row.putNull("timestamp");
        }
        row.put("delay", entry.delayMinutes() == null ? 0 : entry.delayMinutes());
        putNullable(row, "earlyDeparture", entry.earlyDeparture());
        putNullable(row, "excluded", entry.excluded());
        putNullable(row, "comment", entry.comment());
        if (entry.absenceReasonId() != null) {
            row.put("absenceId", justify(school, course, entry));
        }
    }

    private static String justify(SchoolState school, ObjectNode course, StudentAttendance entry) {
        String id = school.newId();
        ObjectNode absence = Json.object();
        absence.put("ID", id);
        absence.put("id", id);
        absence.put("STUDENT_ID", entry.studentId());
        absence.put("TYPE", entry.absenceReasonId());
        absence.put("COURSE_ID", course.get("ID").asText());
        putNullable(absence, "COMMENT", entry.comment());
        absence.putNull("FILE_URL");
        absence.put("DATE_CREATION", school.nowText());
        absence.put("REQUEST_DATE", school.nowText());
        absence.put("START", course.get("START").asText());
        absence.put("END", course.get("END").asText());
        school.justifiedAbsenceStore().add(absence);
        return id;
    }

    private static void requireUtc(String value, String name) {
        if (value != null && Fields.parseUtc(value) == null) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 UTC instant ending with Z: " + value);
        }
    }

    private static void putNullable(ObjectNode node, String key, String value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
