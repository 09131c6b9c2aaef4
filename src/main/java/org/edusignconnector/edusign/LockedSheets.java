package org.edusignconnector.edusign;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.attendance.LockedSheet;

/** Reads Edusign's JSON of a locked sheet into the attendance model. */
public final class LockedSheets {

    private LockedSheets() {
    }

    public static LockedSheet parse(JsonNode course) {
        List<LockedSheet.Mark> marks = new ArrayList<>();
        for (JsonNode s : course.path("STUDENTS")) {
            if (!s.hasNonNull("studentId")) {
                continue;
            }
            marks.add(new LockedSheet.Mark(s.get("studentId").asText(), s.path("state").asBoolean(false), Math.max(0, s.path("delay").asInt(0)),
                    instant(s.get("earlyDeparture")), instant(s.get("excluded")), text(s.get("absenceId")), text(s.get("comment"))));
        }
        List<LockedSheet.ProfessorPresence> professors = new ArrayList<>();
        addProfessor(course, "PROFESSOR", "PROFESSOR_SIGNATURE", professors);
        for (int n = 2; n < 50; n++) {
            if (course.has("PROFESSOR_" + n)) {
                addProfessor(course, "PROFESSOR_" + n, "PROFESSOR_SIGNATURE_" + n, professors);
            }
        }
        return new LockedSheet(EdusignApi.idOrNull(course), text(course.get("API_ID")), text(course.get("NAME")),
                instant(course.get("START")), List.copyOf(marks), List.copyOf(professors));
    }

    private static void addProfessor(JsonNode course, String key, String signatureKey, List<LockedSheet.ProfessorPresence> out) {
        String id = text(course.get(key));
        if (id != null && !id.isBlank()) {
            String signature = text(course.get(signatureKey));
            out.add(new LockedSheet.ProfessorPresence(id, signature != null && !signature.isBlank()));
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Instant instant(JsonNode n) {
        String t = text(n);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
