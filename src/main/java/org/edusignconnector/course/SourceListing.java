package org.edusignconnector.course;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How every paged list of a source is read, Celcat and FCA Manager alike. Pages are read until
 * one comes back empty: a short page is not taken for the last one, since a server that silently
 * caps its pages answers short pages in the middle of a list. A page identical to the one before
 * means the server ignores {@code page}: reading stops there, with a notice, instead of looping.
 * A list that ends before the pages it announced, or grows beyond the tenant's limit, is refused.
 * <p>
 * Not shared with Edusign's paged reads (edusign's PagedList), although both read to the first
 * empty page: there a page repeats when it brings no id not seen before, items are deduplicated,
 * pages are capped, and a list that does not page is an answer the caller works around (object by
 * object); here a page repeats when it equals the previous one, announced totals and bare arrays
 * count, items are capped, and a broken list fails the run or keeps it from deleting. A common
 * loop would need a hook for each of these, more code than the few lines it would save.
 */
public final class SourceListing {

    /**
     * One page as answered. {@code items} empty means the list ended (Celcat's 404 included);
     * {@code announcedPages} is the total the server announced, null when none or not a number;
     * {@code unpaged} means the answer was a whole list that does not page (FCA's bare array).
     */
    public record Page(List<JsonNode> items, Integer announcedPages, boolean unpaged) {
        public static Page end() {
            return new Page(List.of(), null, false);
        }
    }

    /**
     * Every item read. {@code complete} is false when reading stopped on a repeated page that was
     * full: items beyond it may exist, so the run must not take what is missing for deleted.
     */
    public record Result(List<JsonNode> items, List<String> notices, boolean complete) {
    }

    private SourceListing() {
    }

    /**
     * @param call      what is read, for messages, e.g. "Celcat GET /Events"
     * @param pageSize  the page size asked for
     * @param maxItems  more items than this fails the read (a source answering without end)
     * @param pages     reads page n (0-based)
     */
    public static Result read(String call, int pageSize, int maxItems, IntFunction<Page> pages) {
        List<JsonNode> items = new ArrayList<>();
        Integer announced = null;
        List<JsonNode> previous = null;
        for (int page = 0; ; page++) {
            Page answer = pages.apply(page);
            if (answer.items().isEmpty()) {
                if (announced != null && page < announced) {
                    throw new SourceDataException(call + " answered no item at page=" + page + " although it announced " + announced
                            + " pages: the listing is incomplete");
                }
                return new Result(items, List.of(), true);
            }
            if (answer.items().equals(previous)) {
                boolean full = previous.size() >= pageSize;
                return new Result(items, List.of(call + " answered page=" + page + " identical to page=" + (page - 1)
                        + ": it ignores the page asked, so reading stopped at " + items.size() + " items"
                        + (full ? "; the list may be longer, so nothing is deleted this run" : "")), !full);
            }
            items.addAll(answer.items());
            if (items.size() > maxItems) {
                throw new SourceDataException(call + " answered more than " + maxItems + " items (page=" + page
                        + "): refused as a listing without end; raise the tenant's limit if the school is really that large");
            }
            if (answer.unpaged()) {
                return new Result(items, List.of(), true);
            }
            Integer total = answer.announcedPages();
            if (total != null && total > page) {
                announced = total;
            }
            previous = answer.items();
        }
    }
}
