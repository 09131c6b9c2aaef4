package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.PersonRules;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.ledger.Ledger;

/**
 * Taking over a school another connector (or a person) filled, when the tenant sets {@code adoptExistingSheets}:
 * a course the ledger does not know and Edusign holds under none of our API_IDs is matched among the sheets of
 * the window the ledger does not know either — same start and end, same instructor e-mails, and the same name
 * once case, accents and spaces are set aside; a group by its name alike. One candidate is the match; two or
 * more are {@linkplain AmbiguousAdoptionException ambiguous} and nothing is taken nor created. An object this
 * connector adopted is in the ledger from then on, so it is no candidate for another course of the same run.
 */
public final class SheetTakeover {

    /** The sheet taken over and why it is the one (for the ADOPTED event). */
    public record Match(JsonNode remote, String evidence) {
    }

    private final Ledger ledger;

    public SheetTakeover(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The one sheet of the window that is this course; throws when two or more are, or when the list cannot be read. */
    public Optional<Match> course(EdusignRun run, SourceCourse course) {
        Instant start = course.getStart().toInstant();
        Instant end = course.getEnd().toInstant();
        Set<String> instructors = course.getInstructors().stream().map(SourcePerson::email).map(PersonRules::normaliseEmail)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        String name = comparable(course.getName());
        Map<String, String> known = ledger.sourceKeysByEdusignId(run.tenantName(), ObjectKind.COURSE);
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode sheet : listed(run, ObjectKind.COURSE, "'" + course.getName() + "'")) {
            if (!known.containsKey(EdusignApi.idOrNull(sheet)) && start.equals(instant(sheet, "START")) && end.equals(instant(sheet, "END"))
                    && name.equals(comparable(sheet.path("NAME").asText(""))) && instructors.equals(instructorEmails(run, sheet))) {
                candidates.add(sheet);
            }
        }
        String evidence = "matched on start " + start + ", end " + end + ", instructors " + instructors + " and name '"
                + course.getName() + "'";
        return decide(candidates, "sheets", "'" + course.getName() + "' on " + start, evidence);
    }

    /** The one group of the school with this group's name (case, accents and spaces aside) that the ledger does not know. */
    public Optional<Match> group(EdusignRun run, SourceGroup group) {
        String name = comparable(group.name());
        Map<String, String> known = ledger.sourceKeysByEdusignId(run.tenantName(), ObjectKind.GROUP);
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode remote : listed(run, ObjectKind.GROUP, "group '" + group.name() + "'")) {
            if (!known.containsKey(EdusignApi.idOrNull(remote)) && name.equals(comparable(remote.path("NAME").asText("")))) {
                candidates.add(remote);
            }
        }
        return decide(candidates, "groups", "group '" + group.name() + "'", "matched on the name '" + group.name() + "'");
    }

    /** Lower case, without accents nor spaces: "Mathématiques  TD" and "mathematiquestd" are one name. */
    static String comparable(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Optional<Match> decide(List<JsonNode> candidates, String kinds, String what, String evidence) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() > 1) {
            String listed = candidates.stream().map(c -> EdusignApi.idOrNull(c) + " (API_ID '" + c.path("API_ID").asText("") + "')")
                    .collect(Collectors.joining(", "));
            throw new AmbiguousAdoptionException(candidates.size() + " " + kinds + " already on Edusign match " + what + " ("
                    + evidence.replace("matched on ", "") + "): " + listed + ". None is adopted and nothing is created for it:"
                    + " delete or rename the extra one on Edusign (or the course in the source), and the next run adopts the one left");
        }
        JsonNode remote = candidates.get(0);
        String former = remote.path("API_ID").asText("");
        return Optional.of(new Match(remote, evidence + (former.isEmpty() ? "" : " (its API_ID was '" + former + "')")));
    }

    /** The school's list of that kind; a list that cannot be relied on stops the takeover of the item (unknown is not absent). */
    private static List<JsonNode> listed(EdusignRun run, ObjectKind kind, String item) {
        return run.directory().all(run.edusign(), kind).orElseThrow(() -> new EdusignUnknownAnswerException(
                "GET /v1/" + kind.path(), "adoptExistingSheets is on, but the " + kind.path() + " list cannot be relied on ("
                        + run.directory().problem(kind).orElse("unreadable") + "), so whether " + item + " is already there is unknown"));
    }

    private static Set<String> instructorEmails(EdusignRun run, JsonNode sheet) {
        Set<String> emails = new TreeSet<>();
        for (Iterator<String> it = sheet.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            String id = sheet.path(field).asText("");
            if (!field.matches("PROFESSOR(_\\d+)?") || id.isBlank()) {
                continue;
            }
            Optional<JsonNode> professor = run.directory().byId(run.edusign(), ObjectKind.PROFESSOR, id).object();
            if (professor.isEmpty() && !run.directory().byId(run.edusign(), ObjectKind.PROFESSOR, id).listed()) {
                professor = Optional.ofNullable(run.edusign().get("/v1/professor/" + EdusignApi.encode(id)));
            }
            emails.add(professor.map(p -> PersonRules.normaliseEmail(p.path("EMAIL").asText(null))).orElse("professor " + id));
        }
        return emails;
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return OffsetDateTime.parse(node.path(field).asText("")).toInstant();
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }
}
