package org.edusignconnector.sim.celcat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A request read once from the exchange: method, raw path and query, decoded parameters, headers of interest, body. */
record SimRequest(String method, String rawPath, String rawQuery,
        String apiCode, String timetableId, String contentType, String body, String authorization) {

    static final String DEFAULT_TIMETABLE = "1";

    static SimRequest read(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String timetable = exchange.getRequestHeaders().getFirst("TimetableId");
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        return new SimRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                rawQuery == null ? "" : rawQuery,
                exchange.getRequestHeaders().getFirst("APICode"),
                timetable == null ? DEFAULT_TIMETABLE : timetable,
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(bytes, StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("Authorization"));
    }

    /** The same request at another path (a CAWS path served by the WebAPI's resources). */
    SimRequest withPath(String path) {
        return new SimRequest(method, path, rawQuery, apiCode, timetableId, contentType, body, authorization);
    }

    /** The decoded fields of a form body ({@code application/x-www-form-urlencoded}). */
    Map<String, String> form() {
        return parseQuery(body);
    }

    /** The first value of a query parameter (exact, case-sensitive name); a malformed query is a 400. */
    Optional<String> param(String name) {
        return Optional.ofNullable(parseQuery(rawQuery).get(name));
    }

    /**
     * Percent-decodes one path segment. Unlike form decoding, {@code +} stays a literal plus.
     */
    static String decodeSegment(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed percent-encoding in path");
        }
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return params;
        }
        try {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(key, value);
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed query string");
        }
        return params;
    }
}
