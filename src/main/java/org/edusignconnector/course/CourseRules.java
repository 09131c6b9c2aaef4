package org.edusignconnector.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The validation every source shares, in the order the vendor's help pages list the reasons:
 * unusable data, all-day events, the window, the tenant's source options, then instructors
 * (a blocked duplicate e-mail blocks the course) and learners.
 */
public final class CourseRules {

    private CourseRules() {
    }

    /** Longest source id, course name or room sent: the ledger and Edusign keep them whole. */
    static final int MAX_TEXT = 255;

    public static CourseCheck check(SourceCourse course, SyncWindow window, List<CourseFilter> filters) {
        String dataProblem = dataProblem(course);
        if (dataProblem != null) {
            return CourseCheck.skipped(course, ReasonCode.INVALID_COURSE_DATA, dataProblem);
        }
        if (course.isAllDay()) {
            return CourseCheck.skipped(course, ReasonCode.ALL_DAY_EVENT, "all-day event (" + course.getCategory() + ") is not a course");
        }
        Optional<Skip> outside = window.check(course.getStart());
        if (outside.isPresent()) {
            return new CourseCheck(course, outside.get(), List.of());
        }
        for (CourseFilter filter : filters) {
            Optional<Skip> skip = filter.check(course);
            if (skip.isPresent()) {
                return new CourseCheck(course, skip.get(), List.of());
            }
        }
        List<SourcePerson> blocked = course.getInstructors().stream()
                .filter(p -> p.problem() != null && p.problem().startsWith(DuplicateEmails.PROBLEM_PREFIX))
                .toList();
        if (!blocked.isEmpty()) {
            SourcePerson first = blocked.get(0);
            return CourseCheck.skipped(course, ReasonCode.DUPLICATE_INSTRUCTOR_EMAIL,
                    "instructor " + SourceJson.shorten(first.sourceKey()) + " (" + first.displayName() + "): " + first.problem());
        }
        List<SourcePerson> leftOut = new ArrayList<>();
        List<SourcePerson> instructors = keepValid(course.getInstructors(), leftOut);
        if (instructors.isEmpty()) {
            return new CourseCheck(course, new Skip(ReasonCode.NO_VALID_INSTRUCTOR,
                    course.getInstructors().isEmpty() ? "the course has no instructor" : "no valid instructor: " + describe(course.getInstructors())),
                    List.of());
        }
        List<SourcePerson> learners = keepValid(course.getLearners(), leftOut);
        if (learners.isEmpty()) {
            return new CourseCheck(course, new Skip(ReasonCode.NO_VALID_LEARNER,
                    course.getLearners().isEmpty() ? "the course has no learner" : "no valid learner: " + describe(course.getLearners())),
                    List.of());
        }
        SourceCourse cleaned = course.toBuilder().instructors(instructors).learners(learners)
                .groups(keepValidMembers(course.getGroups(), learners)).build();
        return new CourseCheck(cleaned, null, leftOut);
    }

    /** What makes the course itself unusable: the source's own problem, then its id, name and room. */
    static String dataProblem(SourceCourse course) {
        if (course.getDataProblem() != null) {
            return course.getDataProblem();
        }
        if (course.getSourceKey().length() > MAX_TEXT) {
            return "id longer than " + MAX_TEXT + " characters";
        }
        String name = textProblem("name", course.getName());
        if (name != null) {
            return name;
        }
        if (course.getName() == null || course.getName().isBlank()) {
            return "no name";
        }
        return textProblem("room", course.getRoom());
    }

    /** Why a source text cannot be sent (longer than {@value #MAX_TEXT} characters, markup, control characters), or null. */
    public static String textProblem(String what, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            return what + " longer than " + MAX_TEXT + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<' || c == '>' || Character.isISOControl(c)) {
                return what + " contains markup or control characters '" + PersonRules.shorten(value) + "'";
            }
        }
        return null;
    }

    private static List<SourcePerson> keepValid(List<SourcePerson> people, List<SourcePerson> leftOut) {
        List<SourcePerson> valid = new ArrayList<>();
        for (SourcePerson source : people) {
            SourcePerson p = source.valid() && source.sourceKey().length() > MAX_TEXT
                    ? source.withProblem("id longer than " + MAX_TEXT + " characters") : source;
            if (p.valid()) {
                valid.add(p);
            } else {
                leftOut.add(p);
            }
        }
        return valid;
    }

    private static List<SourceGroup> keepValidMembers(List<SourceGroup> groups, List<SourcePerson> learners) {
        var validKeys = learners.stream().map(SourcePerson::sourceKey).collect(Collectors.toSet());
        return groups.stream()
                .map(g -> new SourceGroup(g.sourceKey(), g.name(), g.learnerKeys().stream().filter(validKeys::contains).toList()))
                .toList();
    }

    private static String describe(List<SourcePerson> people) {
        return people.stream().limit(5)
                .map(p -> SourceJson.shorten(p.sourceKey()) + " (" + p.displayName() + "): " + p.problem())
                .collect(Collectors.joining("; "))
                + (people.size() > 5 ? "; and " + (people.size() - 5) + " more" : "");
    }
}
