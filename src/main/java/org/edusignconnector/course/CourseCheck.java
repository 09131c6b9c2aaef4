package org.edusignconnector.course;

import java.util.List;

/**
 * The verdict of the course rules: either a skip, or the course cleaned of the people who cannot
 * be sent (each listed in {@code leftOut} with its problem, to be recorded).
 */
public record CourseCheck(SourceCourse course, Skip skip, List<SourcePerson> leftOut) {

    public CourseCheck {
        leftOut = List.copyOf(leftOut);
    }

    public static CourseCheck skipped(SourceCourse course, ReasonCode reason, String detail) {
        return new CourseCheck(course, new Skip(reason, detail), List.of());
    }

    public boolean isSkipped() {
        return skip != null;
    }
}
