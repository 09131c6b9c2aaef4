package org.edusignconnector.edusign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SourcePerson.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Edusign v1 bodies: exact field names, START/END in UTC with a Z whatever the Paris offset,
 * professors as PROFESSOR, PROFESSOR_2..., students as [{"studentId":..}], groups only when asked.
 */
class EdusignPayloadsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final ObjectMapper json = new ObjectMapper();
    private final EdusignPayloads payloads = new EdusignPayloads(json);

    // ---- course -------------------------------------------------------------------------------

    @Test
    void courseHasExactlyTheV1FieldsWithoutGroups() {
        ObjectNode body = payloads.course(course().room("B204").build(), "tenant:course:E1", List.of("prof-1"), List.of("stu-1"), null);

        assertThat(fieldNames(body)).containsExactly(
                "NAME", "START", "END", "PROFESSOR", "CLASSROOM", "STUDENTS", "NEED_STUDENTS_SIGNATURE", "API_ID", "API_TYPE");
        assertThat(body.get("NAME").asText()).isEqualTo("Droit des contrats - TD 3");
        assertThat(body.get("CLASSROOM").asText()).isEqualTo("B204");
        assertThat(body.get("API_ID").asText()).isEqualTo("tenant:course:E1");
        assertThat(body.get("API_TYPE").asText()).isEqualTo("edusign-connector").isEqualTo(EdusignPayloads.API_TYPE);
    }

    @Test
    void needStudentsSignatureIsTheBooleanTrue() {
        JsonNode flag = payloads.course(course().build(), "a", List.of("p"), List.of(), null).get("NEED_STUDENTS_SIGNATURE");

        assertThat(flag.isBoolean()).isTrue();
        assertThat(flag.booleanValue()).isTrue();
    }

    @Test
    void noClassroomWhenTheRoomIsMissingOrBlank() {
        assertThat(payloads.course(course().room(null).build(), "a", List.of("p"), List.of(), null).has("CLASSROOM")).isFalse();
        assertThat(payloads.course(course().room("  ").build(), "a", List.of("p"), List.of(), null).has("CLASSROOM")).isFalse();
    }

    @Test
    void professorsAreNumberedFromTheSecondInSourceOrder() {
        ObjectNode body = payloads.course(course().build(), "a", List.of("p-a", "p-b", "p-c"), List.of(), null);

        assertThat(body.get("PROFESSOR").asText()).isEqualTo("p-a");
        assertThat(body.get("PROFESSOR_2").asText()).isEqualTo("p-b");
        assertThat(body.get("PROFESSOR_3").asText()).isEqualTo("p-c");
        assertThat(body.has("PROFESSOR_1")).isFalse();
        assertThat(body.has("PROFESSOR_4")).isFalse();
    }

    @Test
    void singleProfessorHasNoNumberedField() {
        ObjectNode body = payloads.course(course().build(), "a", List.of("p-a"), List.of(), null);

        assertThat(fieldNames(body)).filteredOn(n -> n.startsWith("PROFESSOR")).containsExactly("PROFESSOR");
    }

    @Test
    void courseWithoutProfessorIsRefused() {
        assertThatThrownBy(() -> payloads.course(course().build(), "a", List.of(), List.of("s"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E1");
    }

    @Test
    void studentsAreObjectsWithOnlyAStudentId() throws Exception {
        ObjectNode body = payloads.course(course().build(), "a", List.of("p"), List.of("s-1", "s-2"), null);

        assertThat(body.get("STUDENTS")).isEqualTo(json.readTree("[{\"studentId\":\"s-1\"},{\"studentId\":\"s-2\"}]"));
    }

    @Test
    void noStudentsIsAnEmptyArray() {
        JsonNode students = payloads.course(course().build(), "a", List.of("p"), List.of(), null).get("STUDENTS");

        assertThat(students.isArray()).isTrue();
        assertThat(students).isEmpty();
    }

    @Test
    void schoolGroupOnlyWhenGroupsAreGiven() throws Exception {
        ObjectNode without = payloads.course(course().build(), "a", List.of("p"), List.of("s"), null);
        ObjectNode with = payloads.course(course().build(), "a", List.of("p"), List.of("s"), List.of("g-1", "g-2"));

        assertThat(without.has("SCHOOL_GROUP")).isFalse();
        assertThat(with.get("SCHOOL_GROUP")).isEqualTo(json.readTree("[\"g-1\",\"g-2\"]"));
    }

    // ---- times --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} Paris -> {1}")
    @CsvSource({
            // winter, the day before spring forward (+01:00)
            "2026-03-28T09:00, 2026-03-28T08:00:00Z",
            // the spring-forward Sunday, before and after 02:00
            "2026-03-29T01:30, 2026-03-29T00:30:00Z",
            "2026-03-29T03:30, 2026-03-29T01:30:00Z",
            // summer, the day after (+02:00)
            "2026-03-30T09:45, 2026-03-30T07:45:00Z",
            // summer, the day before fall back
            "2026-10-24T09:00, 2026-10-24T07:00:00Z",
            // winter again, the day after
            "2026-10-26T09:00, 2026-10-26T08:00:00Z",
            // a Paris date whose UTC time is on the day before
            "2026-06-16T01:00, 2026-06-15T23:00:00Z"})
    void startAndEndAreSentInUtcWithZ(LocalDateTime parisStart, String utc) {
        ZonedDateTime start = parisStart.atZone(PARIS);
        ObjectNode body = payloads.course(course().start(start).end(start.plusHours(2)).build(), "a", List.of("p"), List.of(), null);

        assertThat(body.get("START").asText()).isEqualTo(utc);
        assertThat(body.get("END").asText()).isEqualTo(OffsetDateTime.parse(utc).plusHours(2).toInstant().toString());
    }

    @Test
    void courseOverTheSpringForwardJumpLastsOneHourLessInUtc() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 1, 0, 0, 0, PARIS);
        ZonedDateTime end = ZonedDateTime.of(2026, 3, 29, 4, 0, 0, 0, PARIS);

        ObjectNode body = payloads.course(course().start(start).end(end).build(), "a", List.of("p"), List.of(), null);

        assertThat(body.get("START").asText()).isEqualTo("2026-03-29T00:00:00Z");
        assertThat(body.get("END").asText()).isEqualTo("2026-03-29T02:00:00Z");
    }

    @Test
    void nonExistentTwoThirtyIsSentAsThreeThirtySummerTime() {
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2026, 3, 29, 2, 30), PARIS);

        assertThat(EdusignPayloads.utc(start)).isEqualTo("2026-03-29T01:30:00Z");
    }

    @Test
    void ambiguousTwoThirtyOfFallBackKeepsTheChosenOffset() {
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), PARIS).withEarlierOffsetAtOverlap();

        assertThat(EdusignPayloads.utc(first)).isEqualTo("2026-10-25T00:30:00Z");
        assertThat(EdusignPayloads.utc(first.withLaterOffsetAtOverlap())).isEqualTo("2026-10-25T01:30:00Z");
    }

    @Test
    void offsetTimesFromFcaAreConvertedToo() {
        ZonedDateTime fca = OffsetDateTime.parse("2026-03-30T09:00:00+02:00").toZonedDateTime();

        assertThat(EdusignPayloads.utc(fca)).isEqualTo("2026-03-30T07:00:00Z");
    }

    @Test
    void secondsAreKeptAndFractionsDropped() {
        ZonedDateTime t = ZonedDateTime.of(2026, 1, 5, 8, 15, 30, 999_000_000, PARIS);

        assertThat(EdusignPayloads.utc(t)).isEqualTo("2026-01-05T07:15:30Z");
    }

    // ---- people and groups --------------------------------------------------------------------

    @Test
    void studentWithPhoneAndCredentials() {
        SourcePerson p = new SourcePerson(Role.LEARNER, "9001", "Blanc", "Anna", " anna.blanc@ecole.fr ", " +33 6 12 34 56 78 ", null);

        ObjectNode s = payloads.student(p, "tenant:student:9001", true);

        assertThat(fieldNames(s)).containsExactly("FIRSTNAME", "LASTNAME", "EMAIL", "API_ID", "API_TYPE", "PHONE", "SEND_EMAIL_CREDENTIALS");
        assertThat(s.get("FIRSTNAME").asText()).isEqualTo("Anna");
        assertThat(s.get("LASTNAME").asText()).isEqualTo("Blanc");
        assertThat(s.get("EMAIL").asText()).isEqualTo("anna.blanc@ecole.fr");
        assertThat(s.get("PHONE").asText()).isEqualTo("+33 6 12 34 56 78");
        assertThat(s.get("API_ID").asText()).isEqualTo("tenant:student:9001");
        assertThat(s.get("API_TYPE").asText()).isEqualTo("edusign-connector");
        assertThat(s.get("SEND_EMAIL_CREDENTIALS").isBoolean()).isTrue();
        assertThat(s.get("SEND_EMAIL_CREDENTIALS").booleanValue()).isTrue();
    }

    @Test
    void studentWithoutPhoneHasNoPhoneField() {
        SourcePerson noPhone = new SourcePerson(Role.LEARNER, "9002", "Petit", "Bruno", "bruno@ecole.fr", null, null);
        SourcePerson blankPhone = new SourcePerson(Role.LEARNER, "9003", "Roux", "Luc", "luc@ecole.fr", "   ", null);

        assertThat(payloads.student(noPhone, "a", false).has("PHONE")).isFalse();
        assertThat(payloads.student(blankPhone, "a", false).has("PHONE")).isFalse();
    }

    @Test
    void sendCredentialsFalseIsSentAsFalse() {
        SourcePerson p = new SourcePerson(Role.LEARNER, "9002", "Petit", "Bruno", "bruno@ecole.fr", null, null);

        JsonNode flag = payloads.student(p, "a", false).get("SEND_EMAIL_CREDENTIALS");

        assertThat(flag.isBoolean()).isTrue();
        assertThat(flag.booleanValue()).isFalse();
    }

    @Test
    void professorHasNamesEmailAndIdsOnly() {
        SourcePerson p = new SourcePerson(Role.INSTRUCTOR, "501", "Martin", "Claire", "c.martin@ecole.fr ", "0600000000", null);

        ObjectNode body = payloads.professor(p, "tenant:professor:501");

        assertThat(fieldNames(body)).containsExactly("FIRSTNAME", "LASTNAME", "EMAIL", "API_ID", "API_TYPE");
        assertThat(body.get("EMAIL").asText()).isEqualTo("c.martin@ecole.fr");
        assertThat(body.get("API_ID").asText()).isEqualTo("tenant:professor:501");
    }

    @Test
    void groupListsStudentIdsAsPlainStrings() throws Exception {
        ObjectNode g = payloads.group("DU Droit A", "tenant:group:77", List.of("s-1", "s-2"));

        assertThat(fieldNames(g)).containsExactly("NAME", "STUDENTS", "API_ID", "API_TYPE");
        assertThat(g.get("NAME").asText()).isEqualTo("DU Droit A");
        assertThat(g.get("STUDENTS")).isEqualTo(json.readTree("[\"s-1\",\"s-2\"]"));
        assertThat(g.get("API_TYPE").asText()).isEqualTo("edusign-connector");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static SourceCourse.Builder course() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, PARIS);
        return SourceCourse.builder("E1").name("Droit des contrats - TD 3").start(start).end(start.plusHours(3).plusMinutes(30));
    }
}
