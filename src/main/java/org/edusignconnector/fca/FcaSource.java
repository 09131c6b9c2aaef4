package org.edusignconnector.fca;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.Text;
import org.edusignconnector.course.CourseFilter;
import org.edusignconnector.course.DuplicateEmails;
import org.edusignconnector.course.PersonRules;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceAdapter;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceListing;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SourceSnapshot;
import org.edusignconnector.course.SourceSnapshot.SourceProblem;
import org.edusignconnector.course.StartupCheck;
import org.edusignconnector.course.SyncWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one tenant's FCA Manager séances for the window. Learners = registrations of the séance's
 * action (fetched once per action per run; ANNULEE never, NON_CONFIRMEE with the option);
 * instructors = the séance's trainers, or the teaching's with the option. The action label is the
 * course's category, the activity reference its activity (for the activity filter).
 */
public class FcaSource implements SourceAdapter, StartupCheck {

    /** The tenant template (routes/fca-to-edusign.yaml) whose tenants this source serves. */
    public static final String TEMPLATE = "fca-to-edusign";

    private static final Logger LOG = LoggerFactory.getLogger(FcaSource.class);

    private final FcaClient client;
    private final FcaOptions options;
    private final String tenant;
    private final String defaultAbsenceReason;
    private final FcaAttendance attendance;

    public FcaSource(FcaClient client, FcaOptions options, String tenant, String defaultAbsenceReason, FcaAttendance attendance) {
        this.client = client;
        this.options = options;
        this.tenant = tenant;
        this.defaultAbsenceReason = defaultAbsenceReason;
        this.attendance = attendance;
    }

    @Override
    public FcaAttendance attendance() {
        return attendance;
    }

    /** The default absence reason must be one of FCA Manager's justified reasons. */
    @Override
    public void checkAtStartup() {
        if (defaultAbsenceReason == null) {
            return;
        }
        AbsenceReasons reasons;
        try {
            reasons = AbsenceReasons.load(client);
        } catch (RuntimeException unreachable) {
            LOG.warn("tenant '{}': FCA Manager could not be asked for its absence reasons at start-up ({}); "
                    + "defaultAbsenceReason '{}' will be checked when attendance is sent", tenant, unreachable.getMessage(), defaultAbsenceReason);
            return;
        }
        if (reasons.find(defaultAbsenceReason).isEmpty()) {
            throw new IllegalArgumentException("tenant '" + tenant + "': defaultAbsenceReason '" + defaultAbsenceReason
                    + "' is not a justified absence reason of FCA Manager (justified: "
                    + reasons.all().stream().map(r -> r.id() + " " + r.label()).toList() + ")");
        }
    }

    @Override
    public String system() {
        return FcaClient.SYSTEM;
    }

    @Override
    public List<CourseFilter> filters() {
        return options.filters();
    }

    @Override
    public String optionsSignature() {
        return "fca;" + options.signature();
    }

    @Override
    public SourceSnapshot fetch(SyncWindow window) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dateDebut", window.now().toLocalDate().toString());
        query.put("dateFin", window.lastDay().toString());
        SourceListing.Result listing = client.listing("/seances", query);
        List<JsonNode> seances = listing.items();
        Map<String, SourcePerson> trainers = trainers(seances);
        FcaRegistrations registrations = new FcaRegistrations(client);
        List<SourceCourse> courses = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        listing.notices().forEach(n -> problems.add(new SourceProblem("GET /seances", ReasonCode.SOURCE_ERROR, n)));
        int index = 0;
        for (JsonNode s : seances) {
            String id = safeText(s, "id");
            if (id == null || id.isBlank()) {
                problems.add(new SourceProblem("séance #" + index, ReasonCode.INVALID_COURSE_DATA,
                        "FCA séance without an id: " + SourceJson.preview(s)));
            } else {
                courses.add(course(id, s, trainers, registrations, problems));
            }
            index++;
        }
        return new SourceSnapshot(courses, problems, listing.complete());
    }

    private SourceCourse course(String id, JsonNode s, Map<String, SourcePerson> trainers, FcaRegistrations registrations,
                                List<SourceProblem> problems) {
        SourceCourse.Builder b = SourceCourse.builder(id);
        try {
            JsonNode action = SourceJson.object(s, "action");
            JsonNode teaching = SourceJson.object(s, "enseignement");
            b.name(SourceJson.text(s, "intitule"));
            b.room(SourceJson.text(s, "salle"));
            b.category(SourceJson.text(action, "libAcn"));
            b.activity(SourceJson.text(SourceJson.object(s, "activite"), "codRefComAcv"));
            ZonedDateTime start = time(s, "dateDebut");
            ZonedDateTime end = time(s, "dateFin");
            b.start(start).end(end);
            if (!end.isAfter(start)) {
                b.dataProblem("end " + end.toOffsetDateTime() + " is not after start " + start.toOffsetDateTime());
            }
            if (b.build().getName() == null || b.build().getName().isBlank()) {
                b.name(SourceJson.text(teaching, "libEns"));
            }
            List<SourcePerson> instructors = people(s.get("formateurs"), trainers);
            if (instructors.isEmpty() && options.instructorsFromTeaching()) {
                instructors = people(teaching.get("formateurs"), trainers);
            }
            b.instructors(instructors);
            String actionRef = SourceJson.text(action, "codRefComAcn");
            List<FcaRegistrations.Registration> registered = actionRef == null ? List.of() : registrations.of(actionRef);
            Map<String, SourcePerson> learners = new LinkedHashMap<>();
            Map<String, List<String>> groupMembers = new LinkedHashMap<>();
            for (FcaRegistrations.Registration r : registered) {
                if (!r.unusable() && r.counts(options.includeUnconfirmed())) {
                    learners.putIfAbsent(r.learner().sourceKey(), r.learner());
                    if (r.groupId() != null) {
                        groupMembers.computeIfAbsent(r.groupId(), g -> new ArrayList<>()).add(r.learner().sourceKey());
                    }
                }
            }
            // Unreadable registrations reach the rules as invalid learners, to be recorded with their
            // reason, unless the same learner also has a registration that counts.
            for (FcaRegistrations.Registration r : registered) {
                if (r.unusable()) {
                    learners.putIfAbsent(r.learner().sourceKey(), r.learner());
                }
            }
            b.learners(new ArrayList<>(learners.values()));
            List<SourceGroup> groups = new ArrayList<>();
            JsonNode groupes = s.get("groupes");
            if (groupes != null && groupes.isArray()) {
                for (JsonNode g : groupes) {
                    String gid = SourceJson.text(g, "id");
                    if (gid != null) {
                        groups.add(new SourceGroup("groupe:" + gid, groupName(gid, SourceJson.text(g, "libelle"), problems),
                                groupMembers.getOrDefault(gid, List.of())));
                    }
                }
            }
            b.groups(groups);
        } catch (SourceJson.BadField bad) {
            b.dataProblem(bad.getMessage());
        }
        SourceCourse c = b.build();
        return c.getStart() == null ? c.toBuilder().start(ZonedDateTime.now(SyncWindow.PARIS)).build() : c;
    }

    /**
     * A group's name for Edusign, which requires one: its label, or "Groupe id" when it has none
     * or one with nothing visible (recorded once per run).
     */
    private static String groupName(String id, String label, List<SourceProblem> problems) {
        String problem = Text.onlyInvisible(label) ? Text.nameProblem("label", label) : null;
        if (problem == null && label != null && !label.isBlank()) {
            return label;
        }
        String name = "Groupe " + Text.quote(id);
        String key = "groupe:" + id;
        if (problem != null && problems.stream().noneMatch(p -> key.equals(p.sourceId()))) {
            problems.add(new SourceProblem(key, ReasonCode.SOURCE_ERROR, "FCA group " + Text.quote(id) + ": " + problem
                    + "; its séances name it '" + name + "'"));
        }
        return name;
    }

    /** Every trainer of the listing, keyed by id, with the later holders of a shared e-mail blocked. */
    private Map<String, SourcePerson> trainers(List<JsonNode> seances) {
        Map<String, SourcePerson> byKey = new LinkedHashMap<>();
        for (JsonNode s : seances) {
            collect(s.get("formateurs"), byKey);
            collect(s.path("enseignement").get("formateurs"), byKey);
        }
        Map<String, SourcePerson> checked = new LinkedHashMap<>();
        DuplicateEmails.blockLaterHolders(new ArrayList<>(byKey.values())).forEach(p -> checked.put(p.sourceKey(), p));
        return checked;
    }

    private static void collect(JsonNode list, Map<String, SourcePerson> byKey) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (JsonNode f : list) {
            String id = safeText(f, "id");
            if (id != null) {
                byKey.putIfAbsent("formateur:" + id, person(SourcePerson.Role.INSTRUCTOR, "formateur:" + id, f, null));
            }
        }
    }

    /** The séance's trainers, once each: Edusign refuses a course naming the same professor twice. */
    private static List<SourcePerson> people(JsonNode list, Map<String, SourcePerson> trainers) {
        List<SourcePerson> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw new SourceJson.BadField("field 'formateurs' is not a list");
        }
        for (JsonNode f : list) {
            String id = safeText(f, "id");
            if (id == null) {
                throw new SourceJson.BadField("a trainer has no id: " + SourceJson.preview(f));
            }
            SourcePerson trainer = trainers.get("formateur:" + id);
            if (!out.contains(trainer)) {
                out.add(trainer);
            }
        }
        return out;
    }

    static SourcePerson person(SourcePerson.Role role, String key, JsonNode n, String phone) {
        String last = safeText(n, "nom");
        String first = safeText(n, "prenom");
        String email = safeText(n, "email");
        return new SourcePerson(role, key, last == null ? null : last.trim(), first == null ? null : first.trim(),
                email == null ? null : email.trim(), phone, PersonRules.problem(last, first, email));
    }

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

    static String safeText(JsonNode n, String field) {
        try {
            return SourceJson.text(n, field);
        } catch (SourceJson.BadField bad) {
            return null;
        }
    }
}
