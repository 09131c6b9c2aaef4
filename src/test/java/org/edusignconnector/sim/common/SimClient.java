package org.edusignconnector.sim.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A minimal HTTP client for the source simulators' own tests; each {@link #header} gives a new client. */
public final class SimClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public SimClient(String baseUrl) {
        this.baseUrl = baseUrl;
        headers.put("Accept", "application/json");
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public SimClient header(String name, String value) {
        SimClient copy = new SimClient(baseUrl);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public SimClient login(String username, String password) {
        return header("Authorization", basic(username, password));
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).GET());
    }

    public HttpResponse<String> put(String path, String jsonBody) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery));
        headers.forEach(b::header);
        return b;
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return SimJson.LENIENT.readTree(response.body());
    }
}
