package org.edusignconnector.celcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Marks set into the register CAWS answered: only the changed ones flagged Modified; nothing to write when all are there. */
class RegisterMarksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode register() throws Exception {
        return JSON.readTree("""
                {"EventId":150021,"Week":25,"ActivityId":7,"RegisterNotes":"salle changée","Modified":false,"StudentMarks":[
                 {"StudentId":9001,"MarkId":null,"MinsLate":0,"Comments":null,"Modified":false},
                 {"StudentId":9002,"MarkId":2,"MinsLate":0,"Comments":"malade","Modified":false},
                 {"StudentId":9004,"MarkId":null,"MinsLate":0,"Comments":null,"Modified":false}]}""");
    }

    @Test
    void changedMarksAreSetAndFlaggedTheRestOfTheRegisterIsKept() throws Exception {
        Optional<ObjectNode> put = RegisterMarks.apply(register(), List.of(new RegisterMarks.Mark(9001, 3, 12, "bus"),
                new RegisterMarks.Mark(9002, 2, 0, null)));

        assertThat(put).isPresent();
        ObjectNode r = put.get();
        assertThat(r.get("Modified").asBoolean()).isTrue();
        assertThat(r.get("ActivityId").asInt()).isEqualTo(7);
        assertThat(r.get("RegisterNotes").asText()).isEqualTo("salle changée");
        assertThat(r.get("StudentMarks").get(0).toString())
                .isEqualTo("{\"StudentId\":9001,\"MarkId\":3,\"MinsLate\":12,\"Comments\":\"bus\",\"Modified\":true}");
        assertThat(r.get("StudentMarks").get(1).get("Modified").asBoolean()).as("already held: not flagged").isFalse();
        assertThat(r.get("StudentMarks").get(1).get("Comments").asText()).as("no Edusign comment: Celcat's is kept").isEqualTo("malade");
        assertThat(r.get("StudentMarks").get(2).get("Modified").asBoolean()).isFalse();
    }

    @Test
    void aRegisterHoldingEveryMarkNeedsNoWrite() throws Exception {
        ObjectNode written = RegisterMarks.apply(register(), List.of(new RegisterMarks.Mark(9001, 1, 0, null))).orElseThrow();

        assertThat(RegisterMarks.apply(written, List.of(new RegisterMarks.Mark(9001, 1, 0, null)))).isEmpty();
        assertThat(RegisterMarks.apply(written, List.of(new RegisterMarks.Mark(9001, 2, 0, null)))).isPresent();
        assertThat(RegisterMarks.apply(written, List.of(new RegisterMarks.Mark(9001, 1, 0, "oubli")))).as("a new comment").isPresent();
    }

    @Test
    void aLearnerMissingFromTheRegisterIsAddedFlagged() throws Exception {
        ObjectNode r = RegisterMarks.apply(register(), List.of(new RegisterMarks.Mark(9003, 1, 0, null))).orElseThrow();

        assertThat(r.get("StudentMarks")).hasSize(4);
        assertThat(r.get("StudentMarks").get(3).get("StudentId").asInt()).isEqualTo(9003);
        assertThat(r.get("StudentMarks").get(3).get("Modified").asBoolean()).isTrue();
    }

    @Test
    void somethingThatIsNotARegisterIsRefused() throws Exception {
        assertThatThrownBy(() -> RegisterMarks.apply(JSON.readTree("[]"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegisterMarks.apply(JSON.readTree("{\"StudentMarks\":3}"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StudentMarks");
    }
}
