package org.edusignconnector.course;

import java.util.List;

/**
 * The verdict of the course rules: either a skip, or the course cleaned of the people who cannot
 * be sent (each listed in {@code leftOut} with its problem, to be recorded) and with its texts as
 * they go to Edusign ({@code notes} says what was sent otherwise than the source wrote it).
 */
public record CourseCheck(SourceCourse course, Skip skip, List<SourcePerson> leftOut, List<Note> notes) {

    /**
     * Something to record about a course that is sent: {@code kind} is the event's kind (course,
     * learner, group...), {@code sourceId} the item it names (null: the course itself).
     */
    public record Note(String kind, String sourceId, ReasonCode reason, String message) {
    }

    public CourseCheck {
        leftOut = List.copyOf(leftOut);
        notes = List.copyOf(notes);
    }

    public CourseCheck(SourceCourse course, Skip skip, List<SourcePerson> leftOut) {
        this(course, skip, leftOut, List.of());
    }

    public static CourseCheck skipped(SourceCourse course, ReasonCode reason, String detail) {
        return new CourseCheck(course, new Skip(reason, detail), List.of());
    }

    public boolean isSkipped() {
        return skip != null;
    }
}
