package org.edusignconnector.course;

import java.util.List;

/**
 * What a source returned for the window: the courses (bad records included, each carrying its
 * problem) and problems that belong to no course (a person record that could not be read...).
 * {@code complete} is false when a listing may have been cut short (a server that ignores the
 * page asked): the run then deletes nothing.
 */
public record SourceSnapshot(List<SourceCourse> courses, List<SourceProblem> problems, boolean complete) {
    public SourceSnapshot {
        courses = List.copyOf(courses);
        problems = List.copyOf(problems);
    }

    public SourceSnapshot(List<SourceCourse> courses, List<SourceProblem> problems) {
        this(courses, problems, true);
    }

    public record SourceProblem(String sourceId, ReasonCode reason, String message) {
    }
}
