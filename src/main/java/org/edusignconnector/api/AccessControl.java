package org.edusignconnector.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.edusignconnector.tenant.Secrets;

/**
 * Authentication of the business HTTP endpoints: HTTP Basic or a bearer token, all from the
 * environment. Two roles: admin (everything) and viewer (reads only). With nothing configured,
 * every call is refused: the runtime is closed by default, never open. The webhook is not here:
 * it is authenticated by its HMAC.
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

    private final Secrets secrets;
    private final ObjectMapper json;

    public AccessControl(Secrets secrets, ObjectMapper json) {
        this.secrets = secrets;
        this.json = json;
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
        JsonAnswer.send(exchange, json, denied.status(), Map.of("error", denied.getMessage()));
    }

    private void require(Exchange exchange, Role needed) {
        String authorization = exchange.getMessage().getHeader("Authorization", String.class);
        exchange.getMessage().removeHeader("Authorization");
        Role role = roleOf(authorization);
        if (role == null) {
            throw new AccessDeniedException(401, "authentication required");
        }
        if (needed == Role.ADMIN && role != Role.ADMIN) {
            throw new AccessDeniedException(403, "this operation needs the admin role");
        }
    }

    private Role roleOf(String authorization) {
        if (authorization == null) {
            return null;
        }
        if (authorization.startsWith("Bearer ")) {
            String token = authorization.substring(7).trim();
            if (matches(token, secrets.find(ADMIN_TOKEN))) {
                return Role.ADMIN;
            }
            return matches(token, secrets.find(VIEWER_TOKEN)) ? Role.VIEWER : null;
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
            if (matches(user, secrets.findNotSecret(ADMIN_USER)) && matches(password, secrets.find(ADMIN_PASSWORD))) {
                return Role.ADMIN;
            }
            if (matches(user, secrets.findNotSecret(VIEWER_USER)) && matches(password, secrets.find(VIEWER_PASSWORD))) {
                return Role.VIEWER;
            }
        }
        return null;
    }

    private static boolean matches(String given, String expected) {
        return expected != null && !expected.isEmpty()
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
