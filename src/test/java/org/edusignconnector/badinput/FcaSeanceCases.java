package org.edusignconnector.badinput;

import static org.edusignconnector.badinput.Expect.problem;
import static org.edusignconnector.badinput.Expect.sent;
import static org.edusignconnector.badinput.Expect.skipped;
import static org.edusignconnector.testing.HostileValues.HUGE;
import static org.edusignconnector.testing.HostileValues.HUGE_WORDS;
import static org.edusignconnector.testing.HostileValues.NO_BREAK_SPACE;
import static org.edusignconnector.testing.HostileValues.ZERO_WIDTH_SPACE;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile FCA Manager séances. Each case is one record (two for a duplicate id) derived from a
 * valid séance by one change; all are served in one /seances page with {@link #GOOD} séances.
 * Every séance's action has one confirmed learner, Alice, unless the case changes the action.
 */
final class FcaSeanceCases {

    static final String INVALID = "INVALID_COURSE_DATA";
    static final String ACTION = "ACT-OK";

    static final List<ObjectNode> GOOD = List.of(
            good("S-GOOD-MON", "Droit des contrats", "2026-03-23T09:00:00+01:00", "2026-03-23T12:30:00+01:00"),
            good("S-GOOD-TUE-DST", "Management après le changement d'heure", "2026-03-31T14:00:00+02:00", "2026-03-31T17:30:00+02:00"),
            good("S-GOOD-APR", "Fiscalité", "2026-04-02T09:00:00+02:00", "2026-04-02T12:00:00+02:00"));

    static final List<BadCase<List<JsonNode>>> CASES = build();

    private FcaSeanceCases() {
    }

    static String id(String slug) {
        return "S-" + slug;
    }

    static ObjectNode trainer(String id, String nom, String prenom, String email) {
        return Json.object().put("id", id).put("nom", nom).put("prenom", prenom).put("email", email).put("validationObligatoire", false);
    }

    static ObjectNode claire() {
        return trainer("F-17", "Martin", "Claire", "c.martin@univ.example");
    }

    /** The valid séance every case starts from: Tuesday 24 March 09:00-12:00 Paris, trainer Claire, action ACT-OK. */
    static ObjectNode template(String slug) {
        ObjectNode s = Json.object();
        s.put("id", id(slug));
        s.put("intitule", "Séance " + slug);
        s.put("dateDebut", "2026-03-24T09:00:00+01:00");
        s.put("dateFin", "2026-03-24T12:00:00+01:00");
        s.put("salle", "B204");
        s.putObject("action").put("codRefComAcn", ACTION).put("libAcn", "Action OK").put("codAnuAcn", "2025");
        s.putObject("activite").put("codRefComAcv", "ACV-OK").put("libAcv", "Activité OK");
        ObjectNode ens = s.putObject("enseignement").put("codRefComEns", "ENS-" + slug).put("libEns", "Enseignement " + slug);
        ens.putArray("formateurs").add(trainer("F-18", "Petit", "Bruno", "b.petit@univ.example"));
        s.putArray("formateurs").add(claire());
        s.putArray("groupes").addObject().put("id", "G-A").put("libelle", "Groupe A");
        s.put("dateCreation", "2026-03-04T10:00:00+01:00");
        s.put("dateModification", "2026-03-12T08:30:00+01:00");
        return s;
    }

    private static ObjectNode good(String id, String name, String debut, String fin) {
        ObjectNode s = template(id);
        return s.put("id", id).put("intitule", name).put("dateDebut", debut).put("dateFin", fin);
    }

    private static List<BadCase<List<JsonNode>>> build() {
        Catalog<List<JsonNode>> c = new Catalog<>("fca séance");
        // dates: missing offsets, impossible values, order
        bad(c, "debut-no-offset", "dateDebut without its offset", s -> s.put("dateDebut", "2026-03-24T09:00:00"), INVALID,
                "dateDebut '2026-03-24T09:00:00' is not a date-time with an offset");
        bad(c, "fin-no-offset", "dateFin without its offset", s -> s.put("dateFin", "2026-03-24T12:00:00"), INVALID,
                "dateFin '2026-03-24T12:00:00' is not a date-time with an offset");
        bad(c, "no-debut", "dateDebut missing", s -> s.remove("dateDebut"), INVALID, "no dateDebut");
        bad(c, "null-fin", "dateFin null", s -> s.putNull("dateFin"), INVALID, "no dateFin");
        bad(c, "empty-debut", "dateDebut empty", s -> s.put("dateDebut", ""), INVALID, "is not a date-time with an offset");
        bad(c, "feb-30", "dateDebut 2026-02-30", s -> s.put("dateDebut", "2026-02-30T09:00:00+01:00"), INVALID, "is not a date-time with an offset");
        bad(c, "hour-25", "dateDebut at 25:00", s -> s.put("dateDebut", "2026-03-24T25:00:00+01:00"), INVALID, "is not a date-time with an offset");
        bad(c, "offset-25", "offset +25:00", s -> s.put("dateDebut", "2026-03-24T09:00:00+25:00"), INVALID, "is not a date-time with an offset");
        bad(c, "debut-number", "dateDebut is a number", s -> s.put("dateDebut", 20260324), INVALID, "dateDebut '20260324' is not a date-time");
        bad(c, "debut-object", "dateDebut is an object", s -> s.set("dateDebut", Json.parse("{\"date\":\"2026-03-24\"}")), INVALID,
                "'dateDebut' is not a single value");
        bad(c, "end-before-start", "dateFin before dateDebut", s -> s.put("dateFin", "2026-03-24T08:00:00+01:00"), INVALID, "is not after start");
        bad(c, "zero-length", "dateFin equal to dateDebut", s -> s.put("dateFin", "2026-03-24T09:00:00+01:00"), INVALID, "is not after start");
        bad(c, "year-1970", "a séance of 1970 listed anyway", s -> s.put("dateDebut", "1970-01-01T09:00:00+01:00").put("dateFin", "1970-01-01T12:00:00+01:00"),
                "PAST", "before now");
        ok(c, "utc-z", "times in UTC with Z", s -> s.put("dateDebut", "2026-03-24T08:00:00Z").put("dateFin", "2026-03-24T11:00:00Z"), "Séance utc-z");
        ok(c, "india-offset", "times with a +05:30 offset", s -> s.put("dateDebut", "2026-03-24T13:30:00+05:30").put("dateFin", "2026-03-24T16:30:00+05:30"),
                "Séance india-offset");
        ok(c, "fractional-seconds", "times with milliseconds", s -> s.put("dateDebut", "2026-03-24T09:00:00.500+01:00"), "Séance fractional-seconds");
        // ids
        unreadable(c, "no-id", "id missing", s -> s.remove("id"));
        unreadable(c, "null-id", "id null", s -> s.putNull("id"));
        unreadable(c, "blank-id", "id blank", s -> s.put("id", " "));
        unreadable(c, "object-id", "id is an object", s -> s.set("id", Json.parse("{\"v\":\"S-X\"}")));
        c.add("numeric-id", "id is a number", List.of(template("numeric-id").put("id", 4711)), sent("4711", "Séance numeric-id"));
        c.add("huge-id", "id of 100,000 characters", List.of(template("huge-id").put("id", "S-" + HUGE)),
                skipped(INVALID, "S-" + HUGE, "id longer than 255 characters"));
        record(c, "record-number", "the record is a number", Json.parse("4711"));
        record(c, "record-null", "the record is null", Json.parse("null"));
        record(c, "record-array", "the record is a list", Json.parse("[{\"id\":\"S-IN-LIST\"}]"));
        // names and rooms
        ok(c, "name-from-teaching", "intitule null: the teaching names it", s -> s.putNull("intitule"), "Enseignement name-from-teaching");
        bad(c, "no-name", "intitule and teaching null", s -> s.putNull("intitule").putNull("enseignement"), INVALID, "no name");
        c.add("huge-name", "intitule of 100,000 characters: cut to 1,000 with an ellipsis",
                List.of(template("huge-name").put("intitule", HUGE)), sent(id("huge-name"), HUGE.substring(0, 999) + "…")
                        .withEvent("TEXT_SHORTENED", "name of 100000 characters cut to 1000"));
        ok(c, "title-300", "intitule of 300 characters", s -> s.put("intitule", CelcatEventCases.TITLE_300), CelcatEventCases.TITLE_300);
        ok(c, "lt-name", "intitule with a less-than sign", s -> s.put("intitule", "Maths < Physique"), "Maths < Physique");
        ok(c, "script-name", "intitule is a <script>", s -> s.put("intitule", "<script>alert('fca')</script>"), "<script>alert('fca')</script>");
        bad(c, "invisible-name", "intitule made only of no-break and zero-width spaces", s -> s.put("intitule", NO_BREAK_SPACE + ZERO_WIDTH_SPACE), INVALID,
                "name made only of invisible characters (U+00A0 U+200B)");
        bad(c, "object-name", "intitule is an object", s -> s.set("intitule", Json.parse("{\"fr\":\"Droit\"}")), INVALID, "'intitule' is not a single value");
        ok(c, "sql-name", "intitule is an SQL injection", s -> s.put("intitule", "x' OR '1'='1"), "x' OR '1'='1");
        ok(c, "unicode-name", "intitule with accents, CJK and an emoji", s -> s.put("intitule", "Économie 経済 📈"), "Économie 経済 📈");
        bad(c, "object-room", "salle is an object", s -> s.set("salle", Json.parse("{\"code\":\"B204\"}")), INVALID, "'salle' is not a single value");
        c.add("huge-room", "salle of 100,000 characters: cut", List.of(template("huge-room").put("salle", HUGE_WORDS)),
                sent(id("huge-room"), "Séance huge-room").withEvent("TEXT_SHORTENED", "characters cut to 1000"));
        // trainers
        bad(c, "trainers-object", "formateurs is an object", s -> s.set("formateurs", claire()), INVALID, "'formateurs' is not a list");
        bad(c, "trainers-string", "formateurs is a string", s -> s.put("formateurs", "F-17"), INVALID, "'formateurs' is not a list");
        bad(c, "trainer-null", "formateurs holds null", s -> s.set("formateurs", Json.parse("[null]")), INVALID, "a trainer has no id");
        bad(c, "trainer-bare-id", "formateurs holds a bare id", s -> s.set("formateurs", Json.parse("[\"F-17\"]")), INVALID, "a trainer has no id");
        bad(c, "trainer-empty", "formateurs holds an empty object", s -> s.set("formateurs", Json.parse("[{}]")), INVALID, "a trainer has no id");
        bad(c, "no-trainer", "formateurs empty", s -> s.putArray("formateurs"), "NO_VALID_INSTRUCTOR", "the course has no instructor");
        bad(c, "trainers-missing", "formateurs missing", s -> s.remove("formateurs"), "NO_VALID_INSTRUCTOR", "the course has no instructor");
        bad(c, "trainer-bad-email", "the only trainer's e-mail is invalid", s -> s.set("formateurs", Json.array().add(trainer("F-90", "Faux", "Jean", "jean@"))),
                "NO_VALID_INSTRUCTOR", "formateur:F-90", "invalid e-mail 'jean@'");
        ok(c, "trainer-script", "a second trainer's name is a <script>: sent as written",
                s -> s.set("formateurs", Json.array().add(claire()).add(trainer("F-91", "<script>x</script>", "Jean", "j91@univ.example"))),
                "Séance trainer-script");
        c.add("trainer-huge-name", "a second trainer's first name has 100,000 characters: cut",
                List.of(template("trainer-huge-name").set("formateurs", Json.array().add(claire())
                        .add(trainer("F-92", "Long", HUGE, "j92@univ.example")))),
                sent(id("trainer-huge-name"), "Séance trainer-huge-name").withEvent("TEXT_SHORTENED", "formateur:F-92 first name of 100000 characters"));
        sentWith(c, "trainer-invisible-name", "a second trainer's last name is a zero-width space",
                s -> s.set("formateurs", Json.array().add(claire()).add(trainer("F-95", ZERO_WIDTH_SPACE, "Jean", "j95@univ.example"))),
                "formateur:F-95", "last name made only of invisible characters (U+200B)");
        sentWith(c, "trainer-null-email", "a second trainer without e-mail",
                s -> s.set("formateurs", Json.array().add(claire()).add(trainer("F-93", "Sans", "Courriel", null))), "formateur:F-93", "no e-mail");
        sentWith(c, "trainer-object-name", "a second trainer whose nom is an object",
                s -> s.set("formateurs", Json.array().add(claire()).add(trainer("F-94", null, "Objet", "j94@univ.example").set("nom", Json.parse("{\"v\":1}")))),
                "formateur:F-94", "no last name");
        ok(c, "trainer-twice", "the same trainer twice", s -> s.set("formateurs", Json.array().add(claire()).add(claire())), "Séance trainer-twice");
        // action, activity, teaching
        bad(c, "action-null", "action null", s -> s.putNull("action"), "NO_VALID_LEARNER", "the course has no learner");
        bad(c, "action-missing", "action missing", s -> s.remove("action"), "NO_VALID_LEARNER", "the course has no learner");
        bad(c, "action-string", "action is a string", s -> s.put("action", ACTION), INVALID, "'action' is not an object");
        bad(c, "action-unknown", "action unknown to FCA Manager (404 on its registrations)",
                s -> ((ObjectNode) s.get("action")).put("codRefComAcn", "ACT-NOPE"), INVALID, "does not know action ACT-NOPE");
        bad(c, "action-ref-object", "action reference is an object", s -> ((ObjectNode) s.get("action")).set("codRefComAcn", Json.parse("{\"v\":1}")),
                INVALID, "'codRefComAcn' is not a single value");
        bad(c, "activity-string", "activite is a string", s -> s.put("activite", "ACV-OK"), INVALID, "'activite' is not an object");
        bad(c, "teaching-array", "enseignement is a list", s -> s.set("enseignement", Json.parse("[\"ENS\"]")), INVALID, "'enseignement' is not an object");
        // the same id twice
        c.add("duplicate-same", "the same séance twice in the listing", List.of(template("duplicate-same"), template("duplicate-same")),
                sent(id("duplicate-same"), "Séance duplicate-same").withEvent(INVALID, "listed more than once"));
        c.add("duplicate-different", "two different séances with one id",
                List.of(template("duplicate-different"), template("duplicate-different").put("intitule", "Séance duplicate-different (second)")),
                sent(id("duplicate-different"), "Séance duplicate-different").withEvent(INVALID, "listed more than once"));
        return c.cases();
    }

    private static void bad(Catalog<List<JsonNode>> c, String slug, String what, Consumer<ObjectNode> change, String reason, String... words) {
        ObjectNode s = template(slug);
        change.accept(s);
        c.add(slug, what, List.of(s), skipped(reason, id(slug), words));
    }

    private static void ok(Catalog<List<JsonNode>> c, String slug, String what, Consumer<ObjectNode> change, String edusignName) {
        ObjectNode s = template(slug);
        change.accept(s);
        c.add(slug, what, List.of(s), sent(id(slug), edusignName));
    }

    private static void sentWith(Catalog<List<JsonNode>> c, String slug, String what, Consumer<ObjectNode> change, String... words) {
        ObjectNode s = template(slug);
        change.accept(s);
        c.add(slug, what, List.of(s), sent(id(slug), "Séance " + slug).withEvent("INVALID_PERSON", words));
    }

    private static void unreadable(Catalog<List<JsonNode>> c, String slug, String what, Consumer<ObjectNode> change) {
        ObjectNode s = template(slug);
        change.accept(s);
        c.add(slug, what, List.of(s), problem(INVALID, null, "without an id"));
    }

    private static void record(Catalog<List<JsonNode>> c, String slug, String what, JsonNode record) {
        c.add(slug, what, List.of(record), problem(INVALID, null, "without an id"));
    }
}
