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
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.HttpReply;

/**
 * Celcat WebAPI transport: APICode and TimetableId headers, 0-based paging described by the
 * {@code Pagination} response header, and 404 meaning "no result".
 */
public class CelcatClient {

    public static final String SYSTEM = "celcat";
    private static final int MAX_PAGES = 10_000;

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final String baseUrl;
    private final String apiCode;
    private final String tenant;
    private final int pageSize;

    public CelcatClient(HttpGateway gateway, ObjectMapper json, String baseUrl, String apiCode, String tenant, int pageSize) {
        this.gateway = gateway;
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiCode = apiCode;
        this.tenant = tenant;
        this.pageSize = pageSize;
    }

    /**
     * Every item of a paged list; empty on 404. A page is the last one when it is not full and the
     * {@code Pagination} header (when it is consistent) announces no more. A listing that ends
     * (404 or an empty page) before the pages it announced is incomplete: it fails, so that the
     * run never takes the missing courses for deleted ones.
     */
    public List<JsonNode> list(String path, Map<String, String> query, String timetableId) {
        List<JsonNode> items = new ArrayList<>();
        Integer announced = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            HttpReply reply = get(path, query, page, timetableId);
            if (reply.status() == 404) {
                return endOfListing(items, path, page, announced);
            }
            if (reply.status() != 200) {
                throw new SourceDataException("Celcat answered " + reply.status() + " to GET " + path + " (page=" + page + "): " + shorten(reply.body()));
            }
            JsonNode body = parse(reply.body(), path, page);
            if (!body.isArray()) {
                throw new SourceDataException("Celcat answered GET " + path + " (page=" + page + ") with a " + body.getNodeType() + " instead of a list");
            }
            if (body.isEmpty()) {
                return endOfListing(items, path, page, announced);
            }
            body.forEach(items::add);
            Integer totalPages = totalPages(reply.header("Pagination"));
            boolean consistent = totalPages != null && totalPages > page;
            if (consistent) {
                announced = totalPages;
            }
            boolean morePages = consistent && page + 1 < totalPages;
            if (!morePages && body.size() < pageSize) {
                return items;
            }
        }
        throw new SourceDataException("Celcat GET " + path + " did not end after " + MAX_PAGES + " pages");
    }

    private static List<JsonNode> endOfListing(List<JsonNode> items, String path, int page, Integer announced) {
        if (announced != null && page < announced) {
            throw new SourceDataException("Celcat GET " + path + " answered no item at page=" + page + " although it announced " + announced
                    + " pages: the listing is incomplete");
        }
        return items;
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
            throw new SourceDataException("Celcat answered GET " + path + " (page=" + page + ") with malformed JSON: " + shorten(body), e);
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

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }
}
