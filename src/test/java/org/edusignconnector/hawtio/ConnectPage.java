package org.edusignconnector.hawtio;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /}: stores the runtime's Jolokia as a Hawtio connection in the browser and opens the
 * Camel routes with it. Hawtio 4.2 keeps its remote connections in the browser's local storage
 * ({@code connect.connections}, keyed by id) and selects one with the {@code con} query parameter;
 * the console then reaches the runtime through its own proxy ({@code /hawtio/proxy/http/host/port/path}).
 */
final class ConnectPage extends Handler.Abstract.NonBlocking {

    static final String CONNECTION_ID = "edusign-connector";
    private static final String ROUTES_PATH = "/hawtio/camel/routes?con=" + CONNECTION_ID;

    private final byte[] page;

    ConnectPage(URI jolokia) {
        int port = jolokia.getPort() > 0 ? jolokia.getPort() : "https".equals(jolokia.getScheme()) ? 443 : 80;
        String connection = "{\"id\":" + quote(CONNECTION_ID) + ",\"name\":" + quote(CONNECTION_ID)
                + ",\"scheme\":" + quote(jolokia.getScheme()) + ",\"host\":" + quote(jolokia.getHost())
                + ",\"port\":" + port + ",\"path\":" + quote(jolokia.getRawPath()) + "}";
        this.page = ("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Hawtio: edusign-connector</title></head>
                <body><p>Connecting Hawtio to %s&hellip;</p>
                <script>
                  var connection = %s;
                  var all = JSON.parse(localStorage.getItem('connect.connections') || '{}');
                  all[connection.id] = connection;
                  localStorage.setItem('connect.connections', JSON.stringify(all));
                  location.replace('%s');
                </script></body></html>
                """).formatted(escapeHtml(jolokia.toString()), connection, ROUTES_PATH).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!"/".equals(Request.getPathInContext(request))) {
            return false;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(page), callback);
        return true;
    }

    /** A JSON string literal that is also safe inside a script element. */
    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
