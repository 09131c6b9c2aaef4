package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.edusignconnector.sim.common.ApiException;
import org.edusignconnector.sim.common.SimJson;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/**
 * FCA list paging: {@code page} 0-based (default 0), {@code size} 1..500 (default 200).
 * Answers {@code {"items":[...],"page":p,"totalPages":n}}; totalPages is at least 1, a page beyond it has no items.
 * Every list is paged so (the contract: "Lists are paged"); {@link ListQuirks} switches other shapes on.
 */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 200;
    static final int MAX_SIZE = 500;
    static final String SIZE_MESSAGE = "size doit être compris entre 1 et " + MAX_SIZE;
    static final String PAGE_MESSAGE = "page doit être un entier positif ou nul";

    static Paging from(SimRequest request) {
        int size = request.param("size").map(v -> parse(v, SIZE_MESSAGE)).orElse(DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest(SIZE_MESSAGE);
        }
        int page = request.param("page").map(v -> parse(v, PAGE_MESSAGE)).orElse(0);
        if (page < 0) {
            throw ApiException.badRequest(PAGE_MESSAGE);
        }
        return new Paging(page, size);
    }

    /** The page of {@code rows}, as the contract says, unless a {@link ListQuirks quirk} is on. */
    SimResponse respond(List<? extends JsonNode> rows, ListQuirks quirks) {
        if (quirks.bareArrays()) {
            return SimResponse.json(200, SimJson.array().addAll(rows));
        }
        int totalPages = Math.max(1, (rows.size() + size - 1) / size);
        int served = quirks.servedSize(size);
        ObjectNode body = SimJson.object();
        long from = (long) quirks.servedPage(page) * served;
        if (from < rows.size()) {
            body.putArray("items").addAll(rows.subList((int) from, (int) Math.min(rows.size(), from + served)));
        } else {
            body.putArray("items");
        }
        body.put("page", page);
        body.put("totalPages", totalPages);
        return SimResponse.json(200, body);
    }

    private static int parse(String value, String message) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(message);
        }
    }
}
