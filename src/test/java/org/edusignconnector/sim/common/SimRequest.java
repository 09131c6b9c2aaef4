package org.edusignconnector.sim.common;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** A request read once from the exchange: method, raw path and query, its headers, body as UTF-8 text. */
public record SimRequest(String method, String rawPath, String rawQuery, Headers headers, String body,
        SimDialect dialect) {

    public static SimRequest read(HttpExchange exchange, SimDialect dialect) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        return new SimRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                rawQuery == null ? "" : rawQuery, exchange.getRequestHeaders(),
                new String(bytes, StandardCharsets.UTF_8), dialect);
    }

    /** The first value of a request header (any case), or null. */
    public String header(String name) {
        return headers.getFirst(name);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public String authorization() {
        return header("Authorization");
    }

    /** The same request at another path. */
    public SimRequest withPath(String path) {
        return new SimRequest(method, path, rawQuery, headers, body, dialect);
    }

    /** The decoded fields of a form body ({@code application/x-www-form-urlencoded}). */
    public Map<String, String> form() {
        return dialect.parseQuery(body);
    }

    /** The first value of a query parameter (exact, case-sensitive name); a malformed query is a 400. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(dialect.parseQuery(rawQuery).get(name));
    }
}
