package org.edusignconnector.edusign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.SourceCourse;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints of Edusign bodies: SHA-256 of a canonical form, so the order of keys does not matter
 * but every value, and the order inside arrays, does.
 */
class FingerprintsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void keyOrderDoesNotMatter() throws Exception {
        JsonNode a = json.readTree("{\"NAME\":\"TD\",\"START\":\"2026-06-02T07:00:00Z\",\"PROFESSOR\":\"p\"}");
        JsonNode b = json.readTree("{\"PROFESSOR\":\"p\",\"START\":\"2026-06-02T07:00:00Z\",\"NAME\":\"TD\"}");

        assertThat(Fingerprints.of(a)).isEqualTo(Fingerprints.of(b));
    }

    @Test
    void keyOrderInNestedObjectsDoesNotMatter() throws Exception {
        JsonNode a = json.readTree("{\"course\":{\"NAME\":\"TD\",\"STUDENTS\":[{\"studentId\":\"s\",\"x\":1}]},\"editSurveys\":false}");
        JsonNode b = json.readTree("{\"editSurveys\":false,\"course\":{\"STUDENTS\":[{\"x\":1,\"studentId\":\"s\"}],\"NAME\":\"TD\"}}");

        assertThat(Fingerprints.of(a)).isEqualTo(Fingerprints.of(b));
    }

    @Test
    void anyValueChangeChangesIt() throws Exception {
        String base = Fingerprints.of(json.readTree("{\"NAME\":\"TD\",\"CLASSROOM\":\"B204\",\"NEED_STUDENTS_SIGNATURE\":true}"));

        assertThat(List.of(
                "{\"NAME\":\"TD 2\",\"CLASSROOM\":\"B204\",\"NEED_STUDENTS_SIGNATURE\":true}",
                "{\"NAME\":\"TD\",\"CLASSROOM\":\"B205\",\"NEED_STUDENTS_SIGNATURE\":true}",
                "{\"NAME\":\"TD\",\"CLASSROOM\":\"B204\",\"NEED_STUDENTS_SIGNATURE\":false}",
                "{\"NAME\":\"TD\",\"CLASSROOM\":\"B204\",\"NEED_STUDENTS_SIGNATURE\":\"true\"}",
                "{\"NAME\":\"TD\",\"CLASSROOM\":null,\"NEED_STUDENTS_SIGNATURE\":true}",
                "{\"NAME\":\"TD\",\"NEED_STUDENTS_SIGNATURE\":true}"))
                .extracting(text -> Fingerprints.of(json.readTree(text)))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void arrayOrderMatters() throws Exception {
        assertThat(Fingerprints.of(json.readTree("{\"SCHOOL_GROUP\":[\"g1\",\"g2\"]}")))
                .isNotEqualTo(Fingerprints.of(json.readTree("{\"SCHOOL_GROUP\":[\"g2\",\"g1\"]}")));
    }

    @Test
    void coursePayloadFingerprintFollowsTheSentFields() {
        EdusignPayloads payloads = new EdusignPayloads(json);
        ZonedDateTime start = ZonedDateTime.of(2026, 6, 2, 9, 0, 0, 0, ZoneId.of("Europe/Paris"));
        SourceCourse course = SourceCourse.builder("E1").name("TD").start(start).end(start.plusHours(2)).room("B204").build();

        String base = Fingerprints.of(payloads.course(course, "a", List.of("p"), List.of("s1", "s2"), null));

        assertThat(Fingerprints.of(payloads.course(course, "a", List.of("p"), List.of("s1", "s2"), null))).isEqualTo(base);
        assertThat(List.of(
                payloads.course(course.toBuilder().room("B205").build(), "a", List.of("p"), List.of("s1", "s2"), null),
                payloads.course(course.toBuilder().start(start.plusHours(1)).build(), "a", List.of("p"), List.of("s1", "s2"), null),
                payloads.course(course, "a", List.of("p2"), List.of("s1", "s2"), null),
                payloads.course(course, "a", List.of("p"), List.of("s1"), null),
                payloads.course(course, "a", List.of("p"), List.of("s1", "s2"), List.of("g"))))
                .extracting(Fingerprints::of)
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }
}
