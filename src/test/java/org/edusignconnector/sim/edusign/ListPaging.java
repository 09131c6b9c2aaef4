package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.stream.Stream;

/**
 * How one list route cuts its items into pages, strictly by default; the two quirks stand for servers seen
 * or feared in the wild: one that silently answers fewer items than the page size although more exist (the
 * rest comes on the next page), and one that answers its first page whatever page was asked.
 */
final class ListPaging {

    private int cap = Integer.MAX_VALUE;
    private boolean ignoresPage;

    synchronized void cap(int itemsPerPage) {
        if (itemsPerPage < 1) {
            throw new IllegalArgumentException("a page cap must be >= 1");
        }
        cap = itemsPerPage;
    }

    synchronized void ignorePage() {
        ignoresPage = true;
    }

    /** Page {@code page} (0-based) of {@code items}, {@code pageSize} a page unless capped; items are copied. */
    synchronized ArrayNode page(Stream<? extends JsonNode> items, int page, int pageSize) {
        int size = Math.min(pageSize, cap);
        ArrayNode result = Json.array();
        items.skip(ignoresPage ? 0 : (long) page * size)
                .limit(size)
                .forEach(item -> result.add(item.deepCopy()));
        return result;
    }
}
