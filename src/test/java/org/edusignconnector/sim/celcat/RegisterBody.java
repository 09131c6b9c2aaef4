package org.edusignconnector.sim.celcat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The shape-checked body of {@code PUT /Registers/{eventId}}; any shape error is a 400 naming the field. */
record RegisterBody(String eventId, List<StudentMark> marks, JsonNode raw) {

    /** One {@code StudentMarks} item; {@code MinsLate} defaults to 0, {@code Comments} may be null. */
    record StudentMark(int studentId, int markId, int minsLate, String comments) {
    }

    static RegisterBody parse(String body) {
        JsonNode root = Json.parse(body);
        if (!root.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object");
        }
        JsonNode eventId = root.get("EventId");
        if (eventId == null || !eventId.isTextual()) {
            throw ApiException.badRequest("EventId is required and must be a string");
        }
        JsonNode items = root.get("StudentMarks");
        if (items == null || !items.isArray()) {
            throw ApiException.badRequest("StudentMarks is required and must be an array");
        }
        List<StudentMark> marks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            marks.add(mark(items.get(i), "StudentMarks[" + i + "]"));
        }
        return new RegisterBody(eventId.asText(), List.copyOf(marks), root);
    }

    private static StudentMark mark(JsonNode item, String where) {
        if (!item.isObject()) {
            throw ApiException.badRequest(where + " must be an object");
        }
        int studentId = requiredInt(item, "StudentId", where);
        int markId = requiredInt(item, "MarkId", where);
        JsonNode mins = item.get("MinsLate");
        int minsLate = 0;
        if (mins != null && !mins.isNull()) {
            if (!mins.canConvertToInt() || !mins.isIntegralNumber() || mins.intValue() < 0) {
                throw ApiException.badRequest(where + ".MinsLate must be a non-negative integer");
            }
            minsLate = mins.intValue();
        }
        JsonNode comments = item.get("Comments");
        if (comments != null && !comments.isNull() && !comments.isTextual()) {
            throw ApiException.badRequest(where + ".Comments must be a string or null");
        }
        return new StudentMark(studentId, markId, minsLate,
                comments == null || comments.isNull() ? null : comments.asText());
    }

    private static int requiredInt(JsonNode item, String field, String where) {
        JsonNode value = item.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw ApiException.badRequest(where + "." + field + " is required and must be an integer");
        }
        return value.intValue();
    }
}
