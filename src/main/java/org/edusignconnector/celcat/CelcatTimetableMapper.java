package org.edusignconnector.celcat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SourceSnapshot.SourceProblem;
import org.edusignconnector.course.Text;

/**
 * The raw lists of one Celcat timetable as courses and problems: its people and group names first,
 * since events refer to them by id, then its events. An event without a usable id is a problem,
 * not a course (it could never be found again to be updated or deleted).
 */
final class CelcatTimetableMapper {

    private CelcatTimetableMapper() {
    }

    /** Adds the timetable's courses and problems; false when its event listing may have been cut short. */
    static boolean map(CelcatTimetableLists lists, UserNameFormat nameFormat, List<SourceCourse> courses, List<SourceProblem> problems) {
        String timetable = lists.timetable();
        CelcatPeople people = new CelcatPeople(nameFormat, problems);
        Map<String, SourcePerson> staff = people.staff(lists.staff());
        Map<String, SourcePerson> students = people.students(lists.students());
        Map<String, String> groupNames = people.groupNames(lists.groups());
        CelcatEventMapper events = new CelcatEventMapper(timetable, staff, students, groupNames, lists.members()::of, lists.rooms()::of);
        lists.events().notices().forEach(n -> problems.add(new SourceProblem("timetable " + timetable + " GET /Events",
                ReasonCode.SOURCE_ERROR, n)));
        int index = 0;
        for (JsonNode event : lists.events().items()) {
            String unusable = unusableId(event);
            if (unusable != null) {
                problems.add(new SourceProblem("timetable " + timetable + " event #" + index, ReasonCode.INVALID_COURSE_DATA,
                        unusable + SourceJson.preview(event)));
            } else {
                courses.add(events.course(SourceJson.text(event, "id"), event));
            }
            index++;
        }
        for (String roomId : lists.rooms().unknownIds()) {
            problems.add(new SourceProblem("room:" + roomId, ReasonCode.SOURCE_ERROR, "Celcat room id " + Text.quote(roomId)
                    + " of timetable " + timetable + " is not in /Rooms: the courses in it are sent without it"));
        }
        return lists.events().complete();
    }

    /** Why the event's id cannot key a course (the start of the problem's text), or null when it can. */
    private static String unusableId(JsonNode event) {
        try {
            String id = SourceJson.text(event, "id");
            return id == null || id.isBlank() ? "Celcat event without an id: " : null;
        } catch (SourceJson.BadField bad) {
            return "Celcat event without a usable id (" + bad.getMessage() + "): ";
        }
    }
}
