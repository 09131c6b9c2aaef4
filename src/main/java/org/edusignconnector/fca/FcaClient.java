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
import org.edusignconnector.course.SourceListing;
import org.edusignconnector.course.Text;
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.HttpReply;
import org.edusignconnector.http.ProxySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FCA Manager transport: HTTP Basic on every call, {@code ?page=&size=} paging answered as
 * {@code {items, page, totalPages}} or as a bare array, and the tenant's optional outbound proxy
 * (FCA calls only).
 */
public class FcaClient {

    public static final String SYSTEM = "fca";
    private static final Logger LOG = LoggerFactory.getLogger(FcaClient.class);

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final String baseUrl;
    private final String authorization;
    private final String tenant;
    private final int pageSize;
    private final int maxItems;
    private final ProxySettings proxy;

    public FcaClient(HttpGateway gateway, ObjectMapper json, String baseUrl, String username, String password, String tenant,
                     int pageSize, int maxItems, ProxySettings proxy) {
        this.gateway = gateway;
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.tenant = tenant;
        this.pageSize = pageSize;
        this.maxItems = maxItems;
        this.proxy = proxy;
    }

    /** Every item of a list without query (see {@link #listing}); null when FCA Manager answers 404 (unknown action...). */
    public List<JsonNode> list(String path) {
        try {
            return logged(read(path, Map.of()));
        } catch (NotFound unknown) {
            return null;
        }
    }

    /** Every item of a list (see {@link #listing}); a notice is logged. */
    public List<JsonNode> list(String path, Map<String, String> query) {
        return logged(listing(path, query));
    }

    /**
     * Every item of a list, answered either way (the contract says lists are paged, and no public
     * document fixes the shape): a paged object {@code {items, page, totalPages}}, whose pages are
     * followed to the first empty one, or a bare array, which is the whole list. Any other answer,
     * a 404 included, fails, naming the call and what came back.
     */
    public SourceListing.Result listing(String path, Map<String, String> query) {
        try {
            return read(path, query);
        } catch (NotFound unknown) {
            throw new SourceDataException("FCA Manager answered 404 to GET " + path + " (page=0): " + unknown.getMessage());
        }
    }

    private SourceListing.Result read(String path, Map<String, String> query) {
        return SourceListing.read("FCA Manager GET " + path, pageSize, maxItems, page -> page(path, query, page));
    }

    private List<JsonNode> logged(SourceListing.Result listing) {
        listing.notices().forEach(n -> LOG.warn("tenant '{}': {}", tenant, n));
        return listing.items();
    }

    private SourceListing.Page page(String path, Map<String, String> query, int page) {
        StringBuilder url = new StringBuilder(baseUrl).append(path).append('?');
        query.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        url.append("page=").append(page).append("&size=").append(pageSize);
        HttpReply reply = gateway.execute(call("GET", url.toString(), null));
        String request = "GET " + path + " (page=" + page + ")";
        if (reply.status() == 404 && page == 0) {
            throw new NotFound(Text.quote(reply.body()));
        }
        JsonNode body = parse(reply, request);
        List<JsonNode> items = new ArrayList<>();
        JsonNode pageItems = FcaLists.items(body).orElseThrow(() -> new SourceDataException("FCA Manager answered " + request
                + " without an items list (neither a list nor a paged object): " + Text.quote(reply.body())));
        pageItems.forEach(items::add);
        if (body.isArray()) {
            return new SourceListing.Page(items, null, true);
        }
        JsonNode total = body.get("totalPages");
        boolean number = total != null && total.isIntegralNumber() && total.canConvertToInt();
        return new SourceListing.Page(items, number ? total.asInt() : null, false);
    }

    public HttpReply put(String path, String body) {
        return gateway.execute(call("PUT", baseUrl + path, body));
    }

    private JsonNode parse(HttpReply reply, String request) {
        if (reply.status() != 200) {
            throw new SourceDataException("FCA Manager answered " + reply.status() + " to " + request + ": " + Text.quote(reply.body()));
        }
        try {
            JsonNode body = json.readTree(reply.body());
            if (body == null || body.isMissingNode()) {
                throw new SourceDataException("FCA Manager answered " + request + " with an empty body instead of a list");
            }
            return body;
        } catch (SourceDataException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceDataException("FCA Manager answered " + request + " with malformed JSON: " + Text.quote(reply.body()), e);
        }
    }

    private HttpCall call(String method, String url, String body) {
        return new HttpCall(SYSTEM, tenant, method, url, Map.of("Authorization", authorization), body, proxy);
    }

    /** A 404 on the first page: the caller decides what an unknown resource means. */
    private static final class NotFound extends RuntimeException {
        NotFound(String body) {
            super(body, null, false, false);
        }
    }

    @Override
    public String toString() {
        return "FcaClient[" + tenant + " " + baseUrl + (proxy == null ? "" : " via " + proxy) + "]";
    }
}
