package org.edusignconnector.sim.celcat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.edusignconnector.sim.common.ApiException;
import org.edusignconnector.sim.common.SimJson;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/** Celcat list paging: {@code page} 0-based (default 0), {@code pageSize} 1..1000 (default 100). */
record Paging(int page, int pageSize) {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;
    private static final String PAGE_SIZE_MESSAGE = "pageSize must be between 1 and " + MAX_PAGE_SIZE;

    static Paging from(SimRequest request) {
        int pageSize = request.param("pageSize").map(v -> parse(v, PAGE_SIZE_MESSAGE)).orElse(DEFAULT_PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiException.badRequest(PAGE_SIZE_MESSAGE);
        }
        int page = request.param("page").map(v -> parse(v, "page must be a non-negative integer")).orElse(0);
        if (page < 0) {
            throw ApiException.badRequest("page must be a non-negative integer");
        }
        return new Paging(page, pageSize);
    }

    /**
     * One page of {@code rows} as a bare array with the {@code Pagination} header;
     * 404 (empty) when the page is beyond the last one, which includes any page of an empty list.
     * A {@link ListQuirks quirk} may serve fewer rows, or the first page whatever was asked.
     */
    SimResponse respond(List<? extends JsonNode> rows, ListQuirks quirks) {
        int served = quirks.servedSize(pageSize);
        int servedPage = quirks.servedPage(page);
        int totalPages = (rows.size() + pageSize - 1) / pageSize;
        int servedPages = (rows.size() + served - 1) / served;
        if (servedPage >= servedPages) {
            return SimResponse.empty(404);
        }
        ArrayNode body = SimJson.array();
        int from = servedPage * served;
        body.addAll(rows.subList(from, Math.min(rows.size(), from + served)));
        return SimResponse.json(200, body).withHeader("Pagination", header(rows.size(), totalPages));
    }

    String header(int totalRows, int totalPages) {
        return SimJson.write(SimJson.object().put("TotalRows", totalRows).put("TotalPages", totalPages)
                .put("CurrentPage", page));
    }

    private static int parse(String value, String message) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(message);
        }
    }
}
