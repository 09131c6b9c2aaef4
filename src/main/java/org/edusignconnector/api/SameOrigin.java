package org.edusignconnector.api;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a state-changing call comes from the runtime's own pages. A browser sends {@code Origin}
 * (or at least {@code Referer}) with a cross-site {@code POST} and may attach cached Basic
 * credentials to it: such a call is refused unless it names the host and port the request was sent
 * to ({@code Host}). A call with neither header is not a browser's cross-site one (curl, scripts,
 * the one-shot command) and is left to authentication.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean allows(String origin, String referer, String host) {
        String claimed = origin != null && !origin.isBlank() ? origin : referer;
        if (claimed == null || claimed.isBlank()) {
            return true;
        }
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI from = new URI(claimed.trim());
            if (from.getHost() == null || from.getScheme() == null) {
                return false;   // "Origin: null" (sandboxed frames, file: pages) and other opaque origins
            }
            URI to = new URI("http://" + host.trim());
            if (to.getHost() == null || !from.getHost().toLowerCase(Locale.ROOT).equals(to.getHost().toLowerCase(Locale.ROOT))) {
                return false;
            }
            // Behind a TLS proxy the Host header may carry no port: then the origin's default port is its own.
            return to.getPort() == -1 || to.getPort() == port(from);
        } catch (java.net.URISyntaxException unreadable) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
