package org.edusignconnector.sim.fca;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A request read once from the exchange: method, raw path and query, headers of interest, body. */
record SimRequest(String method, String rawPath, String rawQuery, String authorization, String contentType,
        String via, String body) {

    static SimRequest read(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Headers h = exchange.getRequestHeaders();
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        String via = h.getFirst("Via") != null ? h.getFirst("Via") : h.getFirst("X-Forwarded-For");
        return new SimRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                rawQuery == null ? "" : rawQuery, h.getFirst("Authorization"), h.getFirst("Content-Type"), via,
                new String(bytes, StandardCharsets.UTF_8));
    }

    /** The first value of a query parameter (exact, case-sensitive name); a malformed query is a 400. */
    Optional<String> param(String name) {
        return Optional.ofNullable(parseQuery(rawQuery).get(name));
    }

    /** Percent-decodes one path segment. Unlike form decoding, {@code +} stays a literal plus. */
    static String decodeSegment(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Encodage invalide dans le chemin");
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
            throw ApiException.badRequest("Paramètres de requête mal encodés");
        }
        return params;
    }
}
