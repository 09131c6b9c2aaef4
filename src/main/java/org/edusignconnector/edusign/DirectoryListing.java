package org.edusignconnector.edusign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.PersonRules;
import org.edusignconnector.ledger.ObjectKind;

/**
 * One kind's list as {@link EdusignDirectory} read it: its items indexed by API_ID, e-mail and id, or the
 * reason it cannot be relied on ({@link #problem}), in which case nothing is indexed so that no caller
 * takes "not in the list" for "absent". Not thread-safe: the directory guards it.
 */
final class DirectoryListing {

    static final int MAX_PAGES = 20_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DirectoryListing.class);

    final Map<String, JsonNode> byApiId = new HashMap<>();
    final Map<String, JsonNode> byEmail = new HashMap<>();
    final Map<String, JsonNode> byId = new HashMap<>();
    String problem;
    boolean problemReported;
    int pages;

    /** Reads every page of the kind's list (courses: {@code firstDay}..{@code lastDay}). */
    static DirectoryListing read(EdusignApi api, ObjectKind kind, LocalDate firstDay, LocalDate lastDay) {
        DirectoryListing listing = new DirectoryListing();
        List<JsonNode> items = new ArrayList<>();
        try {
            for (String path : ListPaths.of(kind, firstDay, lastDay)) {
                PagedList.Read read = PagedList.read(api, path, MAX_PAGES);
                listing.pages += read.pages();
                items.addAll(read.items());
                if (!read.usable()) {
                    listing.problem = read.problem();
                    break;
                }
            }
        } catch (EdusignBusinessException | EdusignUnknownAnswerException refused) {
            listing.problem = refused.getMessage();
        }
        if (listing.problem == null && !items.isEmpty() && items.stream().noneMatch(i -> i.has("API_ID"))) {
            listing.problem = "the " + kind.path() + " list does not carry API_ID";
        }
        if (listing.problem != null) {
            LOG.warn("{}: the {} list cannot be relied on ({}); {}s are looked up one by one this run", api, kind.path(),
                    listing.problem, kind.path());
            return listing;
        }
        items.forEach(listing::index);
        return listing;
    }

    /** An object this run created or adopted, so that a later lookup in the same run finds it. */
    void add(String apiId, String email, JsonNode object) {
        if (apiId != null) {
            byApiId.putIfAbsent(apiId, object);
        }
        String id = EdusignApi.idOrNull(object);
        if (id != null) {
            byId.put(id, object);
        }
        String key = PersonRules.normaliseEmail(email);
        if (key != null) {
            byEmail.putIfAbsent(key, object);
        }
    }

    private void index(JsonNode item) {
        String apiId = item.path("API_ID").asText(null);
        if (apiId != null && !apiId.isEmpty()) {
            byApiId.merge(apiId, item, DirectoryListing::preferLive);
        }
        String email = PersonRules.normaliseEmail(item.path("EMAIL").asText(null));
        if (email != null && !email.isEmpty()) {
            byEmail.merge(email, item, DirectoryListing::preferLive);
        }
        String id = EdusignApi.idOrNull(item);
        if (id != null) {
            byId.put(id, item);
        }
    }

    /** Two objects with one API_ID or e-mail: the one not archived is the one a write should meet. */
    private static JsonNode preferLive(JsonNode first, JsonNode second) {
        return Archived.isArchived(first) && !Archived.isArchived(second) ? second : first;
    }
}
