package org.edusignconnector.sim.celcat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.edusignconnector.sim.common.ApiException;

/**
 * The shape-checked body of {@code PUT Registers/{id}}: the whole register, as {@code GET} gave it.
 * A partial body (the old {@code {EventId, StudentMarks}} form) is refused: any shape error is a 400
 * naming the field.
 */
record RegisterBody(long eventId, int week, boolean modified, String registerNotes, List<StudentMark> marks) {

    /** One {@code StudentMarks} item; {@code MarkId} may be null only on a mark that is not modified. */
    record StudentMark(int studentId, Integer markId, int minsLate, String comments, boolean modified) {
    }

    static RegisterBody parse(String body) {
        JsonNode root = WebApi.DIALECT.parseBody(body);
        if (!root.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object");
        }
        JsonNode eventId = root.get("EventId");
        if (eventId == null || !eventId.isIntegralNumber()) {
            throw ApiException.badRequest("EventId is required and must be an integer (the register's event number)");
        }
        int week = requiredInt(root, "Week", "register");
        boolean modified = requiredBoolean(root, "Modified", "register");
        JsonNode notes = root.get("RegisterNotes");
        if (notes != null && !notes.isNull() && !notes.isTextual()) {
            throw ApiException.badRequest("RegisterNotes must be a string or null");
        }
        JsonNode items = root.get("StudentMarks");
        if (items == null || !items.isArray()) {
            throw ApiException.badRequest("StudentMarks is required and must be an array");
        }
        List<StudentMark> marks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            marks.add(mark(items.get(i), "StudentMarks[" + i + "]"));
        }
        return new RegisterBody(eventId.asLong(), week, modified, notes == null || notes.isNull() ? null : notes.asText(),
                List.copyOf(marks));
    }

    private static StudentMark mark(JsonNode item, String where) {
        if (!item.isObject()) {
            throw ApiException.badRequest(where + " must be an object");
        }
        int studentId = requiredInt(item, "StudentId", where);
        JsonNode markId = item.get("MarkId");
        if (markId == null || !(markId.isNull() || markId.isIntegralNumber() && markId.canConvertToInt())) {
            throw ApiException.badRequest(where + ".MarkId is required and must be an integer or null");
        }
        int minsLate = requiredInt(item, "MinsLate", where);
        if (minsLate < 0) {
            throw ApiException.badRequest(where + ".MinsLate must be a non-negative integer");
        }
        JsonNode comments = item.get("Comments");
        if (comments != null && !comments.isNull() && !comments.isTextual()) {
            throw ApiException.badRequest(where + ".Comments must be a string or null");
        }
        boolean modified = requiredBoolean(item, "Modified", where);
        if (modified && markId.isNull()) {
            throw ApiException.badRequest(where + ".MarkId is required on a modified mark (StudentId " + studentId + ")");
        }
        return new StudentMark(studentId, markId.isNull() ? null : markId.intValue(), minsLate,
                comments == null || comments.isNull() ? null : comments.asText(), modified);
    }

    private static int requiredInt(JsonNode item, String field, String where) {
        JsonNode value = item.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw ApiException.badRequest(where + "." + field + " is required and must be an integer");
        }
        return value.intValue();
    }

    private static boolean requiredBoolean(JsonNode item, String field, String where) {
        JsonNode value = item.get(field);
        if (value == null || !value.isBoolean()) {
            throw ApiException.badRequest(where + "." + field + " is required and must be true or false");
        }
        return value.booleanValue();
    }
}
