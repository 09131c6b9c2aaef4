package org.edusignconnector.badinput;

import static org.edusignconnector.badinput.Expect.problem;
import static org.edusignconnector.badinput.Expect.sent;
import static org.edusignconnector.badinput.Expect.skipped;
import static org.edusignconnector.testing.HostileValues.HUGE;
import static org.edusignconnector.testing.HostileValues.HUGE_WORDS;
import static org.edusignconnector.testing.HostileValues.NO_BREAK_SPACE;
import static org.edusignconnector.testing.HostileValues.SCRIPT;
import static org.edusignconnector.testing.HostileValues.ZERO_WIDTH_SPACE;
import static org.edusignconnector.testing.HostileValues.rightToLeft;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.sim.celcat.CelcatTimetable;

/**
 * Hostile Celcat /Events records. Each case is one record (two for a duplicate id) derived from a
 * valid event by one change, so that the change is the only thing wrong with it. All are served in
 * one listing together with {@link #GOOD} events.
 */
final class CelcatEventCases {

    static final String INVALID = "INVALID_COURSE_DATA";
    static final String TITLE_300 = "Droit des contrats — ".repeat(14) + "x".repeat(6);

    /** Events nothing is wrong with: each must be on Edusign after the run. */
    static final List<ObjectNode> GOOD = List.of(
            good("good-monday", "Good Monday", "2026-03-23T09:00:00", "2026-03-23T11:00:00", "{\"staff\":[{\"id\":501}],\"groups\":[{\"id\":77}]}"),
            good("good-friday", "Good Friday", "2026-03-27T14:00:00", "2026-03-27T16:00:00",
                    "{\"staff\":[{\"id\":501},{\"id\":502}],\"groups\":[{\"id\":77}],\"students\":[{\"id\":9003}]}"),
            good("good-after-dst", "Good after DST", "2026-03-31T14:00:00", "2026-03-31T16:00:00", "{\"staff\":[{\"id\":502}],\"students\":[{\"id\":9003}]}"),
            good("good-april", "Good April", "2026-04-03T09:00:00", "2026-04-03T12:00:00", "{\"staff\":[{\"id\":502}],\"students\":[{\"id\":9001}]}"));

    static final List<BadCase<List<JsonNode>>> CASES = build();

    private CelcatEventCases() {
    }

    /** Staff, students, groups and rooms the events refer to (none of them is hostile here). */
    static void people(CelcatTimetable t) {
        t.addStaff(501, "MDUPONT", "DUPONT, Marie", "marie.dupont@school.example")
                .addStaff(502, "PMARTIN", "MARTIN, Paul", "paul.martin@school.example")
                .addStudent(9001, "E9001", "BERNARD, Léa", "lea.bernard@school.example", null)
                .addStudent(9002, "E9002", "PETIT, Hugo", "hugo.petit@school.example", null)
                .addStudent(9003, "E9003", "ROUX, Chloé", "chloe.roux@school.example", null)
                .addGroup(77, "G1", "L1 Groupe A", 9001, 9002)
                .addGroup(78, "G2", "L1 Groupe B", 9003, 9999)
                .addRoom(12, "B101");
    }

    static String key(String slug) {
        return "tt1/ev-" + slug;
    }

    /** The valid event every case starts from: Tuesday 24 March 09:00-11:00, staff 501, student 9001. */
    static ObjectNode template(String slug) {
        ObjectNode e = Json.object();
        e.put("id", "ev-" + slug);
        e.put("start", "2026-03-24T09:00:00");
        e.put("end", "2026-03-24T11:00:00");
        e.put("allDay", false);
        e.put("description", "TD\r\n\r\n<br />\r\n\r\nCourse " + slug);
        e.put("department", "D : SCIENCES");
        e.put("eventCategory", "TD");
        e.putArray("sites").add("CAMPUS NORD");
        e.putArray("modules").add("MOD-" + slug);
        e.put("name", "Course " + slug);
        e.putArray("rooms").addObject().put("id", 12).put("name", "B101");
        e.set("staff", Json.ids(501));
        e.putArray("groups");
        e.set("students", Json.ids(9001));
        e.put("lastModified", "2026-03-17T17:02:11");
        return e;
    }

    private static ObjectNode good(String id, String name, String start, String end, String people) {
        ObjectNode e = template(id);
        e.put("id", id);
        e.put("name", name);
        e.put("start", start);
        e.put("end", end);
        e.setAll((ObjectNode) Json.parse(people));
        return e;
    }

    private static List<BadCase<List<JsonNode>>> build() {
        Catalog<List<JsonNode>> c = new Catalog<>("celcat event");
        // missing and null fields
        bad(c, "no-start", "start missing", e -> e.remove("start"), INVALID, "no start time");
        bad(c, "null-start", "start null", e -> e.putNull("start"), INVALID, "no start time");
        bad(c, "empty-start", "start empty", e -> e.put("start", ""), INVALID, "start '' is not a local date-time");
        bad(c, "no-end", "end missing", e -> e.remove("end"), INVALID, "no end time");
        bad(c, "null-end", "end null", e -> e.putNull("end"), INVALID, "no end time");
        unreadable(c, "no-id", "id missing", e -> e.remove("id"), "without an id");
        unreadable(c, "null-id", "id null", e -> e.putNull("id"), "without an id");
        unreadable(c, "blank-id", "id blank", e -> e.put("id", "   "), "without an id");
        unreadable(c, "object-id", "id is an object", e -> e.set("id", Json.parse("{\"value\":\"ev-x\"}")), "'id' is not a single value");
        unreadable(c, "array-id", "id is a list", e -> e.set("id", Json.parse("[\"ev-a\",\"ev-b\"]")), "'id' is not a single value");
        c.add("numeric-id", "id is a number", List.of(template("numeric-id").put("id", 424242)), sent("tt1/424242", "Course numeric-id"));
        bad(c, "no-staff", "staff missing", e -> e.remove("staff"), "NO_VALID_INSTRUCTOR", "the course has no instructor");
        bad(c, "null-staff", "staff null", e -> e.putNull("staff"), "NO_VALID_INSTRUCTOR", "the course has no instructor");
        bad(c, "empty-staff", "staff empty", e -> e.putArray("staff"), "NO_VALID_INSTRUCTOR", "the course has no instructor");
        bad(c, "no-learner", "students and groups missing", e -> e.without(List.of("students", "groups")), "NO_VALID_LEARNER", "the course has no learner");
        ok(c, "name-from-module", "name null: the module names it", e -> e.putNull("name").set("modules", Json.parse("[\"MOD-X\"]")), "MOD-X");
        ok(c, "name-from-category", "name and modules null: the category names it", e -> e.putNull("name").putNull("modules").put("eventCategory", "TP"), "TP");
        bad(c, "no-name", "name, modules and category null", e -> e.putNull("name").putNull("modules").putNull("eventCategory"), INVALID, "no name");
        bad(c, "blank-name", "name blank, modules empty, category blank",
                e -> e.put("name", "   ").put("eventCategory", " ").putArray("modules"), INVALID, "no name");
        ok(c, "no-rooms", "rooms missing", e -> e.remove("rooms"), "Course no-rooms");
        // wrong types
        bad(c, "staff-number", "staff is a number", e -> e.put("staff", 501), INVALID, "'staff' is not a list");
        bad(c, "staff-string", "staff is a string", e -> e.put("staff", "501"), INVALID, "'staff' is not a list");
        bad(c, "staff-object", "staff is an object", e -> e.set("staff", Json.parse("{\"id\":501}")), INVALID, "'staff' is not a list");
        bad(c, "staff-null-entry", "staff holds null", e -> e.set("staff", Json.parse("[null]")), INVALID, "an entry of 'staff' has no usable id");
        bad(c, "staff-bare-number", "staff holds a bare number", e -> e.set("staff", Json.parse("[501]")), INVALID, "an entry of 'staff' has no usable id");
        bad(c, "staff-without-id", "staff entry without id", e -> e.set("staff", Json.parse("[{\"name\":\"DUPONT\"}]")), INVALID, "an entry of 'staff' has no usable id");
        bad(c, "staff-object-id", "staff entry id is an object", e -> e.set("staff", Json.parse("[{\"id\":{\"v\":501}}]")), INVALID, "an entry of 'staff' has no usable id");
        bad(c, "students-object", "students is an object", e -> e.set("students", Json.parse("{\"id\":9001}")), INVALID, "'students' is not a list");
        bad(c, "groups-string", "groups is a string", e -> e.put("groups", "77"), INVALID, "'groups' is not a list");
        bad(c, "rooms-string", "rooms is a string", e -> e.put("rooms", "B101"), INVALID, "'rooms' is not a list");
        ok(c, "room-without-name", "room entry without name", e -> e.set("rooms", Json.parse("[{\"id\":12}]")), "Course room-without-name");
        bad(c, "name-object", "name is an object", e -> e.set("name", Json.parse("{\"fr\":\"Maths\"}")), INVALID, "'name' is not a single value");
        bad(c, "name-array", "name is a list", e -> e.set("name", Json.parse("[\"Maths\",\"TD\"]")), INVALID, "'name' is not a single value");
        ok(c, "name-number", "name is a number", e -> e.put("name", 12345), "12345");
        bad(c, "start-number", "start is a number", e -> e.put("start", 20260324), INVALID, "start '20260324' is not a local date-time");
        bad(c, "start-object", "start is an object", e -> e.set("start", Json.parse("{\"date\":\"2026-03-24\"}")), INVALID, "'start' is not a single value");
        bad(c, "start-boolean", "start is a boolean", e -> e.put("start", true), INVALID, "start 'true' is not a local date-time");
        bad(c, "end-array", "end is a list", e -> e.set("end", Json.parse("[\"2026-03-24T11:00:00\"]")), INVALID, "'end' is not a single value");
        bad(c, "all-day-string", "allDay is the string \"true\"", e -> e.put("allDay", "true"), "ALL_DAY_EVENT", "all-day event");
        bad(c, "category-object", "eventCategory is an object", e -> e.set("eventCategory", Json.parse("{\"name\":\"TD\"}")), INVALID, "'eventCategory' is not a single value");
        bad(c, "department-array", "department is a list", e -> e.set("department", Json.parse("[\"D : SCIENCES\"]")), INVALID, "'department' is not a single value");
        bad(c, "sites-string", "sites is a string", e -> e.put("sites", "CAMPUS NORD"), INVALID, "'sites' is not a list");
        bad(c, "modules-string", "modules is a string", e -> e.put("modules", "MOD"), INVALID, "'modules' is not a list");
        // records that are not objects
        record(c, "record-number", "the record is a number", Json.parse("42"));
        record(c, "record-string", "the record is a string", Json.parse("\"ev-string\""));
        record(c, "record-null", "the record is null", Json.parse("null"));
        record(c, "record-array", "the record is a list", Json.parse("[{\"id\":\"ev-in-list\"}]"));
        record(c, "record-empty", "the record is an empty object", Json.object());
        // impossible and unusual dates
        bad(c, "feb-30", "start 2026-02-30", e -> e.put("start", "2026-02-30T09:00:00"), INVALID, "start '2026-02-30T09:00:00' is not a local date-time");
        bad(c, "hour-25", "start at 25:00", e -> e.put("start", "2026-03-24T25:00:00"), INVALID, "start '2026-03-24T25:00:00' is not a local date-time");
        bad(c, "month-13", "start in month 13", e -> e.put("start", "2026-13-01T09:00:00"), INVALID, "is not a local date-time");
        bad(c, "minute-61", "start at 09:61", e -> e.put("start", "2026-03-24T09:61:00"), INVALID, "is not a local date-time");
        bad(c, "end-24h", "end at 24:00", e -> e.put("end", "2026-03-24T24:00:00"), INVALID, "end '2026-03-24T24:00:00' is not a local date-time");
        bad(c, "french-format", "start written 24/03/2026 09:00", e -> e.put("start", "24/03/2026 09:00"), INVALID, "is not a local date-time");
        bad(c, "with-offset", "start with an offset", e -> e.put("start", "2026-03-24T09:00:00+01:00"), INVALID, "is not a local date-time");
        bad(c, "utc-z", "start in UTC with Z", e -> e.put("start", "2026-03-24T08:00:00Z"), INVALID, "is not a local date-time");
        bad(c, "date-only", "start is a date only", e -> e.put("start", "2026-03-24"), INVALID, "is not a local date-time");
        bad(c, "time-only", "start is a time only", e -> e.put("start", "09:00:00"), INVALID, "is not a local date-time");
        bad(c, "end-before-start", "end before start", e -> e.put("start", "2026-03-24T11:00:00").put("end", "2026-03-24T09:00:00"),
                INVALID, "end 2026-03-24T09:00 is not after start 2026-03-24T11:00");
        bad(c, "zero-length", "end equal to start", e -> e.put("end", "2026-03-24T09:00:00"), INVALID, "is not after start");
        bad(c, "end-day-before", "end the day before", e -> e.put("end", "2026-03-23T11:00:00"), INVALID, "is not after start");
        ok(c, "dst-gap", "start in the spring DST gap (02:30 on 29 March)",
                e -> e.put("start", "2026-03-29T02:30:00").put("end", "2026-03-29T04:00:00"), "Course dst-gap");
        bad(c, "year-1970", "a course of 1970 listed anyway", e -> e.put("start", "1970-01-01T09:00:00").put("end", "1970-01-01T11:00:00"), "PAST", "before now");
        bad(c, "year-9999", "a course of 9999 listed anyway", e -> e.put("start", "9999-12-31T09:00:00").put("end", "9999-12-31T11:00:00"),
                "OUTSIDE_WINDOW", "after the window's last day");
        ok(c, "fractional-seconds", "start with milliseconds", e -> e.put("start", "2026-03-24T09:00:00.123"), "Course fractional-seconds");
        // huge strings, markup, control characters, injection
        // markup is text, a long title is sent whole; only control and direction characters go, and a pasted document is cut
        c.add("huge-name", "name of 100,000 characters: cut to 1,000 with an ellipsis", List.of(template("huge-name").put("name", HUGE)),
                sent(key("huge-name"), HUGE.substring(0, 999) + "…").withEvent("TEXT_SHORTENED", "name of 100000 characters cut to 1000"));
        ok(c, "title-300", "a title of 300 characters", e -> e.put("name", TITLE_300), TITLE_300);
        ok(c, "lt-name", "name with a less-than sign", e -> e.put("name", "Maths < Physique"), "Maths < Physique");
        ok(c, "script-name", "name is a <script>", e -> e.put("name", SCRIPT), SCRIPT);
        ok(c, "img-name", "name holds an <img onerror>", e -> e.put("name", "TD <img src=x onerror=alert(1)>"), "TD <img src=x onerror=alert(1)>");
        ok(c, "nul-name", "name holds a NUL character", e -> e.put("name", "Maths\u0000TD"), "MathsTD");
        ok(c, "newline-name", "name holds a line break", e -> e.put("name", "Maths\r\nTD"), "Maths TD");
        ok(c, "override-name", "name holds a right-to-left override", e -> e.put("name", rightToLeft("Maths TD")), "Maths TD");
        bad(c, "invisible-name", "name made only of zero-width and no-break spaces", e -> e.put("name", ZERO_WIDTH_SPACE + NO_BREAK_SPACE + ZERO_WIDTH_SPACE), INVALID,
                "name made only of invisible characters (U+200B U+00A0 U+200B)");
        ok(c, "sql-name", "name is an SQL injection", e -> e.put("name", "Robert'); DROP TABLE sync_event;--"), "Robert'); DROP TABLE sync_event;--");
        ok(c, "unicode-name", "name in several scripts with an emoji", e -> e.put("name", "Mathématiques 🧮 数学 — Ωμέγα"), "Mathématiques 🧮 数学 — Ωμέγα");
        sentWith(c, "huge-room", "room name of 100,000 characters: cut", e -> e.set("rooms", Json.array().add(Json.object().put("id", 12).put("name", HUGE_WORDS))),
                "TEXT_SHORTENED", "characters cut to 1000");
        ok(c, "script-room", "room name is a <script>", e -> e.set("rooms", Json.array().add(Json.object().put("id", 12).put("name", "<script>x</script>"))),
                "Course script-room");
        c.add("huge-id", "id of 100,000 characters", List.of(template("huge-id").put("id", "ev-" + HUGE)),
                skipped(INVALID, "tt1/ev-" + HUGE, "id longer than 255 characters"));
        c.add("path-id", "id looks like a path and a query", List.of(template("path-id").put("id", "../../v1/course/x?y=1&z#w")),
                sent("tt1/../../v1/course/x?y=1&z#w", "Course path-id"));
        c.add("quote-id", "id with quotes and a semicolon", List.of(template("quote-id").put("id", "ev \"q\" 'x'; --")),
                sent("tt1/ev \"q\" 'x'; --", "Course quote-id"));
        ok(c, "huge-description", "description of 100,000 characters of HTML", e -> e.put("description", "<div>" + HUGE_WORDS + "</div>"), "Course huge-description");
        ok(c, "unknown-fields", "unknown fields (__proto__, constructor)",
                e -> e.setAll((ObjectNode) Json.parse("{\"__proto__\":{\"admin\":true},\"constructor\":[],\"staffIds\":[666]}")), "Course unknown-fields");
        ok(c, "huge-category", "eventCategory of 100,000 characters", e -> e.put("eventCategory", HUGE), "Course huge-category");
        // people and groups the event refers to
        bad(c, "unknown-staff", "only staff id is unknown", e -> e.set("staff", Json.ids(999)), "NO_VALID_INSTRUCTOR", "staff:999", "unknown staff id 999");
        sentWith(c, "unknown-and-known-staff", "one known and one unknown staff", e -> e.set("staff", Json.ids(501, 999)), "INVALID_PERSON",
                "staff:999", "unknown staff id 999");
        bad(c, "unknown-student", "only student id is unknown", e -> e.set("students", Json.ids(8888)), "NO_VALID_LEARNER", "student:8888", "unknown student id 8888");
        sentWith(c, "unknown-and-known-student", "one known and one unknown student", e -> e.set("students", Json.ids(9001, 8888)), "INVALID_PERSON",
                "student:8888", "unknown student id 8888");
        bad(c, "unknown-group", "only group is unknown", e -> { e.set("groups", Json.ids(4040)); e.remove("students"); }, "NO_VALID_LEARNER", "the course has no learner");
        bad(c, "text-group-id", "group id is not a number (Celcat answers 400 for its members)", e -> e.set("groups", Json.ids("abc")), INVALID,
                "group abc", "400");
        sentWith(c, "group-unknown-member", "a group member is no known student", e -> { e.set("groups", Json.ids(78)); e.remove("students"); }, "INVALID_PERSON",
                "student:9999", "unknown student");
        ok(c, "staff-twice", "the same staff twice", e -> e.set("staff", Json.ids(501, 501)), "Course staff-twice");
        ok(c, "staff-id-text", "staff id as text", e -> e.set("staff", Json.ids("501")), "Course staff-id-text");
        bad(c, "staff-id-decimal", "staff id 501.0", e -> e.set("staff", Json.parse("[{\"id\":501.0}]")), "NO_VALID_INSTRUCTOR", "unknown staff id 501.0");
        bad(c, "staff-id-negative", "staff id -1", e -> e.set("staff", Json.ids(-1)), "NO_VALID_INSTRUCTOR", "unknown staff id -1");
        ok(c, "student-twice", "the same student twice", e -> e.set("students", Json.ids(9001, 9001)), "Course student-twice");
        ok(c, "student-and-group", "a student both in a group and booked alone", e -> e.set("groups", Json.ids(77)), "Course student-and-group");
        // the same id twice in one listing
        c.add("duplicate-same", "the same event twice in the listing", List.of(template("duplicate-same"), template("duplicate-same")),
                sent(key("duplicate-same"), "Course duplicate-same").withEvent(INVALID, "listed more than once"));
        c.add("duplicate-different", "two different events with one id",
                List.of(template("duplicate-different"), template("duplicate-different").put("name", "Course duplicate-different (second)")),
                sent(key("duplicate-different"), "Course duplicate-different").withEvent(INVALID, "listed more than once"));
        return c.cases();
    }

    private static void bad(Catalog<List<JsonNode>> c, String slug, String what, Consumer<ObjectNode> change, String reason, String... words) {
        ObjectNode e = template(slug);
        change.accept(e);
        c.add(slug, what, List.of(e), skipped(reason, key(slug), words));
    }

    private static void ok(Catalog<List<JsonNode>> c, String slug, String what, Consumer<ObjectNode> change, String edusignName) {
        ObjectNode e = template(slug);
        change.accept(e);
        c.add(slug, what, List.of(e), sent(key(slug), edusignName));
    }

    private static void sentWith(Catalog<List<JsonNode>> c, String slug, String what, Consumer<ObjectNode> change, String reason, String... words) {
        ObjectNode e = template(slug);
        change.accept(e);
        c.add(slug, what, List.of(e), sent(key(slug), "Course " + slug).withEvent(reason, words));
    }

    /** A record without a usable id: the event names it by its position in the listing. */
    private static void unreadable(Catalog<List<JsonNode>> c, String slug, String what, Consumer<ObjectNode> change, String... words) {
        ObjectNode e = template(slug);
        change.accept(e);
        c.add(slug, what, List.of(e), problem(INVALID, null, words));
    }

    private static void record(Catalog<List<JsonNode>> c, String slug, String what, JsonNode record) {
        c.add(slug, what, List.of(record), problem(INVALID, null, "without an id"));
    }
}
