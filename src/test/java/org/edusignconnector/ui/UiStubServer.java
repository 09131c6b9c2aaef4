package org.edusignconnector.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.edusignconnector.api.UiEndpoint;

/**
 * A stand-in for the runtime while its JSON endpoints are being written: the events page's files,
 * read from src/main/resources/ui (an edit shows at the next reload), under /ui/ with the headers
 * UiEndpoint sends, and canned answers (src/test/resources/ui-stub/data.json) for the API the page
 * calls. The run in progress of tenant acme advances at each poll: 12/40, 28/40, 40/40, then over.
 * {@code main} runs it alone for work on the page.
 */
public final class UiStubServer implements AutoCloseable {

    private static final Path UI = Path.of("src", "main", "resources", "ui");
    private static final int PROGRESS_STEP = 16;

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode data;
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> polls = new HashMap<>();

    private UiStubServer(int port) throws IOException {
        try (InputStream in = UiStubServer.class.getResourceAsStream("/ui-stub/data.json")) {
            data = json.readTree(in);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static UiStubServer start(int port) {
        try {
            return new UiStubServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        UiStubServer stub = start(args.length > 0 ? Integer.parseInt(args[0]) : 8081);
        System.out.println("Events page on the stub API: " + stub.pageUrl());
    }

    public String pageUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ui/";
    }

    /** The request URIs received so far (path and query, as sent). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawPath();
        requests.add(exchange.getRequestURI().toString());
        try (exchange) {
            if (raw.startsWith("/ui/")) {
                Optional<String> file = UiEndpoint.fileName(raw).filter(f -> Files.isRegularFile(UI.resolve(f)));
                if (file.isEmpty()) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                UiEndpoint.HEADERS.forEach(exchange.getResponseHeaders()::set);
                send(exchange, 200, UiEndpoint.contentType(file.get()), Files.readAllBytes(UI.resolve(file.get())));
                return;
            }
            JsonNode answer = api(raw.split("/"), query(exchange.getRequestURI().getRawQuery()));
            if (answer == null) {
                send(exchange, 404, "application/json", "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, "application/json; charset=utf-8", json.writeValueAsBytes(answer));
        }
    }

    /** The canned answer for /api/..., or null for a 404. {@code path[0]} is empty (the leading slash). */
    private JsonNode api(String[] path, Map<String, String> query) {
        if (path.length == 3 && "api".equals(path[1]) && "overview".equals(path[2])) {
            return data.get("overview");
        }
        if (path.length < 3 || !"api".equals(path[1]) || !"tenants".equals(path[2])) {
            return null;
        }
        if (path.length == 3) {
            ArrayNode tenants = json.createArrayNode();
            for (JsonNode t : data.get("tenants")) {
                ObjectNode tenant = t.deepCopy();
                String name = t.get("tenant").asText();
                ArrayNode lastRuns = tenant.putArray("lastRuns");
                data.at("/runs/" + name).forEach(r -> { if (lastRuns.size() < 3) { lastRuns.add(r); } });
                tenant.set("current", progress(name).path("running").asBoolean() ? progress(name) : null);
                tenants.add(tenant);
            }
            return json.createObjectNode().set("tenants", tenants);
        }
        String tenant = decode(path[3]);
        String rest = String.join("/", List.of(path).subList(4, path.length));
        if (data.at("/runs/" + tenant).isMissingNode()) {
            return null;
        }
        return switch (rest) {
            case "runs" -> json.createObjectNode().put("tenant", tenant).set("runs", data.at("/runs/" + tenant));
            case "runs/current" -> poll(tenant);
            case "events" -> events(tenant, query);
            case "doctor" -> data.at("/doctor/" + tenant).isMissingNode() ? null : data.at("/doctor/" + tenant);
            default -> path.length == 7 && "courses".equals(path[4]) && "explain".equals(path[6])
                    ? data.at("/explain/" + tenant).get(decode(path[5]))
                    : null;
        };
    }

    private JsonNode events(String tenant, Map<String, String> query) {
        ArrayNode events = json.createArrayNode();
        String reason = query.getOrDefault("reason", "");
        String sourceId = query.getOrDefault("sourceId", "");
        for (JsonNode e : data.at("/events/" + tenant)) {
            if ((reason.isEmpty() || reason.equals(e.path("reason").asText()))
                    && (sourceId.isEmpty() || sourceId.equals(e.path("sourceId").asText()))) {
                events.add(e);
            }
        }
        ObjectNode answer = json.createObjectNode().put("tenant", tenant)
                .put("page", Integer.parseInt(query.getOrDefault("page", "0")))
                .put("size", Integer.parseInt(query.getOrDefault("size", "50")));
        answer.set("events", events);
        return answer;
    }

    private synchronized JsonNode poll(String tenant) {
        polls.merge(tenant, 1, Integer::sum);
        return progress(tenant);
    }

    /** The tenant's run in progress after the polls so far. */
    private synchronized JsonNode progress(String tenant) {
        JsonNode start = null;
        for (JsonNode t : data.get("tenants")) {
            if (t.get("tenant").asText().equals(tenant)) {
                start = t.get("current");
            }
        }
        if (start == null || start.isNull()) {
            return json.createObjectNode().put("running", false);
        }
        int total = start.get("total").asInt();
        int done = start.get("done").asInt() + PROGRESS_STEP * polls.getOrDefault(tenant, 0);
        if (done > total + PROGRESS_STEP / 2) {
            return json.createObjectNode().put("running", false);
        }
        return ((ObjectNode) start.deepCopy()).put("done", Math.min(done, total));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return query;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
