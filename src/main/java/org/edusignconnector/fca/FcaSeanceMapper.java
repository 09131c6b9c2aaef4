package org.edusignconnector.fca;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourceListing;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SourceSnapshot;
import org.edusignconnector.course.SourceSnapshot.SourceProblem;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.course.Text;

/**
 * FCA Manager séances as canonical courses. Learners = registrations of the séance's action
 * (ANNULEE never, NON_CONFIRMEE with the option); instructors = the séance's trainers, or the
 * teaching's with the option. The action label is the course's category, the activity reference
 * its activity (for the activity filter). A séance that cannot be read whole becomes a course
 * with its data problem, so that the run records it instead of failing.
 */
final class FcaSeanceMapper {

    private final FcaOptions options;
    private final FcaTrainers trainers;
    private final Function<String, List<FcaRegistrations.Registration>> registrations;
    private final FcaGroups groups;

    /**
     * @param registrations the registrations of an action reference; may throw
     *                      {@link SourceJson.BadField} for an action FCA Manager does not know
     */
    FcaSeanceMapper(FcaOptions options, FcaTrainers trainers, Function<String, List<FcaRegistrations.Registration>> registrations,
                    List<SourceProblem> problems) {
        this.options = options;
        this.trainers = trainers;
        this.registrations = registrations;
        this.groups = new FcaGroups(problems);
    }

    /** The snapshot of one séance listing: a séance without an id is a problem, not a course. */
    static SourceSnapshot snapshot(SourceListing.Result seances, FcaOptions options,
                                   Function<String, List<FcaRegistrations.Registration>> registrations) {
        List<SourceCourse> courses = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        seances.notices().forEach(n -> problems.add(new SourceProblem("GET /seances", ReasonCode.SOURCE_ERROR, n)));
        FcaSeanceMapper mapper = new FcaSeanceMapper(options, FcaTrainers.of(seances.items()), registrations, problems);
        int index = 0;
        for (JsonNode s : seances.items()) {
            String id = FcaJson.textOrNull(s, "id");
            if (id == null || id.isBlank()) {
                problems.add(new SourceProblem("séance #" + index, ReasonCode.INVALID_COURSE_DATA,
                        "FCA séance without an id: " + SourceJson.preview(s)));
            } else {
                courses.add(mapper.course(id, s));
            }
            index++;
        }
        return new SourceSnapshot(courses, problems, seances.complete());
    }

    /**
     * One séance. Fields are read in a fixed order and the first unreadable one stops the reading:
     * its message is the course's data problem, and registrations are not asked for a séance
     * already known to be invalid.
     */
    SourceCourse course(String id, JsonNode s) {
        SourceCourse.Builder b = SourceCourse.builder(id);
        try {
            JsonNode action = SourceJson.object(s, "action");
            JsonNode teaching = SourceJson.object(s, "enseignement");
            describe(b, s, action);
            schedule(b, s);
            String name = b.build().getName();
            if (name == null || name.isBlank()) {
                b.name(SourceJson.text(teaching, "libEns"));
            }
            b.instructors(instructors(s, teaching));
            FcaLearners enrolled = learners(SourceJson.text(action, "codRefComAcn"));
            b.learners(enrolled.learners());
            b.groups(groups.of(s.get("groupes"), enrolled.groupMembers()));
        } catch (SourceJson.BadField bad) {
            b.dataProblem(bad.getMessage());
        }
        SourceCourse c = b.build();
        // A course needs a start to be ordered and recorded, even one too broken to have its own.
        return c.getStart() == null ? c.toBuilder().start(ZonedDateTime.now(SyncWindow.PARIS)).build() : c;
    }

    private static void describe(SourceCourse.Builder b, JsonNode s, JsonNode action) {
        b.name(SourceJson.text(s, "intitule"));
        b.room(SourceJson.text(s, "salle"));
        b.category(SourceJson.text(action, "libAcn"));
        b.activity(SourceJson.text(SourceJson.object(s, "activite"), "codRefComAcv"));
    }

    private static void schedule(SourceCourse.Builder b, JsonNode s) {
        ZonedDateTime start = time(s, "dateDebut");
        ZonedDateTime end = time(s, "dateFin");
        b.start(start).end(end);
        if (!end.isAfter(start)) {
            b.dataProblem("end " + end.toOffsetDateTime() + " is not after start " + start.toOffsetDateTime());
        }
    }

    private List<SourcePerson> instructors(JsonNode s, JsonNode teaching) {
        List<SourcePerson> instructors = trainers.named(s.get("formateurs"));
        if (instructors.isEmpty() && options.instructorsFromTeaching()) {
            instructors = trainers.named(teaching.get("formateurs"));
        }
        return instructors;
    }

    private FcaLearners learners(String actionRef) {
        return FcaLearners.of(actionRef == null ? List.of() : registrations.apply(actionRef), options.includeUnconfirmed());
    }

    /** FCA Manager gives instants with their offset; courses are shown on Paris's wall clock. */
    private static ZonedDateTime time(JsonNode s, String field) {
        String value = SourceJson.text(s, field);
        if (value == null) {
            throw new SourceJson.BadField("no " + field);
        }
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(SyncWindow.PARIS);
        } catch (DateTimeParseException e) {
            throw new SourceJson.BadField(field + " '" + Text.quote(value) + "' is not a date-time with an offset");
        }
    }
}
