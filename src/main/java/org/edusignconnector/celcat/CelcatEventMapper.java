package org.edusignconnector.celcat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.course.Text;

/**
 * Celcat events of one timetable as canonical courses, keyed "tt{timetable}/{event id}" since
 * event ids are only unique within a timetable. Learners = members of the event's groups ∪ its
 * individual students, without repeats. An event that cannot be read whole becomes a course with
 * its data problem, so that the run records it instead of failing.
 */
final class CelcatEventMapper {

    private final String timetable;
    private final Map<String, SourcePerson> staff;
    private final Map<String, SourcePerson> students;
    private final Map<String, String> groupNames;
    private final Function<String, List<String>> members;
    private final Function<JsonNode, String> rooms;

    /**
     * @param members the learner keys of a group id; may throw {@link SourceJson.BadField}
     * @param rooms   the room text of an event, null when none; may throw {@link SourceJson.BadField}
     */
    CelcatEventMapper(String timetable, Map<String, SourcePerson> staff, Map<String, SourcePerson> students,
                      Map<String, String> groupNames, Function<String, List<String>> members, Function<JsonNode, String> rooms) {
        this.timetable = timetable;
        this.staff = staff;
        this.students = students;
        this.groupNames = groupNames;
        this.members = members;
        this.rooms = rooms;
    }

    static String courseKey(String timetable, String eventId) {
        return "tt" + timetable + "/" + eventId;
    }

    /**
     * One event. Fields are read in a fixed order and the first unreadable one stops the reading:
     * its message is the course's data problem, and group members are not asked for an event
     * already known to be invalid.
     */
    SourceCourse course(String id, JsonNode e) {
        SourceCourse.Builder b = SourceCourse.builder(courseKey(timetable, id)).timetableId(timetable);
        String problem = null;
        try {
            describe(b, e);
            problem = schedule(b, e);
            b.instructors(instructors(e));
            attendees(b, e);
        } catch (SourceJson.BadField bad) {
            problem = bad.getMessage();
        }
        if (problem != null) {
            b.dataProblem(problem);
            // A course needs a start to be ordered and recorded, even one too broken to have its own.
            if (b.build().getStart() == null) {
                b.start(ZonedDateTime.now(SyncWindow.PARIS));
            }
        }
        return b.build();
    }

    /** What the event is and where: the name falls back on its first module, then its category. */
    private void describe(SourceCourse.Builder b, JsonNode e) {
        b.allDay(e.path("allDay").asBoolean(false));
        b.category(SourceJson.text(e, "eventCategory"));
        b.company(SourceJson.text(e, "department"));
        b.areas(new ArrayList<>(new LinkedHashSet<>(SourceJson.texts(e, "sites"))));
        List<String> modules = SourceJson.texts(e, "modules");
        String name = SourceJson.text(e, "name");
        b.name(name != null && !name.isBlank() ? name : !modules.isEmpty() ? modules.get(0) : SourceJson.text(e, "eventCategory"));
        b.room(rooms.apply(e));
    }

    /** Start and end on Paris's wall clock; the problem when the end is not after the start, else null. */
    private static String schedule(SourceCourse.Builder b, JsonNode e) {
        boolean allDay = e.path("allDay").asBoolean(false);
        ZonedDateTime start = localTime(e, "start");
        // An all-day event may come without an end: it ends the day it starts.
        ZonedDateTime end = allDay && SourceJson.text(e, "end") == null ? start : localTime(e, "end");
        b.start(start).end(end);
        if (end.isBefore(start) || (end.equals(start) && !allDay)) {
            return "end " + end.toLocalDateTime() + " is not after start " + start.toLocalDateTime();
        }
        return null;
    }

    /** One instructor per staff id: Edusign refuses a course naming the same professor twice. */
    private List<SourcePerson> instructors(JsonNode e) {
        Map<String, SourcePerson> instructors = new LinkedHashMap<>();
        for (String staffId : SourceJson.ids(e, "staff")) {
            String key = "staff:" + staffId;
            instructors.putIfAbsent(key, staff.getOrDefault(key, unknown(SourcePerson.Role.INSTRUCTOR, key, "unknown staff id " + staffId)));
        }
        return new ArrayList<>(instructors.values());
    }

    /** Learners and groups together: a group's members are learners of the event, each learner once. */
    private void attendees(SourceCourse.Builder b, JsonNode e) {
        Map<String, SourcePerson> learners = new LinkedHashMap<>();
        List<SourceGroup> groups = new ArrayList<>();
        for (String groupId : SourceJson.ids(e, "groups")) {
            List<String> keys = members.apply(groupId);
            for (String key : keys) {
                learners.putIfAbsent(key, students.getOrDefault(key, unknown(SourcePerson.Role.LEARNER, key, "unknown student " + key)));
            }
            groups.add(new SourceGroup("group:" + groupId, groupNames.getOrDefault(groupId, "Group " + groupId), keys));
        }
        for (String studentId : SourceJson.ids(e, "students")) {
            String key = "student:" + studentId;
            learners.putIfAbsent(key, students.getOrDefault(key, unknown(SourcePerson.Role.LEARNER, key, "unknown student id " + studentId)));
        }
        b.learners(new ArrayList<>(learners.values())).groups(groups);
    }

    /** A person an event names that its timetable's lists do not: invalid, with the reason. */
    private static SourcePerson unknown(SourcePerson.Role role, String key, String problem) {
        return new SourcePerson(role, key, null, null, null, null, problem);
    }

    /** Celcat gives local date-times without offset: they are Paris wall-clock times. */
    private static ZonedDateTime localTime(JsonNode e, String field) {
        String value = SourceJson.text(e, field);
        if (value == null) {
            throw new SourceJson.BadField("no " + field + " time");
        }
        try {
            return LocalDateTime.parse(value).atZone(SyncWindow.PARIS);
        } catch (DateTimeParseException bad) {
            throw new SourceJson.BadField(field + " '" + Text.quote(value) + "' is not a local date-time");
        }
    }
}
