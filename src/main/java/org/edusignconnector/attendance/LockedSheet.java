package org.edusignconnector.attendance;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.edusign.EdusignApi;

/**
 * A locked (archived) Edusign sheet with its attendance: per student {@code state}, {@code delay},
 * {@code earlyDeparture}, {@code excluded}, {@code absenceId}, {@code comment}; per professor slot
 * whether {@code PROFESSOR_SIGNATURE(_n)} holds a signature.
 */
public record LockedSheet(String id, String apiId, String name, Instant start, List<Mark> students, List<ProfessorPresence> professors) {

    public record Mark(String studentId, boolean present, int delayMinutes, Instant earlyDeparture, Instant excluded,
                       String absenceId, String comment) {
    }

    public record ProfessorPresence(String professorId, boolean signed) {
    }

    public static LockedSheet parse(JsonNode course) {
        List<Mark> marks = new ArrayList<>();
        for (JsonNode s : course.path("STUDENTS")) {
            if (!s.hasNonNull("studentId")) {
                continue;
            }
            marks.add(new Mark(s.get("studentId").asText(), s.path("state").asBoolean(false), Math.max(0, s.path("delay").asInt(0)),
                    instant(s.get("earlyDeparture")), instant(s.get("excluded")), text(s.get("absenceId")), text(s.get("comment"))));
        }
        List<ProfessorPresence> professors = new ArrayList<>();
        addProfessor(course, "PROFESSOR", "PROFESSOR_SIGNATURE", professors);
        for (int n = 2; n < 50; n++) {
            if (course.has("PROFESSOR_" + n)) {
                addProfessor(course, "PROFESSOR_" + n, "PROFESSOR_SIGNATURE_" + n, professors);
            }
        }
        return new LockedSheet(EdusignApi.idOrNull(course), text(course.get("API_ID")), text(course.get("NAME")),
                instant(course.get("START")), List.copyOf(marks), List.copyOf(professors));
    }

    private static void addProfessor(JsonNode course, String key, String signatureKey, List<ProfessorPresence> out) {
        String id = text(course.get(key));
        if (id != null && !id.isBlank()) {
            String signature = text(course.get(signatureKey));
            out.add(new ProfessorPresence(id, signature != null && !signature.isBlank()));
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
