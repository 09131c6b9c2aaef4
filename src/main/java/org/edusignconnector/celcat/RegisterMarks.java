package org.edusignconnector.celcat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sets the learners' marks into a register as CAWS answered it, the way CAWS takes it back: the whole
 * register, each changed mark (and the register) flagged {@code Modified: true}, the rest untouched.
 * A register that already holds every mark needs no write: that is how a write whose answer was lost
 * is found to have landed.
 */
public final class RegisterMarks {

    /** One learner's mark as the connector wants it; a null comment leaves the register's comment as it is. */
    public record Mark(int studentId, int markId, int minsLate, String comments) {
    }

    private RegisterMarks() {
    }

    /** The register to {@code PUT}, with those marks set; empty when it already holds them all. */
    public static Optional<ObjectNode> apply(JsonNode register, List<Mark> marks) {
        if (register == null || !register.isObject()) {
            throw new IllegalArgumentException("the register is not a JSON object");
        }
        ObjectNode updated = ((ObjectNode) register).deepCopy();
        JsonNode existing = updated.get("StudentMarks");
        if (existing != null && !existing.isNull() && !existing.isArray()) {
            throw new IllegalArgumentException("the register's StudentMarks is not a list");
        }
        ArrayNode studentMarks = existing == null || existing.isNull() ? updated.putArray("StudentMarks") : (ArrayNode) existing;
        boolean changed = false;
        for (Mark mark : marks) {
            ObjectNode item = find(studentMarks, mark.studentId());
            if (item == null) {
                item = studentMarks.addObject().put("StudentId", mark.studentId()).putNull("MarkId").put("MinsLate", 0).putNull("Comments");
            } else if (holds(item, mark)) {
                continue;
            }
            item.put("MarkId", mark.markId()).put("MinsLate", mark.minsLate()).put("Modified", true);
            if (mark.comments() != null) {
                item.put("Comments", mark.comments());
            }
            changed = true;
        }
        if (!changed) {
            return Optional.empty();
        }
        updated.put("Modified", true);
        return Optional.of(updated);
    }

    private static boolean holds(ObjectNode item, Mark mark) {
        JsonNode markId = item.get("MarkId");
        return markId != null && markId.canConvertToInt() && markId.asInt() == mark.markId()
                && item.path("MinsLate").asInt(0) == mark.minsLate()
                && (mark.comments() == null || Objects.equals(mark.comments(), item.path("Comments").textValue()));
    }

    private static ObjectNode find(ArrayNode studentMarks, int studentId) {
        for (JsonNode item : studentMarks) {
            if (item.isObject() && item.path("StudentId").canConvertToInt() && item.get("StudentId").asInt() == studentId) {
                return (ObjectNode) item;
            }
        }
        return null;
    }
}
