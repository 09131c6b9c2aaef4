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

    /** Longest source id: the ledger keeps it whole, and it is part of every API_ID. */
    static final int MAX_ID = 255;

    public static CourseCheck check(SourceCourse course, SyncWindow window, List<CourseFilter> filters) {
        Optional<Skip> skip = courseSkip(course, window, filters);
        if (skip.isPresent()) {
            return new CourseCheck(course, skip.get(), List.of());
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
        List<CourseCheck.Note> notes = new ArrayList<>();
        SourceCourse cleaned = course.toBuilder()
                .name(sent(course.getName(), "course", null, "name", notes))
                .room(emptyAsNull(sent(course.getRoom(), "course", null, "room", notes)))
                .instructors(instructors.stream().map(p -> sent(p, notes)).toList())
                .learners(learners.stream().map(p -> sent(p, notes)).toList())
                .groups(keepValidMembers(course.getGroups(), learners, notes)).build();
        return new CourseCheck(cleaned, null, leftOut, notes);
    }

    /** Why the course itself is not sent, before its people are looked at: its data, its kind, its date, the tenant's options. */
    private static Optional<Skip> courseSkip(SourceCourse course, SyncWindow window, List<CourseFilter> filters) {
        String dataProblem = dataProblem(course);
        if (dataProblem != null) {
            return Optional.of(new Skip(ReasonCode.INVALID_COURSE_DATA, dataProblem));
        }
        if (course.isAllDay()) {
            return Optional.of(new Skip(ReasonCode.ALL_DAY_EVENT, "all-day event (" + course.getCategory() + ") is not a course"));
        }
        Optional<Skip> outside = window.check(course.getStart());
        if (outside.isPresent()) {
            return outside;
        }
        for (CourseFilter filter : filters) {
            Optional<Skip> skip = filter.check(course);
            if (skip.isPresent()) {
                return skip;
            }
        }
        return course.getInstructors().stream()
                .filter(p -> p.problem() != null && p.problem().startsWith(DuplicateEmails.PROBLEM_PREFIX))
                .findFirst()
                .map(first -> new Skip(ReasonCode.DUPLICATE_INSTRUCTOR_EMAIL,
                        "instructor " + Text.quote(first.sourceKey()) + " (" + first.displayName() + "): " + first.problem()));
    }

    /** What makes the course itself unusable: the source's own problem, then its id and name. Markup and length never do. */
    static String dataProblem(SourceCourse course) {
        if (course.getDataProblem() != null) {
            return course.getDataProblem();
        }
        if (course.getSourceKey().length() > MAX_ID) {
            return "id longer than " + MAX_ID + " characters";
        }
        return Text.nameProblem("name", course.getName());
    }

    /** The text as sent; a cut is noted as TEXT_SHORTENED, naming what was cut. */
    private static String sent(String source, String kind, String sourceId, String what, List<CourseCheck.Note> notes) {
        if (Text.wasCut(source)) {
            notes.add(new CourseCheck.Note(kind, sourceId, ReasonCode.TEXT_SHORTENED, what + " of " + Text.clean(source).length()
                    + " characters cut to " + Text.MAX_SENT + " (" + Text.quote(Text.clean(source)) + ")"));
        }
        return Text.forEdusign(source);
    }

    private static SourcePerson sent(SourcePerson p, List<CourseCheck.Note> notes) {
        String kind = p.role() == SourcePerson.Role.LEARNER ? "learner" : "instructor";
        String who = Text.quote(p.sourceKey()) + " ";
        return new SourcePerson(p.role(), p.sourceKey(), sent(p.lastName(), kind, null, who + "last name", notes),
                sent(p.firstName(), kind, null, who + "first name", notes), p.email(), p.phone(), p.problem());
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static List<SourcePerson> keepValid(List<SourcePerson> people, List<SourcePerson> leftOut) {
        List<SourcePerson> valid = new ArrayList<>();
        for (SourcePerson source : people) {
            SourcePerson p = source.valid() && source.sourceKey().length() > MAX_ID
                    ? source.withProblem("id longer than " + MAX_ID + " characters") : source;
            if (p.valid()) {
                valid.add(p);
            } else {
                leftOut.add(p);
            }
        }
        return valid;
    }

    /** Groups with their valid members only; a group left without any is not sent (Edusign would get an empty group). */
    private static List<SourceGroup> keepValidMembers(List<SourceGroup> groups, List<SourcePerson> learners, List<CourseCheck.Note> notes) {
        var validKeys = learners.stream().map(SourcePerson::sourceKey).collect(Collectors.toSet());
        List<SourceGroup> kept = new ArrayList<>();
        for (SourceGroup g : groups) {
            List<String> members = g.learnerKeys().stream().filter(validKeys::contains).toList();
            if (members.isEmpty()) {
                notes.add(new CourseCheck.Note("group", g.sourceKey(), ReasonCode.GROUP_LEFT_OUT, "group " + Text.quote(g.sourceKey()) + " ('"
                        + Text.quote(g.name()) + "') not attached: " + (g.learnerKeys().isEmpty() ? "it has no member"
                        : "none of its " + g.learnerKeys().size() + " members is a valid learner of the course")));
            } else {
                kept.add(new SourceGroup(g.sourceKey(), sent(g.name(), "group", g.sourceKey(), "name", notes), members));
            }
        }
        return kept;
    }

    private static String describe(List<SourcePerson> people) {
        return people.stream().limit(5)
                .map(p -> Text.quote(p.sourceKey()) + " (" + p.displayName() + "): " + p.problem())
                .collect(Collectors.joining("; "))
                + (people.size() > 5 ? "; and " + (people.size() - 5) + " more" : "");
    }
}
