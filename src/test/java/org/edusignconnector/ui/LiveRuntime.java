package org.edusignconnector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.testing.HeadlessChromium;
import org.edusignconnector.testing.RuntimeHarness;

/**
 * The real runtime as the page tests reach it: its management API with the viewer's or the admin's credentials (or
 * none), the page's address with the viewer's credentials in it, and what a browser shows of the page.
 */
final class LiveRuntime {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuntimeHarness runtime;

    LiveRuntime(RuntimeHarness runtime) {
        this.runtime = runtime;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + runtime.httpPort();
    }

    /** The events page, the viewer's credentials in the address as a browser asks for them. */
    String pageAsViewer() {
        return "http://" + RuntimeHarness.VIEWER_USER + ":" + RuntimeHarness.VIEWER_PASSWORD + "@127.0.0.1:" + runtime.httpPort() + "/ui/";
    }

    HttpRequest request(String method, String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }

    HttpResponse<String> send(String method, String path, String authorization) throws IOException, InterruptedException {
        return HTTP.send(request(method, path, authorization), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String authorization) {
        return HTTP.sendAsync(request(method, path, authorization), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return send("GET", path, authorization);
    }

    /** A management API answer as the viewer reads it; anything but 200 fails the test. */
    JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(path, viewer());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String viewer() {
        return basic(RuntimeHarness.VIEWER_USER, RuntimeHarness.VIEWER_PASSWORD);
    }

    static String admin() {
        return "Bearer " + RuntimeHarness.ADMIN_TOKEN;
    }

    /** The trimmed texts of the elements {@code selector} matches, in document order. */
    static List<String> texts(HeadlessChromium browser, String selector) {
        List<String> out = new ArrayList<>();
        browser.script("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())", selector)
                .forEach(n -> out.add(n.asText()));
        return out;
    }

    static int count(HeadlessChromium browser, String selector) {
        return browser.script("return document.querySelectorAll(arguments[0]).length", selector).asInt();
    }
}
