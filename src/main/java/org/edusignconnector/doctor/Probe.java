package org.edusignconnector.doctor;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.http.FatalHttpException;
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.HttpReply;
import org.edusignconnector.http.ProxySettings;
import org.edusignconnector.http.RetryableHttpException;

/**
 * One read-only request of the doctor, sent like every other outbound call (through the gateway), kept raw:
 * status, headers, body and its JSON when it is JSON; a refusal or an unreachable system is an answer too
 * ({@link Answer#failure()}). GET, and for Edusign v3 (which has no read) one POST of an empty batch that Edusign
 * refuses without writing anything: the doctor writes nothing anywhere. Messages never hold header values.
 */
final class Probe {

    /** What came back: {@code failure} set when no usable reply came (refused key, unreachable, 5xx after retries). */
    record Answer(int status, HttpReply reply, JsonNode json, String failure) {
        boolean refused() {
            return status == 401 || status == 402 || status == 403;
        }

        String header(String name) {
            return reply == null ? null : reply.header(name);
        }
    }

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final String system;
    private final String tenant;
    private final String baseUrl;
    private final Map<String, String> headers;
    private final ProxySettings proxy;

    Probe(HttpGateway gateway, ObjectMapper json, String system, String tenant, String baseUrl, Map<String, String> headers, ProxySettings proxy) {
        this.gateway = gateway;
        this.json = json;
        this.system = system;
        this.tenant = tenant;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.headers = headers;
        this.proxy = proxy;
    }

    Answer get(String pathAndQuery) {
        return send(HttpCall.get(system, tenant, baseUrl + pathAndQuery, headers));
    }

    /** A POST whose body can change nothing (an empty batch): only to learn whether the route and key answer. */
    Answer postNothing(String path, String emptyBody) {
        return send(new HttpCall(system, tenant, "POST", baseUrl + path, headers, emptyBody, null));
    }

    private Answer send(HttpCall call) {
        try {
            HttpReply reply = gateway.execute(proxy == null ? call : call.withProxy(proxy));
            return new Answer(reply.status(), reply, parse(reply.body()), null);
        } catch (FatalHttpException refused) {
            return new Answer(refused.status(), null, null, refused.getMessage());
        } catch (RetryableHttpException unreachable) {
            return new Answer(unreachable.status(), null, null, unreachable.getMessage());
        } catch (RuntimeException other) {
            return new Answer(0, null, null, other.getClass().getSimpleName() + ": " + other.getMessage());
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (java.io.IOException notJson) {
            return null;
        }
    }
}
