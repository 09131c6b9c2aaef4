package org.edusignconnector.sim.celcat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.edusignconnector.sim.common.SimJson;

/**
 * The register document CAWS serves ({@code EventId}, {@code Week}, {@code ActivityId}, {@code RegisterNotes},
 * {@code Modified}, {@code StudentMarks[]} of {@code StudentId}, {@code MarkId}, {@code MinsLate},
 * {@code Comments}, {@code Modified}) and how a {@code PUT} of it is applied: only what is flagged
 * {@code Modified: true} changes; what is stored carries no flag.
 */
final class Registers {

    private Registers() {
    }

    /** A register never written: every learner of the event, unmarked. */
    static ObjectNode fresh(RegisterKey key, Set<Integer> learners) {
        ObjectNode register = SimJson.object().put("EventId", key.eventNumber()).put("Week", key.week()).put("ActivityId", 0)
                .put("RegisterNotes", "").put("Modified", false);
        ArrayNode marks = register.putArray("StudentMarks");
        for (int learner : learners) {
            marks.addObject().put("StudentId", learner).putNull("MarkId").put("MinsLate", 0).putNull("Comments").put("Modified", false);
        }
        return register;
    }

    /** The stored register after a checked PUT: its modified marks (and notes) taken, every flag cleared. */
    static ObjectNode apply(ObjectNode current, RegisterBody put) {
        ObjectNode stored = current.deepCopy();
        if (put.modified() && put.registerNotes() != null) {
            stored.put("RegisterNotes", put.registerNotes());
        }
        ArrayNode marks = (ArrayNode) stored.get("StudentMarks");
        for (RegisterBody.StudentMark mark : put.marks()) {
            if (!mark.modified()) {
                continue;
            }
            ObjectNode item = find(marks, mark.studentId());
            if (item == null) {
                item = marks.addObject().put("StudentId", mark.studentId());
            }
            item.put("MarkId", mark.markId()).put("MinsLate", mark.minsLate()).put("Comments", mark.comments()).put("Modified", false);
        }
        stored.put("Modified", false);
        return stored;
    }

    private static ObjectNode find(ArrayNode marks, int studentId) {
        for (JsonNode item : marks) {
            if (item.get("StudentId").asInt() == studentId) {
                return (ObjectNode) item;
            }
        }
        return null;
    }
}
