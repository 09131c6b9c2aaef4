package org.edusignconnector.sim.fca;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import org.edusignconnector.sim.common.SimResponse;

/** Checks an {@code Authorization: Basic base64(user:password)} header against the one account. */
final class BasicAuth {

    static final String CHALLENGE = "Basic realm=\"FCA Manager\"";
    static final String REFUSED = "Identifiants invalides";

    private final byte[] expected;

    BasicAuth(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isEmpty() || username.contains(":")) {
            throw new IllegalArgumentException("username must be non-empty and without ':'");
        }
        expected = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    /** True only for the scheme {@code Basic} (any case) followed by the exact credentials, UTF-8 encoded. */
    boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        String[] parts = authorization.trim().split(" +", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Basic")) {
            return false;
        }
        try {
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1].trim()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static SimResponse refusal() {
        return FcaApi.message(401, REFUSED).withHeader("WWW-Authenticate", CHALLENGE);
    }
}
