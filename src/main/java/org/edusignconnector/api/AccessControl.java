package org.edusignconnector.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.net.SocketAddress;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.edusignconnector.tenant.Secrets;

/**
 * Authentication of the business HTTP endpoints: HTTP Basic or a bearer token, all from the
 * environment. Two roles: admin (everything) and viewer (reads only). With nothing configured,
 * every call is refused: the runtime is closed by default, never open. State-changing calls from a
 * foreign browser origin are refused ({@link SameOrigin}); failed authentications are counted and
 * slowed per client address ({@link LoginThrottle}). The webhook is not here: it is authenticated by
 * its HMAC.
 */
public class AccessControl {

    public static final String ADMIN_USER = "CONNECTOR_ADMIN_USER";
    public static final String ADMIN_PASSWORD = "CONNECTOR_ADMIN_PASSWORD";
    public static final String ADMIN_TOKEN = "CONNECTOR_ADMIN_TOKEN";
    public static final String VIEWER_USER = "CONNECTOR_VIEWER_USER";
    public static final String VIEWER_PASSWORD = "CONNECTOR_VIEWER_PASSWORD";
    public static final String VIEWER_TOKEN = "CONNECTOR_VIEWER_TOKEN";
    private static final String REALM = "Basic realm=\"edusign-connector\"";

    enum Role { VIEWER, ADMIN }

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String REMOTE_ADDRESS = "CamelVertxPlatformHttpRemoteAddress";

    private final Secrets secrets;
    private final ObjectMapper json;
    private final LoginThrottle throttle;
    private final Supplier<MeterRegistry> metrics;

    public AccessControl(Secrets secrets, ObjectMapper json, LoginThrottle throttle, Supplier<MeterRegistry> metrics) {
        this.secrets = secrets;
        this.json = json;
        this.throttle = throttle;
        this.metrics = metrics;
        // Resolved once at start-up too, so that a secret given on the command line is warned about then (see Secrets).
        for (String name : new String[] {ADMIN_PASSWORD, ADMIN_TOKEN, VIEWER_PASSWORD, VIEWER_TOKEN}) {
            secrets.find(name);
        }
    }

    /** Reads: the viewer or the admin. */
    public void viewer(Exchange exchange) {
        require(exchange, Role.VIEWER);
    }

    /** Triggers and confirmations: the admin only. */
    public void admin(Exchange exchange) {
        require(exchange, Role.ADMIN);
    }

    /** The answer to a refused call; the credentials presented are never echoed or logged. */
    public void deny(Exchange exchange) {
        AccessDeniedException denied = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, AccessDeniedException.class);
        exchange.getMessage().removeHeaders("*");
        if (denied.status() == 401) {
            exchange.getMessage().setHeader("WWW-Authenticate", REALM);
        }
        if (denied.status() == 429) {
            exchange.getMessage().setHeader("Retry-After", "5");
        }
        JsonAnswer.send(exchange, json, denied.status(), Map.of("error", denied.getMessage()));
    }

    private void require(Exchange exchange, Role needed) {
        Message in = exchange.getMessage();
        String authorization = in.getHeader("Authorization", String.class);
        in.removeHeader("Authorization");
        if (STATE_CHANGING.contains(in.getHeader(Exchange.HTTP_METHOD, "", String.class).toUpperCase(Locale.ROOT))
                && !SameOrigin.allows(in.getHeader("Origin", String.class), in.getHeader("Referer", String.class), requestedAuthority(in))) {
            count("cross_origin");
            throw new AccessDeniedException(403, "cross-site request refused: its Origin or Referer is not this server");
        }
        if (authorization == null) {
            throw new AccessDeniedException(401, "authentication required");
        }
        Role role = checked(clientAddress(in), authorization);
        if (needed == Role.ADMIN && role != Role.ADMIN) {
            throw new AccessDeniedException(403, "this operation needs the admin role");
        }
    }

    /** The role the credentials give, once the client's address has waited its turn (see {@link LoginThrottle}). */
    private Role checked(String address, String authorization) {
        LoginThrottle.Admission admission = throttle.admit(address);
        if (admission.refused()) {
            count("throttled");
            throw new AccessDeniedException(429, "too many failed authentications from this address: retry later");
        }
        if (!admission.delay().isZero()) {
            try {
                Thread.sleep(admission.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AccessDeniedException(503, "the server is stopping");
            }
        }
        Role role = roleOf(authorization);
        if (role == null) {
            throttle.failed(address);
            count("wrong_credentials");
            throw new AccessDeniedException(401, "authentication required");
        }
        throttle.succeeded(address);
        return role;
    }

    private void count(String reason) {
        MeterRegistry registry = metrics.get();
        if (registry != null) {
            Counter.builder("connector_api_auth_refused").tag("reason", reason)
                    .description("Business API calls refused: wrong credentials, throttled after failures, cross-site origin")
                    .register(registry).increment();
        }
    }

    /** The host and port the client addressed (its {@code Host} header, which Camel keeps only in the request URL). */
    private static String requestedAuthority(Message in) {
        String url = in.getHeader(Exchange.HTTP_URL, String.class);
        try {
            return url == null ? null : java.net.URI.create(url).getRawAuthority();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** The peer's IP address (not a forwarded header, which the client writes itself). */
    private static String clientAddress(Message in) {
        Object peer = in.getHeader(REMOTE_ADDRESS);
        if (peer instanceof SocketAddress socket) {
            return socket.hostAddress() != null ? socket.hostAddress() : socket.host();
        }
        return peer == null ? "unknown" : peer.toString();
    }

    private Role roleOf(String authorization) {
        if (authorization == null) {
            return null;
        }
        if (authorization.startsWith("Bearer ")) {
            String token = authorization.substring(7).trim();
            return role(matches(token, secrets.find(ADMIN_TOKEN)), matches(token, secrets.find(VIEWER_TOKEN)));
        }
        if (authorization.startsWith("Basic ")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            String user = decoded.substring(0, colon);
            String password = decoded.substring(colon + 1);
            // Every comparison is made, with non-short-circuit '&': how long a refusal takes tells nothing
            // about which part of the credentials was right.
            boolean admin = matches(user, secrets.findNotSecret(ADMIN_USER)) & matches(password, secrets.find(ADMIN_PASSWORD));
            boolean viewer = matches(user, secrets.findNotSecret(VIEWER_USER)) & matches(password, secrets.find(VIEWER_PASSWORD));
            return role(admin, viewer);
        }
        return null;
    }

    private static Role role(boolean admin, boolean viewer) {
        return admin ? Role.ADMIN : viewer ? Role.VIEWER : null;
    }

    private static boolean matches(String given, String expected) {
        return expected != null && !expected.isEmpty()
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
