package org.edusignconnector.celcat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.course.SourceListing;
import org.edusignconnector.course.Text;
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.HttpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Celcat WebAPI transport: APICode and TimetableId headers, 0-based paging described by the
 * {@code Pagination} response header, and 404 meaning "no result" (an empty page).
 */
public class CelcatClient {

    public static final String SYSTEM = "celcat";
    private static final Logger LOG = LoggerFactory.getLogger(CelcatClient.class);

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final String baseUrl;
    private final String apiCode;
    private final String tenant;
    private final int pageSize;
    private final int maxItems;

    public CelcatClient(HttpGateway gateway, ObjectMapper json, String baseUrl, String apiCode, String tenant, int pageSize, int maxItems) {
        this.gateway = gateway;
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiCode = apiCode;
        this.tenant = tenant;
        this.pageSize = pageSize;
        this.maxItems = maxItems;
    }

    /** Every item of a paged list (see {@link SourceListing}); a notice is logged. */
    public List<JsonNode> list(String path, Map<String, String> query, String timetableId) {
        SourceListing.Result listing = listing(path, query, timetableId);
        listing.notices().forEach(n -> LOG.warn("tenant '{}': {}", tenant, n));
        return listing.items();
    }

    /**
     * Every item of a paged list, read to its first empty page (404 means empty), with what the
     * caller should record. A page must be a JSON array; the {@code Pagination} header, when
     * readable, announces the pages the list must reach.
     */
    public SourceListing.Result listing(String path, Map<String, String> query, String timetableId) {
        return SourceListing.read("Celcat GET " + path, pageSize, maxItems, page -> page(path, query, page, timetableId));
    }

    private SourceListing.Page page(String path, Map<String, String> query, int page, String timetableId) {
        HttpReply reply = get(path, query, page, timetableId);
        if (reply.status() == 404) {
            return SourceListing.Page.end();
        }
        if (reply.status() != 200) {
            throw new SourceDataException("Celcat answered " + reply.status() + " to GET " + path + " (page=" + page + "): " + Text.quote(reply.body()));
        }
        JsonNode body = parse(reply.body(), path, page);
        if (!body.isArray()) {
            throw new SourceDataException("Celcat answered GET " + path + " (page=" + page + ") with a " + body.getNodeType() + " instead of a list: "
                    + Text.quote(reply.body()));
        }
        List<JsonNode> items = new ArrayList<>();
        body.forEach(items::add);
        return new SourceListing.Page(items, totalPages(reply.header("Pagination")), false);
    }

    /** A register call ({@code GET} or {@code PUT /Registers/{id}}); its 404 and 500 are answers, not retried. */
    public HttpReply register(String method, RegisterId register, String body, String timetableId) {
        return gateway.execute(new HttpCall(SYSTEM, tenant, method, baseUrl + "/Registers/" + register, headers(timetableId), body, null)
                .answering(404, 500));
    }

    private HttpReply get(String path, Map<String, String> query, int page, String timetableId) {
        StringBuilder url = new StringBuilder(baseUrl).append(path).append('?');
        query.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        url.append("page=").append(page).append("&pageSize=").append(pageSize);
        return gateway.execute(HttpCall.get(SYSTEM, tenant, url.toString(), headers(timetableId)));
    }

    private Map<String, String> headers(String timetableId) {
        Map<String, String> h = new HashMap<>();
        h.put("TimetableId", timetableId);
        if (apiCode != null) {
            h.put("APICode", apiCode);
        }
        return h;
    }

    private JsonNode parse(String body, String path, int page) {
        try {
            JsonNode node = body == null ? null : json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new SourceDataException("Celcat answered GET " + path + " (page=" + page + ") with an empty body instead of a list");
            }
            return node;
        } catch (SourceDataException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceDataException("Celcat answered GET " + path + " (page=" + page + ") with malformed JSON: " + Text.quote(body), e);
        }
    }

    private Integer totalPages(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            JsonNode p = json.readTree(header);
            return p.hasNonNull("TotalPages") ? p.get("TotalPages").asInt() : null;
        } catch (Exception unreadable) {
            return null;
        }
    }

}
