package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** API_IDs, remote content comparison, explicit course updates, archived people and the lost-answer settle time. */
class ContentAndIdsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void apiIdsAreOpaqueUrlSafeAndDeterministic() {
        String id = ApiIds.of("celcat", "acme", "course", "tt1/2026:ev 42");

        assertThat(id).startsWith("ec1-course-").matches("[a-z0-9-]+").hasSize("ec1-course-".length() + 32);
        assertThat(ApiIds.pathSafe(id)).isTrue();
        assertThat(ApiIds.of("celcat", "acme", "course", "tt1/2026:ev 42")).isEqualTo(id);
        assertThat(ApiIds.of("celcat", "beta", "course", "tt1/2026:ev 42")).isNotEqualTo(id);
        assertThat(ApiIds.of("celcat", "acme", "group", "tt1/2026:ev 42")).isNotEqualTo(id);
        assertThat(ApiIds.candidates("celcat", "acme", "course", "tt1/2026:ev 42")).containsExactly(id, "celcat:acme:course:tt1/2026:ev 42");
        assertThat(ApiIds.pathSafe("celcat:acme:course:tt1/2026:ev 42")).isFalse();
    }

    @Test
    void aCourseEdusignGivesBackInItsOwnFormHoldsWhatWeSend() {
        ObjectNode ours = course().put("START", "2026-03-30T07:45:00Z");
        ObjectNode theirs = (ObjectNode) course().put("START", "2026-03-30T07:45:00.000Z").put("LOCKED", 0).putNull("CLASSROOM");
        theirs.putArray("STUDENTS").addObject().put("studentId", "s2").put("state", false);
        theirs.withArray("STUDENTS").addObject().put("studentId", "s1");

        assertThat(RemoteContent.holds(ObjectKind.COURSE, ours, theirs)).isTrue();
        assertThat(RemoteContent.holds(ObjectKind.COURSE, ours, theirs.deepCopy().put("PROFESSOR_2", "p9"))).isFalse();
        assertThat(RemoteContent.holds(ObjectKind.COURSE, ours, theirs.deepCopy().put("NAME", "Maths 2"))).isFalse();
        ObjectNode noStudents = theirs.deepCopy();
        noStudents.remove("STUDENTS");
        assertThat(RemoteContent.holds(ObjectKind.COURSE, ours, noStudents)).as("unknown is not equal").isFalse();
    }

    @Test
    void aPersonHoldsWhatWeSendWhateverTheCaseOfTheEmail() {
        ObjectNode ours = json.createObjectNode().put("FIRSTNAME", "Léa").put("LASTNAME", "BERNARD").put("EMAIL", "lea@school.test").put("API_ID", "x");
        ObjectNode theirs = ours.deepCopy().put("EMAIL", "LEA@School.test").put("HIDDEN", 0);

        assertThat(RemoteContent.holds(ObjectKind.STUDENT, ours, theirs)).isTrue();
        assertThat(RemoteContent.holds(ObjectKind.STUDENT, ours, theirs.deepCopy().put("LASTNAME", "Bernard"))).isFalse();
    }

    @Test
    void anUpdateSendsEmptiedInstructorSlotsAndRoomExplicitly() {
        ObjectNode body = course();

        ObjectNode update = CourseUpdates.explicit(body, 1, 3);

        assertThat(update.has("PROFESSOR_2")).isTrue();
        assertThat(update.get("PROFESSOR_2").isNull()).isTrue();
        assertThat(update.get("PROFESSOR_3").isNull()).isTrue();
        assertThat(update.has("PROFESSOR_4")).isFalse();
        assertThat(update.get("CLASSROOM").isNull()).isTrue();
        assertThat(body.has("CLASSROOM")).as("the body itself is left as it was").isFalse();
        assertThat(CourseUpdates.explicit(body.deepCopy().put("CLASSROOM", "B204"), 1, null).get("CLASSROOM").asText()).isEqualTo("B204");
        assertThat(CourseUpdates.explicit(body, 1, null).has("PROFESSOR_" + CourseUpdates.UNKNOWN_PREVIOUS_SLOTS)).isTrue();
    }

    @Test
    void archivedReadsEveryFormEdusignUses() {
        assertThat(Archived.isArchived(json.createObjectNode().put("ID", "s").put("HIDDEN", 1))).isTrue();
        assertThat(Archived.isArchived(json.createObjectNode().put("ID", "s").put("HIDDEN", 0))).isFalse();
        assertThat(Archived.isArchived(json.createObjectNode().put("ID", "s").put("HIDDEN", true))).isTrue();
        ObjectNode professor = json.createObjectNode().put("ID", "p1");
        professor.putArray("HIDDEN").add("p1");
        assertThat(Archived.isArchived(professor)).isTrue();
        professor.putArray("HIDDEN").add("school-1");
        assertThat(Archived.isArchived(professor)).as("the school's id, as the simulator keeps it").isTrue();
        professor.putArray("HIDDEN");
        assertThat(Archived.isArchived(professor)).isFalse();
        assertThat(Archived.isArchived(json.createObjectNode().put("ID", "s"))).isFalse();
    }

    @Test
    void aLostAnswerSettlesForTheResponseTimeoutAndAMargin() {
        assertThat(LostAnswerSettle.of("", "throwExceptionOnFailure=false&connectTimeout=10000&responseTimeout=60000")).isEqualTo(Duration.ofSeconds(70));
        assertThat(LostAnswerSettle.of(null, "connectTimeout=1")).isEqualTo(Duration.ofSeconds(70));
        assertThat(LostAnswerSettle.of("250", "responseTimeout=60000")).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> LostAnswerSettle.of("-1", "")).isInstanceOf(IllegalArgumentException.class);
    }

    private ObjectNode course() {
        ObjectNode c = json.createObjectNode().put("NAME", "Maths").put("START", "2026-03-30T07:45:00Z").put("END", "2026-03-30T09:45:00Z")
                .put("PROFESSOR", "p1").put("API_ID", "ec1-course-1");
        c.putArray("STUDENTS").addObject().put("studentId", "s1");
        c.withArray("STUDENTS").addObject().put("studentId", "s2");
        return c;
    }
}
