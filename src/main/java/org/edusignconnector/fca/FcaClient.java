package org.edusignconnector.fca;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.HttpReply;
import org.edusignconnector.http.ProxySettings;

/**
 * FCA Manager transport: HTTP Basic on every call, {@code ?page=&size=} paging answered as
 * {@code {items, page, totalPages}}, and the tenant's optional outbound proxy (FCA calls only).
 */
public class FcaClient {

    public static final String SYSTEM = "fca";
    private static final int MAX_PAGES = 10_000;

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final String baseUrl;
    private final String authorization;
    private final String tenant;
    private final int pageSize;
    private final ProxySettings proxy;

    public FcaClient(HttpGateway gateway, ObjectMapper json, String baseUrl, String username, String password, String tenant,
                     int pageSize, ProxySettings proxy) {
        this.gateway = gateway;
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.tenant = tenant;
        this.pageSize = pageSize;
        this.proxy = proxy;
    }

    /**
     * Every item of a paged listing. A page is the last one when it is not full and its
     * {@code totalPages} (when it is a consistent number) announces no more. A listing that ends
     * with an empty page before the pages it announced is incomplete: it fails, so that the run
     * never takes the missing séances for deleted ones.
     */
    public List<JsonNode> pages(String path, Map<String, String> query) {
        List<JsonNode> items = new ArrayList<>();
        Integer announced = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode body = getJson(path, query, page);
            JsonNode pageItems = body.get("items");
            if (pageItems == null || !pageItems.isArray()) {
                throw new SourceDataException("FCA Manager answered GET " + path + " (page=" + page + ") without an items list");
            }
            if (pageItems.isEmpty()) {
                if (announced != null && page < announced) {
                    throw new SourceDataException("FCA Manager GET " + path + " answered no item at page=" + page + " although it announced "
                            + announced + " pages: the listing is incomplete");
                }
                return items;
            }
            pageItems.forEach(items::add);
            JsonNode total = body.get("totalPages");
            boolean consistent = total != null && total.isIntegralNumber() && total.canConvertToInt() && total.asInt() > page;
            if (consistent) {
                announced = total.asInt();
            }
            boolean morePages = consistent && page + 1 < total.asInt();
            if (!morePages && pageItems.size() < pageSize) {
                return items;
            }
        }
        throw new SourceDataException("FCA Manager GET " + path + " did not end after " + MAX_PAGES + " pages");
    }

    /** A plain JSON array answer; null when FCA answers 404 (unknown action...). */
    public List<JsonNode> list(String path) {
        HttpReply reply = gateway.execute(call("GET", baseUrl + path, null));
        if (reply.status() == 404) {
            return null;
        }
        JsonNode body = parse(reply, "GET " + path);
        if (!body.isArray()) {
            throw new SourceDataException("FCA Manager answered GET " + path + " with a " + body.getNodeType() + " instead of a list");
        }
        List<JsonNode> items = new ArrayList<>();
        body.forEach(items::add);
        return items;
    }

    public HttpReply put(String path, String body) {
        return gateway.execute(call("PUT", baseUrl + path, body));
    }

    private JsonNode getJson(String path, Map<String, String> query, int page) {
        StringBuilder url = new StringBuilder(baseUrl).append(path).append('?');
        query.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        url.append("page=").append(page).append("&size=").append(pageSize);
        HttpReply reply = gateway.execute(call("GET", url.toString(), null));
        return parse(reply, "GET " + path + " (page=" + page + ")");
    }

    private JsonNode parse(HttpReply reply, String request) {
        if (reply.status() != 200) {
            throw new SourceDataException("FCA Manager answered " + reply.status() + " to " + request + ": " + shorten(reply.body()));
        }
        try {
            return json.readTree(reply.body());
        } catch (Exception e) {
            throw new SourceDataException("FCA Manager answered " + request + " with malformed JSON: " + shorten(reply.body()), e);
        }
    }

    private HttpCall call(String method, String url, String body) {
        return new HttpCall(SYSTEM, tenant, method, url, Map.of("Authorization", authorization), body, proxy);
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }

    @Override
    public String toString() {
        return "FcaClient[" + tenant + " " + baseUrl + (proxy == null ? "" : " via " + proxy) + "]";
    }
}
