package org.edusignconnector.edusign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the answer to one v3 batch upsert into one {@link V3ItemOutcome} per item sent. The reference gives
 * the statuses (200 all taken, 207 some refused, 4xx the request refused whole) and per-item {@code inputIndex}
 * and codes, not the envelope: results are looked for under {@code results}, {@code data}, {@code items} or
 * {@code result}, or as the body itself, and matched by {@code inputIndex} only (never by position). An item the
 * answer does not speak of, or of which it says something not understood, is UNKNOWN — never taken for created.
 */
final class V3BatchAnswer {

    private static final List<String> RESULT_LISTS = List.of("results", "data", "items", "result");

    private V3BatchAnswer() {
    }

    static List<V3ItemOutcome> read(int status, JsonNode body, int itemCount) {
        if (status >= 400) {
            String code = body == null ? null : text(body, "code", "errorCode");
            String message = body == null ? null : text(body, "message", "error");
            List<V3ItemOutcome> refused = new ArrayList<>();
            for (int i = 0; i < itemCount; i++) {
                refused.add(V3ItemOutcome.refused(i, code == null ? "HTTP_" + status : code,
                        "the whole batch was refused with HTTP " + status + (message == null ? "" : ": " + message)));
            }
            return refused;
        }
        Map<Integer, V3ItemOutcome> byIndex = new HashMap<>();
        JsonNode results = results(body);
        if (results != null) {
            for (JsonNode r : results) {
                JsonNode index = r.get("inputIndex");
                if (index != null && index.canConvertToInt() && index.asInt() >= 0 && index.asInt() < itemCount) {
                    byIndex.putIfAbsent(index.asInt(), outcome(index.asInt(), r));
                }
            }
        }
        List<V3ItemOutcome> out = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            out.add(byIndex.getOrDefault(i, V3ItemOutcome.unknown(i, "HTTP " + status + " without a result for this item")));
        }
        return out;
    }

    private static JsonNode results(JsonNode body) {
        if (body == null) {
            return null;
        }
        if (body.isArray()) {
            return body;
        }
        for (String name : RESULT_LISTS) {
            if (body.path(name).isArray()) {
                return body.get(name);
            }
        }
        return null;
    }

    private static V3ItemOutcome outcome(int index, JsonNode r) {
        String code = text(r, "code", "errorCode");
        Boolean success = r.path("success").isBoolean() ? r.get("success").asBoolean() : null;
        String status = text(r, "status");
        boolean refused = Boolean.FALSE.equals(success) || code != null || "error".equalsIgnoreCase(status) || "failed".equalsIgnoreCase(status);
        if (refused) {
            return V3ItemOutcome.refused(index, code == null ? "UNSPECIFIED" : code, text(r, "message", "error"));
        }
        String id = text(r, "id", "ID", "courseId", "studentId", "professorId", "groupId");
        if (id == null) {
            return V3ItemOutcome.unknown(index, "a result without the object's id");
        }
        String action = text(r, "action", "operation", "status");
        return V3ItemOutcome.taken(index, id, action != null && action.toLowerCase(java.util.Locale.ROOT).startsWith("creat"));
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}
