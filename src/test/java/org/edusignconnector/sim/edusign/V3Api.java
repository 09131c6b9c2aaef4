package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The v3 BETA batch upserts (DOC-V3), on the same school state as v1: {@code POST /v3/{students|professors|groups|
 * courses}/batch-upsert} with {@code {"items":[...]}} (1 to 1000). The envelope is not documented; this simulator
 * answers real HTTP statuses: 200 {@code {"results":[...]}} when every item took, 207 the same when some did not
 * (each result {@code inputIndex}, {@code success}, then {@code id}, {@code externalReferenceId}, {@code action}
 * CREATED|UPDATED, or {@code code} and {@code message}); 400 {@code {"code","message"}} for a request refused whole.
 */
final class V3Api {

    static final int MAX_ITEMS = 1000;

    /** The per-item codes DOC-V3 lists (courses, then people): the only ones a test may make the simulator answer. */
    static final Set<String> ITEM_CODES = Set.of("VALIDATION_ERROR", "COURSE_NOT_FOUND", "ARCHIVED_COURSE_EXISTS", "PROFESSORS_NOT_FOUND",
            "MAX_STUDENTS_EXCEEDED", "INVALID_DATE_RANGE", "DUPLICATE_IN_REQUEST", "AMBIGUOUS_PROFESSOR_IDENTIFIER");

    private static final Map<String, BiFunction<SchoolState, ObjectNode, V3Result>> KINDS = Map.of(
            "students", V3People::student, "professors", V3People::professor,
            "groups", V3Groups::group, "courses", V3Courses::course);

    private V3Api() {
    }

    static boolean handles(String path) {
        return path.startsWith("/v3/");
    }

    static SimResponse respond(String method, String path, JsonNode body, SchoolState school, V3Idempotency idempotency) {
        return respond(method, path, body, school, idempotency, null);
    }

    /** As above, refusing the items {@code refusal} matches (a test's fault) instead of applying them; null refuses none. */
    static SimResponse respond(String method, String path, JsonNode body, SchoolState school, V3Idempotency idempotency,
                               Fault.V3ItemsRefused refusal) {
        List<String> segments = RequestPipeline.segments(path);
        if (segments == null || segments.size() != 3 || !KINDS.containsKey(segments.get(1))
                || !segments.get(2).equals("batch-upsert") || !method.equals("POST")) {
            return refusal(404, "NOT_FOUND", "no route " + method + " " + path);
        }
        if (body == null || !body.isObject() || !body.path("items").isArray() || body.size() != 1) {
            return refusal(400, "VALIDATION_ERROR", "the body must be {\"items\":[...]}");
        }
        JsonNode items = body.get("items");
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            return refusal(400, "VALIDATION_ERROR", "items must hold 1 to " + MAX_ITEMS + " entries, got " + items.size());
        }
        String key = school.apiKey() + " " + path + " " + body;
        long now = idempotency.now();
        return school.atomically(() -> {
            SimResponse earlier = idempotency.repeated(key, now);
            if (earlier != null) {
                return earlier;
            }
            SimResponse answer = apply(KINDS.get(segments.get(1)), items, school, refusal);
            idempotency.remember(key, now, answer);
            return answer;
        });
    }

    private static SimResponse apply(BiFunction<SchoolState, ObjectNode, V3Result> upsert, JsonNode items, SchoolState school,
                                     Fault.V3ItemsRefused refusal) {
        List<ObjectNode> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean allTook = true;
        for (int i = 0; i < items.size(); i++) {
            ObjectNode result = Json.object();
            result.put("inputIndex", i);
            try {
                if (!items.get(i).isObject()) {
                    throw new V3ItemError("VALIDATION_ERROR", "an item must be an object");
                }
                ObjectNode item = (ObjectNode) items.get(i);
                String identity = identity(item);
                if (identity != null && !seen.add(identity)) {
                    throw new V3ItemError("DUPLICATE_IN_REQUEST", "an earlier item of this request has the same " + identity);
                }
                if (refusal != null && refusal.refused().test(item)) {
                    throw new V3ItemError(refusal.code(), refusal.message());
                }
                V3Result done = upsert.apply(school, item);
                result.put("success", true);
                result.put("id", done.id());
                if (done.externalReferenceId() != null) {
                    result.put("externalReferenceId", done.externalReferenceId());
                }
                result.put("action", done.created() ? "CREATED" : "UPDATED");
            } catch (V3ItemError e) {
                allTook = false;
                result.put("success", false);
                result.put("code", e.code());
                result.put("message", e.getMessage());
            }
            results.add(result);
        }
        if (school.quirks().v3ResultsReversedOn()) {
            java.util.Collections.reverse(results);
        }
        ObjectNode answer = Json.object();
        ArrayNode array = answer.putArray("results");
        results.forEach(array::add);
        return SimResponse.json(allTook ? 200 : 207, answer, allTook ? "success" : "partial", null);
    }

    /** What makes two items of one request the same object: its external reference or its Edusign id. */
    private static String identity(ObjectNode item) {
        if (item.path("externalReferenceId").isTextual()) {
            return "externalReferenceId " + item.get("externalReferenceId").asText();
        }
        for (String field : List.of("studentId", "professorId", "groupId", "courseId")) {
            if (item.path(field).isTextual()) {
                return field + " " + item.get(field).asText();
            }
        }
        return null;
    }

    private static SimResponse refusal(int status, String code, String message) {
        ObjectNode body = Json.object();
        body.put("code", code);
        body.put("message", message);
        return SimResponse.json(status, body, "error", message);
    }
}
