package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A routed, authenticated request: the decoded path wildcards, the decoded query parameters and the JSON body
 * (null when none).
 */
record ApiCall(String method, List<String> pathParams, Map<String, String> query, JsonNode body) {

    String pathParam(int index) {
        return pathParams.get(index);
    }

    /**
     * The object wrapped under {@code wrapper} ({@code {"course":{...}}}); other top-level keys must be in
     * {@code allowedSiblings}.
     */
    ObjectNode wrapped(String wrapper, Set<String> allowedSiblings) {
        if (body == null) {
            throw new EdusignError("Missing request body: expected {\"" + wrapper + "\":{...}}");
        }
        if (!body.isObject()) {
            throw new EdusignError("Request body must be a JSON object");
        }
        JsonNode inner = body.get(wrapper);
        if (inner == null || inner.isNull()) {
            throw new EdusignError("Missing field: " + wrapper + " (body must be {\"" + wrapper + "\":{...}})");
        }
        if (!inner.isObject()) {
            throw new EdusignError(wrapper + " must be an object");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals(wrapper) && !allowedSiblings.contains(key)) {
                throw new EdusignError("Unknown field: " + key);
            }
        }
        return (ObjectNode) inner;
    }

    /** A 0-based {@code page} query parameter; absent = 0. */
    int page() {
        String raw = query.get("page");
        if (raw == null || raw.isEmpty()) {
            return 0;
        }
        return pageNumber(raw);
    }

    /** A 0-based {@code page} query parameter that must be there (the professor list, per MC). */
    int requiredPage() {
        String raw = query.get("page");
        if (raw == null || raw.isEmpty()) {
            throw new EdusignError("page is required");
        }
        return pageNumber(raw);
    }

    /** Refuses any query parameter outside {@code names}, as the course and student lists do. */
    void onlyQueryParameters(Set<String> names) {
        for (String name : query.keySet()) {
            if (!names.contains(name)) {
                throw new EdusignError("Unsupported query parameter: " + name);
            }
        }
    }

    private static int pageNumber(String raw) {
        try {
            int page = Integer.parseInt(raw);
            if (page >= 0) {
                return page;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new EdusignError("page must be a non-negative integer");
    }
}
