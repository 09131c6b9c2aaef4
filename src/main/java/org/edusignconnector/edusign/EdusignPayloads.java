package org.edusignconnector.edusign;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourcePerson;

/** Maps source objects to Edusign v1 bodies with the exact field names, times in UTC with Z. */
public class EdusignPayloads {

    public static final String API_TYPE = "edusign-connector";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final ObjectMapper json;

    public EdusignPayloads(ObjectMapper json) {
        this.json = json;
    }

    public static String utc(ZonedDateTime time) {
        return time.withZoneSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** Course body; professor and student ids in source order, PROFESSOR then PROFESSOR_2, _3... */
    public ObjectNode course(SourceCourse course, String apiId, List<String> professorIds, List<String> studentIds, List<String> groupIds) {
        if (professorIds.isEmpty()) {
            throw new IllegalArgumentException("a course needs at least one professor: " + course.getSourceKey());
        }
        ObjectNode c = json.createObjectNode();
        c.put("NAME", course.getName());
        c.put("START", utc(course.getStart()));
        c.put("END", utc(course.getEnd()));
        for (int i = 0; i < professorIds.size(); i++) {
            c.put(i == 0 ? "PROFESSOR" : "PROFESSOR_" + (i + 1), professorIds.get(i));
        }
        if (course.getRoom() != null && !course.getRoom().isBlank()) {
            c.put("CLASSROOM", course.getRoom());
        }
        ArrayNode students = c.putArray("STUDENTS");
        studentIds.forEach(id -> students.addObject().put("studentId", id));
        if (groupIds != null) {
            ArrayNode groups = c.putArray("SCHOOL_GROUP");
            groupIds.forEach(groups::add);
        }
        c.put("NEED_STUDENTS_SIGNATURE", true);
        c.put("API_ID", apiId);
        c.put("API_TYPE", API_TYPE);
        return c;
    }

    public ObjectNode student(SourcePerson p, String apiId, boolean sendCredentials) {
        ObjectNode s = person(p, apiId);
        if (p.phone() != null && !p.phone().isBlank()) {
            s.put("PHONE", p.phone().trim());
        }
        s.put("SEND_EMAIL_CREDENTIALS", sendCredentials);
        return s;
    }

    public ObjectNode professor(SourcePerson p, String apiId) {
        return person(p, apiId);
    }

    public ObjectNode group(String name, String apiId, List<String> studentIds) {
        ObjectNode g = json.createObjectNode();
        g.put("NAME", name);
        ArrayNode members = g.putArray("STUDENTS");
        studentIds.forEach(members::add);
        g.put("API_ID", apiId);
        g.put("API_TYPE", API_TYPE);
        return g;
    }

    private ObjectNode person(SourcePerson p, String apiId) {
        ObjectNode o = json.createObjectNode();
        o.put("FIRSTNAME", p.firstName());
        o.put("LASTNAME", p.lastName());
        o.put("EMAIL", p.email().trim());
        o.put("API_ID", apiId);
        o.put("API_TYPE", API_TYPE);
        return o;
    }
}
