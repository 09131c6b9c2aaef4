package org.edusignconnector.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code GET /ui/} and {@code GET /ui/{file}}: the events page, static files of the class path's
 * {@code ui/} folder ({@code GET /ui} redirects to {@code /ui/}, so that the page's relative links
 * resolve). Only plain file names are served (no folder, no dot-dot); anything else is a 404.
 * Instantiated by Camel (no-arg constructor) from {@code routes/ui.yaml}.
 */
public class UiEndpoint {

    /** The page loads its own script and style only and talks to its own origin. */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-cache");

    private static final String PREFIX = "/ui";
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|js|css|svg|png|ico)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    public void serve(Exchange exchange) {
        Message message = exchange.getMessage();
        String path = pathOf(message.getHeader(Exchange.HTTP_URI, "", String.class));
        message.removeHeaders("*");
        if (PREFIX.equals(path)) {
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 302);
            message.setHeader("Location", "ui/");
            message.setBody("");
            return;
        }
        Optional<byte[]> content = fileName(path).flatMap(UiEndpoint::read);
        if (content.isEmpty()) {
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
            message.setBody("not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        message.setHeader(Exchange.CONTENT_TYPE, contentType(fileName(path).orElseThrow()));
        HEADERS.forEach(message::setHeader);
        message.setBody(content.get());
    }

    /** The file a request path names: {@code /ui/} is index.html, {@code /ui/app.js} is app.js. */
    public static Optional<String> fileName(String path) {
        if (path == null || !path.startsWith(PREFIX + "/")) {
            return Optional.empty();
        }
        String name = path.substring(PREFIX.length() + 1);
        if (name.isEmpty()) {
            return Optional.of("index.html");
        }
        return FILE.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    public static String contentType(String fileName) {
        return TYPES.getOrDefault(fileName.substring(fileName.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static String pathOf(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        return path;
    }

    private static Optional<byte[]> read(String fileName) {
        try (InputStream in = UiEndpoint.class.getClassLoader().getResourceAsStream("ui/" + fileName)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ui/" + fileName, e);
        }
    }
}
