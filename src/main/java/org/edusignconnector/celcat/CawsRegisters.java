package org.edusignconnector.celcat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.http.FatalHttpException;
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.HttpReply;

/**
 * Registers through CELCAT's Attendance Web Services at their own base URL ({@code celcatRegistersUrl}):
 * {@code Authorization: Bearer} with a token from the OAuth2 password grant, cached until it expires.
 */
public class CawsRegisters implements RegisterChannel {

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final String baseUrl;
    private final String tenant;
    private final CawsToken token;

    public CawsRegisters(HttpGateway gateway, ObjectMapper json, String baseUrl, String username, String password, String tenant,
                         Clock clock) {
        this.gateway = gateway;
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.tenant = tenant;
        // A password grant changes nothing at CAWS: asked again after a transient failure, like a read.
        this.token = new CawsToken(form -> gateway.execute(new HttpCall(CelcatClient.SYSTEM, tenant, "POST", this.baseUrl + "token",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), form, null).repeatable()), username, password, clock, json);
    }

    @Override
    public List<JsonNode> markDefinitions(String timetableId) {
        HttpReply reply = call("GET", "MarkDefinitions", null, timetableId);
        JsonNode body;
        try {
            body = reply.status() == 200 ? json.readTree(reply.body()) : null;
        } catch (Exception unreadable) {
            body = null;
        }
        if (body == null || !body.isArray()) {
            throw new SourceDataException("CAWS answered " + reply.status() + " to GET MarkDefinitions without a list of marks");
        }
        List<JsonNode> marks = new ArrayList<>();
        body.forEach(marks::add);
        return marks;
    }

    @Override
    public HttpReply get(RegisterId register, String timetableId) {
        return call("GET", "Registers/" + register, null, timetableId);
    }

    @Override
    public HttpReply put(RegisterId register, String body, String timetableId) {
        return call("PUT", "Registers/" + register, body, timetableId);
    }

    /** A token refused before its announced expiry (revoked, server restarted) is dropped and asked again, once. */
    private HttpReply call(String method, String path, String body, String timetableId) {
        try {
            return send(method, path, body, timetableId);
        } catch (FatalHttpException refused) {
            if (refused.status() != 401) {
                throw refused;
            }
            token.forget();
            return send(method, path, body, timetableId);
        }
    }

    private HttpReply send(String method, String path, String body, String timetableId) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Bearer " + token.bearer());
        headers.put("TimetableId", timetableId);
        return gateway.execute(new HttpCall(CelcatClient.SYSTEM, tenant, method, baseUrl + path, headers, body, null).answering(404, 500));
    }
}
