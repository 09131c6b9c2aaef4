package org.edusignconnector.course;

import java.util.List;

/**
 * What a source returned for the window: the courses (bad records included, each carrying its
 * problem) and problems that belong to no course (a person record that could not be read...).
 */
public record SourceSnapshot(List<SourceCourse> courses, List<SourceProblem> problems) {
    public SourceSnapshot {
        courses = List.copyOf(courses);
        problems = List.copyOf(problems);
    }

    public record SourceProblem(String sourceId, ReasonCode reason, String message) {
    }
}
