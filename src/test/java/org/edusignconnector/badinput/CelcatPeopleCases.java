package org.edusignconnector.badinput;

import static org.edusignconnector.badinput.Expect.problem;
import static org.edusignconnector.badinput.Expect.sent;
import static org.edusignconnector.badinput.Expect.skipped;
import static org.edusignconnector.testing.HostileValues.HUGE;
import static org.edusignconnector.testing.HostileValues.HUGE_WORDS;
import static org.edusignconnector.testing.HostileValues.SCRIPT;
import static org.edusignconnector.testing.HostileValues.ZERO_WIDTH_SPACE;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.sim.celcat.CelcatEvent;

/**
 * Hostile records of the Celcat reference lists: /Staff, /Students, /Groups and a group's
 * /student-membership. Each case adds its record(s) to one list and, when the record is usable
 * enough to be referred to, one event that refers to it beside a valid instructor and learner:
 * the course still goes to Edusign and the hostile person is left out with a reason.
 */
final class CelcatPeopleCases {

    static final String STAFF = "staff";
    static final String STUDENTS = "student";
    static final String GROUPS = "group";
    static final String MEMBERSHIP = "membership";

    /**
     * @param listing       which list the records join ({@link #STAFF}, {@link #STUDENTS}, {@link #GROUPS}),
     *                      or {@link #MEMBERSHIP}: {@code rawBody} is then the members answer of {@code groupId}
     * @param records       records added to that list
     * @param event         an event referring to the record, or null
     */
    record Input(String listing, List<JsonNode> records, int groupId, String rawBody, CelcatEvent event) {
    }

    private static int hour;
    static final List<BadCase<Input>> CASES = build();

    private CelcatPeopleCases() {
    }

    static String key(String slug) {
        return "tt1/ev-p-" + slug;
    }

    static ObjectNode staff(Object id, String name, String email) {
        ObjectNode s = Json.object();
        if (id instanceof Integer i) {
            s.put("id", i);
        } else {
            s.put("id", (String) id);
        }
        return s.put("uniqueName", "U" + id).put("name", name).put("email", email);
    }

    static ObjectNode student(Object id, String name, String email) {
        return staff(id, name, email).putNull("mobile");
    }

    /** An event on its own hour (from Wednesday 25 March, 08:00 to 18:00 each day) with these people. */
    static CelcatEvent event(String slug, int[] staff, int[] students, int... groups) {
        int n = hour++;
        LocalDateTime start = LocalDateTime.of(2026, 3, 25, 8, 0).plusDays(n / 10).plusHours(n % 10);
        return CelcatEvent.builder("ev-p-" + slug).start(start).end(start.plusMinutes(50)).name("Course " + slug).category("TD")
                .department("D : SCIENCES").sites("CAMPUS NORD").staff(staff).students(students).groups(groups).build();
    }

    private static List<BadCase<Input>> build() {
        Catalog<Input> c = new Catalog<>("celcat person");
        int id = 601;
        // staff records: the course keeps staff 501, the hostile one is left out
        leftOutStaff(c, "staff-null-name", "staff name null", id++, null, "jean.a@school.example", "empty name");
        leftOutStaff(c, "staff-empty-name", "staff name empty", id++, "", "jean.b@school.example", "empty name");
        leftOutStaff(c, "staff-single-word", "staff name a single word", id++, "MADONNA", "madonna@school.example", "a single word");
        leftOutStaff(c, "staff-no-last-name", "staff name with nothing before the comma", id++, ", Jean", "jean.c@school.example",
                "nothing on one side of the comma");
        shortenedStaff(c, "staff-huge-name", "staff last name of 100,000 characters", id++, HUGE + ", Jean",
                "jean.d@school.example", "last name of 100000 characters cut to 1000");
        shortenedStaff(c, "staff-huge-words", "staff name of 100,000 characters in words, no comma", id++, HUGE_WORDS,
                "jean.e@school.example", "characters cut to 1000");
        keptStaff(c, "staff-script", "staff last name is a <script>", id++, SCRIPT + ", Jean", "jean.f@school.example");
        keptStaff(c, "staff-img", "staff first name holds an <img onerror>", id++, "DUPONT, <img src=x onerror=alert(1)>", "jean.g@school.example");
        keptStaff(c, "staff-bell", "staff name holds a control character", id++, "DUP\u0007ONT, Jean", "jean.h@school.example");
        leftOutStaff(c, "staff-invisible-name", "staff name made only of zero-width spaces", id++, ZERO_WIDTH_SPACE + ZERO_WIDTH_SPACE, "jean.z@school.example",
                "name made only of invisible characters (U+200B U+200B)");
        leftOutStaff(c, "staff-null-email", "staff e-mail null", id++, "NULL, Jean", null, "no e-mail");
        leftOutStaff(c, "staff-empty-email", "staff e-mail empty", id++, "EMPTY, Jean", "", "no e-mail");
        leftOutStaff(c, "staff-bad-email", "staff e-mail without @", id++, "BAD, Jean", "not-an-email", "invalid e-mail 'not-an-email'");
        leftOutStaff(c, "staff-no-tld", "staff e-mail without a domain suffix", id++, "NOTLD, Jean", "jean@school", "invalid e-mail");
        leftOutStaff(c, "staff-space-email", "staff e-mail with a space", id++, "SPACE, Jean", "jean dupont@school.example", "invalid e-mail");
        leftOutStaff(c, "staff-header-injection", "staff e-mail carrying a mail header", id++, "HEADER, Jean",
                "jean@school.example\r\nBcc: all@evil.example", "invalid e-mail");
        leftOutStaff(c, "staff-long-email", "staff e-mail of 300 characters", id++, "LONG, Jean", "a".repeat(285) + "@school.example", "invalid e-mail");
        c.add("staff-number-email", "staff e-mail is a number", new Input(STAFF, List.of(staff(id, "NUMBER, Jean", null).put("email", 42)), 0, null,
                event("staff-number-email", new int[] {501, id++}, new int[] {9001})),
                sent(key("staff-number-email"), "Course staff-number-email").withEvent("INVALID_PERSON", "invalid e-mail '42'"));
        c.add("staff-object-email", "staff e-mail is an object",
                new Input(STAFF, List.of(staff(id, "OBJECT, Jean", null).set("email", Json.parse("{\"v\":\"x@school.example\"}"))), 0, null,
                        event("staff-object-email", new int[] {501, id++}, new int[] {9001})),
                sent(key("staff-object-email"), "Course staff-object-email").withEvent("INVALID_PERSON", "staff:" + (id - 1), "'email' is not a single value"));
        c.add("staff-array-name", "staff name is a list",
                new Input(STAFF, List.of(staff(id, null, "jean.i@school.example").set("name", Json.parse("[\"DUPONT\",\"Jean\"]"))), 0, null,
                        event("staff-array-name", new int[] {501, id++}, new int[] {9001})),
                sent(key("staff-array-name"), "Course staff-array-name").withEvent("INVALID_PERSON", "'name' is not a single value"));
        c.add("staff-shared-email", "staff with the e-mail of another staff", new Input(STAFF, List.of(staff(id, "CURIE, Marie", "marie.dupont@school.example")),
                0, null, event("staff-shared-email", new int[] {id++}, new int[] {9001})),
                skipped("DUPLICATE_INSTRUCTOR_EMAIL", key("staff-shared-email"), "staff:501", "marie.dupont@school.example"));
        c.add("staff-messy-email", "staff e-mail in capitals between spaces", new Input(STAFF, List.of(staff(id, "CURIE, Pierre", "  PIERRE.CURIE@School.Example ")),
                0, null, event("staff-messy-email", new int[] {id++}, new int[] {9001})), sent(key("staff-messy-email"), "Course staff-messy-email"));
        c.add("staff-twice", "one staff id listed twice", new Input(STAFF,
                        List.of(staff(id, "TWICE, First", "first.twice@school.example"), staff(id, "TWICE, Second", "second.twice@school.example")),
                        0, null, event("staff-twice", new int[] {id}, new int[] {9001})),
                problem("INVALID_PERSON", "staff:" + id++, "listed more than once"));
        unusable(c, STAFF, "staff-no-id", "staff record without id", Json.parse("{\"name\":\"NOID, Jean\",\"email\":\"noid@school.example\"}"), "without a usable id");
        unusable(c, STAFF, "staff-object-id", "staff id is an object", Json.parse("{\"id\":{\"v\":1},\"name\":\"OBJ, Jean\"}"), "without a usable id");
        unusable(c, STAFF, "staff-record-number", "staff record is a number", Json.parse("42"), "without a usable id");
        unusable(c, STAFF, "staff-record-null", "staff record is null", Json.parse("null"), "without a usable id");
        // student records: the course keeps student 9001, the hostile one is left out
        int sid = 9601;
        leftOutStudent(c, "student-null-email", "student e-mail null", sid++, "NULL, Léa", null, "no e-mail");
        leftOutStudent(c, "student-bad-email", "student e-mail 'lea@'", sid++, "BAD, Léa", "lea@", "invalid e-mail 'lea@'");
        c.add("student-script", "student first name is a <script>: sent as written", new Input(STUDENTS,
                List.of(student(sid, "BERNARD, <script>x</script>", "lea.s@school.example")), 0, null,
                event("student-script", new int[] {501}, new int[] {9001, sid++})), sent(key("student-script"), "Course student-script"));
        c.add("student-huge-name", "student last name of 100,000 characters: sent, cut", new Input(STUDENTS,
                List.of(student(sid, HUGE + ", Léa", "lea.h@school.example")), 0, null,
                event("student-huge-name", new int[] {501}, new int[] {9001, sid})),
                sent(key("student-huge-name"), "Course student-huge-name").withEvent("TEXT_SHORTENED", "student:" + sid++, "last name of 100000 characters"));
        c.add("student-object-mobile", "student mobile is an object",
                new Input(STUDENTS, List.of(student(sid, "MOBILE, Léa", "lea.m@school.example").set("mobile", Json.parse("{\"n\":\"+33600000000\"}"))), 0, null,
                        event("student-object-mobile", new int[] {501}, new int[] {9001, sid++})),
                sent(key("student-object-mobile"), "Course student-object-mobile").withEvent("INVALID_PERSON", "'mobile' is not a single value"));
        c.add("student-array-email", "student e-mail is a list",
                new Input(STUDENTS, List.of(student(sid, "ARRAY, Léa", null).set("email", Json.parse("[\"lea.a@school.example\"]"))), 0, null,
                        event("student-array-email", new int[] {501}, new int[] {9001, sid++})),
                sent(key("student-array-email"), "Course student-array-email").withEvent("INVALID_PERSON", "'email' is not a single value"));
        c.add("student-unicode", "student name in Vietnamese with diacritics", new Input(STUDENTS, List.of(student(sid, "NGUYỄN, Thị Minh Khai", "khai@school.example")),
                0, null, event("student-unicode", new int[] {501}, new int[] {sid++})), sent(key("student-unicode"), "Course student-unicode"));
        c.add("student-twice", "one student id listed twice", new Input(STUDENTS,
                        List.of(student(sid, "TWICE, Léa", "lea.t1@school.example"), student(sid, "TWICE, Zoé", "zoe.t2@school.example")),
                        0, null, event("student-twice", new int[] {501}, new int[] {sid})),
                problem("INVALID_PERSON", "student:" + sid++, "listed more than once"));
        unusable(c, STUDENTS, "student-no-id", "student record without id", Json.parse("{\"name\":\"NOID, Léa\",\"email\":\"noid.lea@school.example\"}"),
                "without a usable id");
        unusable(c, STUDENTS, "student-blank-id", "student id blank", Json.parse("{\"id\":\"  \",\"name\":\"BLANK, Léa\"}"), "without a usable id");
        // group records and a group's members
        c.add("group-object-id", "group record whose id is an object", new Input(GROUPS, List.of(Json.parse("{\"id\":{\"v\":80},\"name\":\"G80\"}")), 0, null, null),
                problem("SOURCE_ERROR", null, "without a usable id"));
        c.add("group-array-name", "group name is a list", new Input(GROUPS, List.of(Json.parse("{\"id\":79,\"name\":[\"L1\",\"A\"]}")), 0, null,
                        event("group-array-name", new int[] {501}, new int[] {9001}, 79)),
                problem("SOURCE_ERROR", "group:79", "'name' is not a single value"));
        members(c, "members-object-student", "a member whose studentId is an object", 81, "[{\"studentId\":{\"v\":9001},\"groupId\":81}]",
                "group 81", "'studentId' is not a single value");
        members(c, "members-malformed", "members answered with malformed JSON", 82, "[{\"studentId\":9001,", "group 82", "malformed JSON");
        members(c, "members-object", "members answered with an object", 83, "{\"studentId\":9001}", "group 83", "instead of a list");
        c.add("members-unknown-student", "a member who is no known student", new Input(MEMBERSHIP, List.of(), 84,
                        "[{\"studentId\":9001,\"groupId\":84},{\"studentId\":7777,\"groupId\":84}]", event("members-unknown-student", new int[] {501}, new int[] {}, 84)),
                sent(key("members-unknown-student"), "Course members-unknown-student").withEvent("INVALID_PERSON", "student:7777", "unknown student"));
        return c.cases();
    }

    private static void leftOutStaff(Catalog<Input> c, String slug, String what, int id, String name, String email, String... words) {
        c.add(slug, what, new Input(STAFF, List.of(staff(id, name, email)), 0, null, event(slug, new int[] {501, id}, new int[] {9001})),
                sent(key(slug), "Course " + slug).withEvent("INVALID_PERSON", with("staff:" + id, words)));
    }

    /** A staff record with markup or a control character: the staff member is on the course, cleaned. */
    private static void keptStaff(Catalog<Input> c, String slug, String what, int id, String name, String email) {
        c.add(slug, what, new Input(STAFF, List.of(staff(id, name, email)), 0, null, event(slug, new int[] {501, id}, new int[] {9001})),
                sent(key(slug), "Course " + slug));
    }

    /** A staff record with a name beyond the technical cap: on the course, its name cut, and a TEXT_SHORTENED event. */
    private static void shortenedStaff(Catalog<Input> c, String slug, String what, int id, String name, String email, String... words) {
        c.add(slug, what, new Input(STAFF, List.of(staff(id, name, email)), 0, null, event(slug, new int[] {501, id}, new int[] {9001})),
                sent(key(slug), "Course " + slug).withEvent("TEXT_SHORTENED", with("staff:" + id, words)));
    }

    private static void leftOutStudent(Catalog<Input> c, String slug, String what, int id, String name, String email, String... words) {
        c.add(slug, what, new Input(STUDENTS, List.of(student(id, name, email)), 0, null, event(slug, new int[] {501}, new int[] {9001, id})),
                sent(key(slug), "Course " + slug).withEvent("INVALID_PERSON", with("student:" + id, words)));
    }

    /** A record that cannot be referred to: its event names it by its position in its list. */
    private static void unusable(Catalog<Input> c, String listing, String slug, String what, JsonNode record, String... words) {
        c.add(slug, what, new Input(listing, List.of(record), 0, null, null), problem("INVALID_PERSON", null, words));
    }

    private static void members(Catalog<Input> c, String slug, String what, int group, String raw, String... words) {
        c.add(slug, what, new Input(MEMBERSHIP, List.of(), group, raw, event(slug, new int[] {501}, new int[] {9001}, group)),
                skipped("INVALID_COURSE_DATA", key(slug), words));
    }

    private static String[] with(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
