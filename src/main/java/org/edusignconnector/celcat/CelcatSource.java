package org.edusignconnector.celcat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.Text;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourceListing;
import org.edusignconnector.course.CourseFilter;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceAdapter;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SourceSnapshot;
import org.edusignconnector.course.SourceSnapshot.SourceProblem;
import org.edusignconnector.course.SyncWindow;

/**
 * Reads one tenant's Celcat timetables for the window: staff, students, groups and their members,
 * events; learners = members of the event's groups ∪ its individual students, without repeats.
 */
public class CelcatSource implements SourceAdapter {

    /** The tenant template (routes/celcat-to-edusign.yaml) whose tenants this source serves. */
    public static final String TEMPLATE = "celcat-to-edusign";

    private final CelcatClient client;
    private final UserNameFormat nameFormat;
    private final List<String> timetables;
    private final CelcatOptions options;
    private final CelcatAttendance attendance;

    public CelcatSource(CelcatClient client, UserNameFormat nameFormat, List<String> timetables, CelcatOptions options,
                        CelcatAttendance attendance) {
        this.client = client;
        this.nameFormat = nameFormat;
        this.timetables = List.copyOf(timetables);
        this.options = options;
        this.attendance = attendance;
    }

    @Override
    public CelcatAttendance attendance() {
        return attendance;
    }

    @Override
    public String system() {
        return CelcatClient.SYSTEM;
    }

    @Override
    public List<CourseFilter> filters() {
        return options.filters();
    }

    @Override
    public String optionsSignature() {
        return "celcat;" + nameFormat + ";" + options.signature();
    }

    @Override
    public SourceSnapshot fetch(SyncWindow window) {
        List<SourceCourse> courses = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        boolean complete = true;
        for (String timetable : timetables) {
            complete &= readTimetable(timetable, window, courses, problems);
        }
        return new SourceSnapshot(courses, problems, complete);
    }

    /** Reads one timetable; false when its event listing may have been cut short. */
    private boolean readTimetable(String timetable, SyncWindow window, List<SourceCourse> courses, List<SourceProblem> problems) {
        CelcatPeople people = new CelcatPeople(nameFormat, problems);
        Map<String, SourcePerson> staff = people.staff(client.list("/Staff", Map.of(), timetable));
        Map<String, SourcePerson> students = people.students(client.list("/Students", Map.of(), timetable));
        Map<String, String> groupNames = people.groupNames(client.list("/Groups", Map.of(), timetable));
        Map<String, List<String>> members = new HashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        // From today, so that today's courses are listed and answered with SAME_DAY rather than silence.
        query.put("startDate", window.now().toLocalDate().toString());
        query.put("endDate", window.lastDay().toString());
        CelcatRooms rooms = new CelcatRooms(() -> client.list("/Rooms", Map.of(), timetable));
        SourceListing.Result events = client.listing("/Events", query, timetable);
        events.notices().forEach(n -> problems.add(new SourceProblem("timetable " + timetable + " GET /Events", ReasonCode.SOURCE_ERROR, n)));
        int index = 0;
        for (JsonNode event : events.items()) {
            String id;
            String unusable;
            try {
                id = SourceJson.text(event, "id");
                unusable = id == null || id.isBlank() ? "Celcat event without an id: " : null;
            } catch (SourceJson.BadField bad) {
                id = null;
                unusable = "Celcat event without a usable id (" + bad.getMessage() + "): ";
            }
            if (unusable != null) {
                problems.add(new SourceProblem("timetable " + timetable + " event #" + index, ReasonCode.INVALID_COURSE_DATA,
                        unusable + SourceJson.preview(event)));
            } else {
                courses.add(course(timetable, id, event, staff, students, groupNames, members, rooms));
            }
            index++;
        }
        for (String roomId : rooms.unknownIds()) {
            problems.add(new SourceProblem("room:" + roomId, ReasonCode.SOURCE_ERROR, "Celcat room id " + Text.quote(roomId)
                    + " of timetable " + timetable + " is not in /Rooms: the courses in it are sent without it"));
        }
        return events.complete();
    }

    private SourceCourse course(String timetable, String id, JsonNode e, Map<String, SourcePerson> staff,
                                Map<String, SourcePerson> students, Map<String, String> groupNames,
                                Map<String, List<String>> members, CelcatRooms rooms) {
        SourceCourse.Builder b = SourceCourse.builder(courseKey(timetable, id)).timetableId(timetable);
        String problem = null;
        try {
            b.allDay(e.path("allDay").asBoolean(false));
            b.category(SourceJson.text(e, "eventCategory"));
            b.company(SourceJson.text(e, "department"));
            b.areas(new ArrayList<>(new LinkedHashSet<>(SourceJson.texts(e, "sites"))));
            List<String> modules = SourceJson.texts(e, "modules");
            String name = SourceJson.text(e, "name");
            b.name(name != null && !name.isBlank() ? name : !modules.isEmpty() ? modules.get(0) : SourceJson.text(e, "eventCategory"));
            b.room(rooms.of(e));
            ZonedDateTime start = localTime(e, "start");
            ZonedDateTime end = e.path("allDay").asBoolean(false) && SourceJson.text(e, "end") == null ? start : localTime(e, "end");
            b.start(start).end(end);
            if (end.isBefore(start) || (end.equals(start) && !e.path("allDay").asBoolean(false))) {
                problem = "end " + end.toLocalDateTime() + " is not after start " + start.toLocalDateTime();
            }
            // One instructor per staff id: Edusign refuses a course naming the same professor twice.
            Map<String, SourcePerson> instructors = new LinkedHashMap<>();
            for (String staffId : SourceJson.ids(e, "staff")) {
                String key = "staff:" + staffId;
                instructors.putIfAbsent(key, staff.getOrDefault(key, unknown(SourcePerson.Role.INSTRUCTOR, key, "unknown staff id " + staffId)));
            }
            b.instructors(new ArrayList<>(instructors.values()));
            Map<String, SourcePerson> learners = new LinkedHashMap<>();
            List<SourceGroup> groups = new ArrayList<>();
            for (String groupId : SourceJson.ids(e, "groups")) {
                List<String> keys = members(groupId, timetable, members);
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
        } catch (SourceJson.BadField bad) {
            problem = bad.getMessage();
        }
        if (problem != null) {
            b.dataProblem(problem);
            if (b.build().getStart() == null) {
                b.start(ZonedDateTime.now(SyncWindow.PARIS));
            }
        }
        return b.build();
    }

    /**
     * The learner keys of a group, read once per run. A membership Celcat refuses (a 4xx for a
     * group id it cannot read) or answers unreadably makes the course invalid, not the run.
     */
    private List<String> members(String groupId, String timetable, Map<String, List<String>> members) {
        try {
            return members.computeIfAbsent(groupId, g -> memberKeys(g, timetable));
        } catch (SourceDataException | SourceJson.BadField unreadable) {
            throw new SourceJson.BadField("the members of group " + groupId + " could not be read: " + unreadable.getMessage());
        }
    }

    private List<String> memberKeys(String groupId, String timetable) {
        List<String> keys = new ArrayList<>();
        for (JsonNode m : client.list("/student-membership", Map.of("groupId", groupId), timetable)) {
            String studentId = SourceJson.text(m, "studentId");
            if (studentId != null) {
                keys.add("student:" + studentId);
            }
        }
        return keys;
    }

    private static SourcePerson unknown(SourcePerson.Role role, String key, String problem) {
        return new SourcePerson(role, key, null, null, null, null, problem);
    }

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

    static String courseKey(String timetable, String eventId) {
        return "tt" + timetable + "/" + eventId;
    }

}
