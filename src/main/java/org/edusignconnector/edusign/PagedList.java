package org.edusignconnector.edusign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One of Edusign's paged lists read to its end: pages 0, 1, ... until the first empty page (a short page
 * does not end it: a page silently capped below its size must not hide the rest). A page that brings
 * nothing not seen before means the list does not page as asked (it ignores {@code page}); a list longer
 * than {@code maxPages} is not read further. Either way the read is {@linkplain Read#usable() unusable}
 * and says why: a caller that relies on it to find what exists must then ask object by object.
 */
public final class PagedList {

    /** What was read, and why it cannot be relied on ({@code problem}), if so. */
    public record Read(List<JsonNode> items, int pages, String problem) {
        public boolean usable() {
            return problem == null;
        }
    }

    public static final String PAGE = "{page}";

    private PagedList() {
    }

    /** Reads {@code path} to its end; {@value #PAGE} in it stands for the page number. */
    public static Read read(EdusignApi api, String path, int maxPages) {
        List<JsonNode> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < maxPages; page++) {
            JsonNode result = api.get(path.replace(PAGE, String.valueOf(page)));
            if (result == null || !result.isArray()) {
                return new Read(items, page + 1, "page " + page + " of " + path + " is not a list but "
                        + (result == null ? "nothing" : result.getNodeType()));
            }
            if (result.isEmpty()) {
                return new Read(items, page + 1, null);
            }
            boolean news = false;
            for (JsonNode item : result) {
                String id = EdusignApi.idOrNull(item);
                boolean fresh = id == null ? !items.contains(item) : seen.add(id);
                if (fresh) {
                    items.add(item);
                    news = true;
                }
            }
            if (!news) {
                return new Read(items, page + 1, "page " + page + " of " + path
                        + " repeats what earlier pages listed: the list does not page as asked");
            }
        }
        return new Read(items, maxPages, path + " did not end within " + maxPages + " pages");
    }
}
