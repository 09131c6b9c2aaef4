package org.edusignconnector.celcat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.attendance.AttendanceContext;
import org.edusignconnector.attendance.AttendanceTarget;
import org.edusignconnector.attendance.AttendanceWrite;
import org.edusignconnector.attendance.LockedSheet;
import org.edusignconnector.attendance.SourceRejectedException;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.http.HttpReply;

/**
 * Attendance to Celcat registers ({@code PUT /Registers/{eventId}}), with the marks of
 * {@code /MarkDefinitions}: present → P, absent → A, late → L with {@code MinsLate}.
 */
public class CelcatAttendance implements AttendanceTarget {

    private final CelcatClient client;
    private final ObjectMapper json;
    private final List<String> timetables;
    private final Map<String, Map<String, Integer>> marksByTimetable = new HashMap<>();

    public CelcatAttendance(CelcatClient client, ObjectMapper json, List<String> timetables) {
        this.client = client;
        this.json = json;
        this.timetables = List.copyOf(timetables);
    }

    @Override
    public synchronized void prepareRun(LocalDate from, LocalDate to) {
        marksByTimetable.clear();
        for (String timetable : timetables) {
            Map<String, Integer> marks = new HashMap<>();
            for (JsonNode m : client.list("/MarkDefinitions", Map.of(), timetable)) {
                String definition = m.path("Definition").asText("");
                if (!marks.containsKey(definition) && m.hasNonNull("Id")) {
                    marks.put(definition, m.get("Id").asInt());
                }
            }
            for (String needed : List.of("P", "A", "L")) {
                if (!marks.containsKey(needed)) {
                    throw new SourceDataException("Celcat timetable " + timetable + " has no mark whose Definition is " + needed);
                }
            }
            marksByTimetable.put(timetable, marks);
        }
    }

    @Override
    public Prepared prepare(LockedSheet sheet, String sourceKey, AttendanceContext context) {
        int slash = sourceKey.indexOf('/');
        String timetable = sourceKey.substring(2, slash);
        String eventId = sourceKey.substring(slash + 1);
        Map<String, Integer> marks = marksByTimetable.get(timetable);
        if (marks == null) {
            throw new SourceDataException("timetable " + timetable + " of " + sourceKey + " is not configured for this tenant");
        }
        List<String> leftOut = new ArrayList<>();
        ObjectNode body = json.createObjectNode();
        body.put("EventId", eventId);
        ArrayNode studentMarks = body.putArray("StudentMarks");
        for (LockedSheet.Mark m : sheet.students()) {
            String key = context.studentKeys().get(m.studentId());
            if (key == null || !key.matches("student:\\d{1,9}")) {
                leftOut.add("Edusign student " + m.studentId() + " was not created by the connector");
                continue;
            }
            boolean late = m.present() && m.delayMinutes() > 0;
            ObjectNode mark = studentMarks.addObject();
            mark.put("StudentId", Integer.parseInt(key.substring("student:".length())));
            mark.put("MarkId", marks.get(late ? "L" : m.present() ? "P" : "A"));
            mark.put("MinsLate", late ? m.delayMinutes() : 0);
            if (m.comment() == null) {
                mark.putNull("Comments");
            } else {
                mark.put("Comments", m.comment());
            }
        }
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String target = "/Registers/" + java.net.URLEncoder.encode(eventId, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return new Prepared(AttendanceWrite.of(sheet.id(), sourceKey, target, timetable, text), leftOut);
    }

    @Override
    public void send(AttendanceWrite write) {
        HttpReply reply = client.put(write.target(), write.body(), write.timetableId());
        if (reply.status() == 200) {
            return;
        }
        String message = reply.body().length() > 300 ? reply.body().substring(0, 297) + "..." : reply.body();
        throw new SourceRejectedException("Celcat answered " + reply.status() + " to PUT " + write.target() + ": " + message, reply.status());
    }
}
