package org.edusignconnector.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.sim.edusign.SchoolState;

/**
 * The content of a simulated Edusign school, independent of the ids Edusign gave: courses by
 * API_ID (or, for an object v3 made, its externalReferenceId) with their times, room, professors' and
 * students' e-mails; people by e-mail. Two schools reached by different paths compare equal when they
 * hold the same things.
 */
public record SchoolSnapshot(Map<String, String> courses, Map<String, String> students, Map<String, String> professors,
                      List<String> duplicates) {

    public static SchoolSnapshot of(SchoolState school) {
        Map<String, String> studentEmails = new TreeMap<>();
        Map<String, String> professorEmails = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        Map<String, String> students = new TreeMap<>();
        for (ObjectNode s : school.students()) {
            studentEmails.put(s.get("ID").asText(), s.get("EMAIL").asText());
            if (students.put(s.get("EMAIL").asText(), s.get("LASTNAME").asText() + "/" + s.get("FIRSTNAME").asText() + "/" + reference(school, "student", s)) != null) {
                duplicates.add("student " + s.get("EMAIL").asText());
            }
        }
        Map<String, String> professors = new TreeMap<>();
        for (ObjectNode p : school.professors()) {
            professorEmails.put(p.get("ID").asText(), p.get("EMAIL").asText());
            if (professors.put(p.get("EMAIL").asText(), p.get("LASTNAME").asText() + "/" + p.get("FIRSTNAME").asText() + "/" + reference(school, "professor", p)) != null) {
                duplicates.add("professor " + p.get("EMAIL").asText());
            }
        }
        Map<String, String> courses = new TreeMap<>();
        for (ObjectNode c : school.courses()) {
            TreeSet<String> studentsOf = new TreeSet<>();
            c.path("STUDENTS").forEach(s -> studentsOf.add(studentEmails.get(s.get("studentId").asText())));
            TreeSet<String> professorsOf = new TreeSet<>();
            c.fieldNames().forEachRemaining(f -> {
                if (f.matches("PROFESSOR(_\\d+)?") && !c.get(f).isNull()) {
                    professorsOf.add(professorEmails.get(c.get(f).asText()));
                }
            });
            String content = String.join("|", java.time.Instant.parse(c.get("START").asText()).toString(),
                    java.time.Instant.parse(c.get("END").asText()).toString(), c.get("NAME").asText(), c.path("CLASSROOM").asText(),
                    professorsOf.toString(), studentsOf.toString());
            String reference = reference(school, "course", c);
            if (courses.put(reference, content) != null) {
                duplicates.add("course " + reference);
            }
        }
        return new SchoolSnapshot(courses, students, professors, duplicates);
    }

    /** The object's API_ID (v1), else the externalReferenceId v3 keeps apart from it, else empty. */
    private static String reference(SchoolState school, String kind, ObjectNode object) {
        String apiId = object.path("API_ID").asText("");
        return apiId.isEmpty() ? school.externalReferenceOf(kind, object.get("ID").asText()).orElse("") : apiId;
    }

    static String describe(JsonNode node) {
        return node.toString();
    }

    String summary() {
        return courses.size() + " courses, " + students.size() + " students, " + professors.size() + " professors"
                + (duplicates.isEmpty() ? "" : ", duplicates " + duplicates.stream().limit(5).collect(Collectors.joining(", ")));
    }
}
