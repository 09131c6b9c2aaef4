package org.edusignconnector.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Jolokia of a runtime's management port, as Hawtio or curl calls it: POST of JSON requests. */
public final class JolokiaClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI url;
    private String authorization;
    private String origin;

    public JolokiaClient(int managementPort) {
        this.url = URI.create("http://127.0.0.1:" + managementPort + "/observe/jolokia/");
    }

    /** The runtime's management port, as configured. */
    public static JolokiaClient of(RuntimeHarness runtime) {
        return new JolokiaClient(Integer.parseInt(runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}")));
    }

    public JolokiaClient basic(String user, String password) {
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The Origin header a browser would send (none by default, as curl). */
    public JolokiaClient origin(String origin) {
        this.origin = origin;
        return this;
    }

    /** POSTs one Jolokia request (a JSON object) and answers the HTTP response. */
    public HttpResponse<String> post(String request) {
        return send(HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofString(request)));
    }

    /** A GET request of Jolokia's URL form, e.g. {@code version} or {@code read/java.lang:type=Memory}. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url.resolve(path)).GET());
    }

    /** POSTs one Jolokia request and answers Jolokia's JSON answer (its own {@code status} inside). */
    public JsonNode call(String request) {
        return json(post(request));
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (HTTP " + response.statusCode() + "): " + response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
