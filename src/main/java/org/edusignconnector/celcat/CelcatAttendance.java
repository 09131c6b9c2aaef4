package org.edusignconnector.celcat;

import org.edusignconnector.common.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.attendance.AttendanceContext;
import org.edusignconnector.attendance.AttendanceTarget;
import org.edusignconnector.attendance.AttendanceWrite;
import org.edusignconnector.attendance.LockedSheet;
import org.edusignconnector.attendance.SourceRejectedException;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.http.HttpReply;

/**
 * Attendance to Celcat registers as CELCAT's Attendance Web Services keep them (source-apis.md §1.5):
 * the register of the event's week is read whole ({@code GET Registers/{id}}), the learners' marks of
 * {@code MarkDefinitions} are set in it (present → P, absent → A, late → L with {@code MinsLate}),
 * flagged {@code Modified}, and it is put back whole. A register already holding those marks is not
 * written again. 404 and 500 on a register are refusals naming the register id.
 */
public class CelcatAttendance implements AttendanceTarget {

    private final RegisterChannel registers;
    private final ObjectMapper json;
    private final List<String> timetables;
    private final Map<String, Map<String, Integer>> marksByTimetable = new HashMap<>();

    public CelcatAttendance(RegisterChannel registers, ObjectMapper json, List<String> timetables) {
        this.registers = registers;
        this.json = json;
        this.timetables = List.copyOf(timetables);
    }

    @Override
    public synchronized void prepareRun(LocalDate from, LocalDate to) {
        marksByTimetable.clear();
        for (String timetable : timetables) {
            Map<String, Integer> marks = new HashMap<>();
            for (JsonNode m : registers.markDefinitions(timetable)) {
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
        RegisterId register = RegisterId.ofEvent(eventId).orElseThrow(() -> new SourceRejectedException("Celcat event id '" + eventId
                + "' carries no event number and week (…:number:week), so it names no register", 0));
        List<String> leftOut = new ArrayList<>();
        List<RegisterMarks.Mark> wanted = new ArrayList<>();
        for (LockedSheet.Mark m : sheet.students()) {
            String key = context.studentKeys().get(m.studentId());
            if (key == null || !key.matches("student:\\d{1,9}")) {
                leftOut.add("Edusign student " + m.studentId() + " was not created by the connector");
                continue;
            }
            boolean late = m.present() && m.delayMinutes() > 0;
            wanted.add(new RegisterMarks.Mark(Integer.parseInt(key.substring("student:".length())),
                    marks.get(late ? "L" : m.present() ? "P" : "A"), late ? m.delayMinutes() : 0, m.comment()));
        }
        ObjectNode body = json.createObjectNode().put("Register", register.toString());
        body.set("StudentMarks", json.valueToTree(wanted));
        return new Prepared(AttendanceWrite.of(sheet.id(), sourceKey, "Registers/" + register, timetable, body.toString()), leftOut);
    }

    @Override
    public void send(AttendanceWrite write) {
        deliver(write);
    }

    @Override
    public boolean readsBack() {
        return true;
    }

    @Override
    public Delivery deliver(AttendanceWrite write) {
        RegisterId register = RegisterId.ofEvent(write.sourceKey().substring(write.sourceKey().indexOf('/') + 1)).orElseThrow();
        HttpReply read = registers.get(register, write.timetableId());
        if (read.status() != 200) {
            throw refused(read, "GET", register);
        }
        Optional<ObjectNode> changed;
        try {
            changed = RegisterMarks.apply(json.readTree(read.body()), wanted(write));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SourceRejectedException("Celcat answered GET Registers/" + register + " with no usable register: "
                    + shorten(e.getMessage()), read.status());
        }
        if (changed.isEmpty()) {
            return Delivery.ALREADY_AT_SOURCE;
        }
        HttpReply stored = registers.put(register, changed.get().toString(), write.timetableId());
        if (stored.status() != 200) {
            throw refused(stored, "PUT", register);
        }
        return Delivery.WRITTEN;
    }

    private List<RegisterMarks.Mark> wanted(AttendanceWrite write) throws JsonProcessingException {
        List<RegisterMarks.Mark> marks = new ArrayList<>();
        for (JsonNode m : json.readTree(write.body()).path("StudentMarks")) {
            marks.add(json.treeToValue(m, RegisterMarks.Mark.class));
        }
        return marks;
    }

    private static SourceRejectedException refused(HttpReply reply, String method, RegisterId register) {
        String meaning = switch (reply.status()) {
            case 404 -> " (no such event: register id tried " + register + ")";
            case 500 -> " (week or event not valid: register id tried " + register + ")";
            case 409 -> " (register closed)";
            default -> "";
        };
        return new SourceRejectedException("Celcat answered " + reply.status() + " to " + method + " Registers/" + register + meaning
                + ": " + shorten(reply.body()), reply.status());
    }

    private static String shorten(String s) {
        return Texts.oneLine(s, 300);
    }
}
