package org.edusignconnector.sim.celcat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.edusignconnector.sim.common.SimJson;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/**
 * CELCAT's Attendance Web Services at {@code /caws/}: an OAuth2 password grant at {@code token}
 * (form {@code grant_type=password&username=…&password=…}, answer {@code access_token}, {@code expires_in}),
 * then {@code Authorization: Bearer} on {@code Registers} and {@code MarkDefinitions}, which are
 * served by the same resources as the WebAPI's. Off until {@link CelcatSimulator#enableCaws}.
 */
final class CawsAuth {

    static final String PREFIX = "/caws/";

    private volatile String username;
    private volatile String password;
    private volatile long expiresInSeconds;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final List<String> granted = new CopyOnWriteArrayList<>();

    void enable(String user, String pass, long expiresIn) {
        username = user;
        password = pass;
        expiresInSeconds = expiresIn;
    }

    boolean enabled() {
        return username != null;
    }

    List<String> granted() {
        return List.copyOf(granted);
    }

    /** Every token granted so far stops being accepted (as when they expire). */
    void expireAll() {
        tokens.clear();
    }

    SimResponse token(SimRequest request) {
        String type = request.contentType() == null ? "" : request.contentType().split(";")[0].trim();
        if (!"POST".equals(request.method()) || !type.equalsIgnoreCase("application/x-www-form-urlencoded")) {
            return SimResponse.json(400, SimJson.object().put("error", "unsupported_grant_type"));
        }
        Map<String, String> form = request.form();
        if (!"password".equals(form.get("grant_type"))) {
            return SimResponse.json(400, SimJson.object().put("error", "unsupported_grant_type"));
        }
        if (!username.equals(form.get("username")) || !password.equals(form.get("password"))) {
            return SimResponse.json(400, SimJson.object().put("error", "invalid_grant")
                    .put("error_description", "The user name or password is incorrect."));
        }
        String token = UUID.randomUUID().toString();
        tokens.add(token);
        granted.add(token);
        return SimResponse.json(200, SimJson.object().put("access_token", token).put("token_type", "bearer")
                .put("expires_in", expiresInSeconds));
    }

    boolean authorized(SimRequest request) {
        String header = request.authorization();
        return header != null && header.startsWith("Bearer ") && tokens.contains(header.substring("Bearer ".length()));
    }
}
