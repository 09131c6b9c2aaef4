package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;

/**
 * The Edusign v1 calls the connector makes, for one school (one API key). Reads the
 * {@code {status, result|message}} envelope ({@link EdusignEnvelope}): HTTP 200 with {@code status: error}
 * is a business failure carrying Edusign's message. Counts each request, once it ended, by type and by outcome
 * ({@link RequestOutcomeClassifier}) for the run summary and the metrics.
 */
public class EdusignApi {

    public static final String SYSTEM = "edusign";

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final String baseUrl;
    private final String apiKey;
    private final String tenant;
    private final RequestCounter counter;

    public EdusignApi(HttpGateway gateway, ObjectMapper json, String baseUrl, String apiKey, String tenant, RequestCounter counter) {
        this.gateway = gateway;
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.tenant = tenant;
        this.counter = counter;
    }

    /**
     * POSTs a new object; returns Edusign's answer, which carries its id. A course is created as the official
     * Moodle plugin does, {@code ?fromStudents=true}, so that its STUDENTS are taken.
     */
    public JsonNode create(ObjectKind kind, ObjectNode entity, Map<String, Object> topLevel) {
        ObjectNode body = json.createObjectNode();
        body.set(kind.path(), entity);
        topLevel.forEach((k, v) -> body.set(k, json.valueToTree(v)));
        String query = kind == ObjectKind.COURSE ? "?fromStudents=true" : "";
        JsonNode result = call("POST", "/v1/" + kind.path() + query, body, RequestCounter.Type.CREATE);
        String id = idOf(result, "POST /v1/" + kind.path());
        return result.isObject() ? result : json.createObjectNode().put("ID", id);
    }

    /** PATCHes an object (its ID inside); returns Edusign's answer (the object as stored, where Edusign shows it). */
    public JsonNode update(ObjectKind kind, ObjectNode entityWithId, Map<String, Object> topLevel) {
        ObjectNode body = json.createObjectNode();
        body.set(kind.path(), entityWithId);
        topLevel.forEach((k, v) -> body.set(k, json.valueToTree(v)));
        return call("PATCH", "/v1/" + kind.path(), body, RequestCounter.Type.UPDATE);
    }

    public void delete(ObjectKind kind, String id) {
        call("DELETE", "/v1/" + kind.path() + "/" + encode(id), null, RequestCounter.Type.DELETE);
    }

    /** The Edusign id of the object this connector created with that API_ID, if any. */
    public Optional<String> idByApiId(ObjectKind kind, String apiId) {
        try {
            String request = "GET /v1/" + kind.path() + "/get-id";
            JsonNode result = lookup("/v1/" + kind.path() + "/get-id/" + encode(apiId));
            String id = idOrNull(result);
            if (id == null || id.isBlank()) {
                throw new EdusignUnknownAnswerException(request, "success without an id in its result");
            }
            return Optional.of(id);
        } catch (EdusignBusinessException e) {
            // Only a clear "not found" means absent; any other refusal must not lead to a second create.
            if (e.saysNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A student or professor with that e-mail (made by hand or by us), if any. */
    public Optional<JsonNode> byEmail(ObjectKind kind, String email) {
        try {
            JsonNode result = lookup("/v1/" + kind.path() + "/by-email/" + encode(email));
            if (idOrNull(result) == null) {
                throw new EdusignUnknownAnswerException("GET /v1/" + kind.path() + "/by-email", "success without a "
                        + kind.path() + " in its result");
            }
            return Optional.of(result);
        } catch (EdusignBusinessException e) {
            if (e.saysNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The course with that Edusign id, or empty when Edusign says there is none. */
    public Optional<JsonNode> course(String id) {
        try {
            JsonNode result = lookup("/v1/course/" + encode(id));
            if (idOrNull(result) == null) {
                throw new EdusignUnknownAnswerException("GET /v1/course/{id}", "success without a course in its result");
            }
            return Optional.of(result);
        } catch (EdusignBusinessException e) {
            if (e.saysNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Brings an archived student back (HIDDEN=0), as DIGI does before reusing one. */
    public void restoreStudent(String id) {
        call("GET", "/v1/student/restore/" + encode(id), null, RequestCounter.Type.UPDATE);
    }

    public JsonNode get(String pathAndQuery) {
        return call("GET", pathAndQuery, null, RequestCounter.Type.READ);
    }

    public static String idOrNull(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        JsonNode id = node.hasNonNull("ID") ? node.get("ID") : node.get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    private String idOf(JsonNode result, String request) {
        String id = idOrNull(result);
        if (id == null || id.isBlank()) {
            throw new EdusignUnknownAnswerException(request, "success without result.ID");
        }
        return id;
    }

    /** A GET asking whether something exists: "not found" is counted as an answer, not a refusal. */
    private JsonNode lookup(String path) {
        return call("GET", path, null, RequestCounter.Type.READ, RequestOutcomeClassifier::classifyLookup);
    }

    private JsonNode call(String method, String path, JsonNode body, RequestCounter.Type type) {
        return call(method, path, body, type, RequestOutcomeClassifier::classify);
    }

    private JsonNode call(String method, String path, JsonNode body, RequestCounter.Type type,
                          Function<RuntimeException, RequestOutcome> classifier) {
        String text;
        try {
            text = body == null ? null : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a request body", e);
        }
        HttpCall httpCall = new HttpCall(SYSTEM, tenant, method, baseUrl + path,
                Map.of("Authorization", "Bearer " + apiKey), text, null);
        JsonNode result;
        try {
            result = EdusignEnvelope.result(json, gateway.execute(httpCall), method + " " + pathOnly(path));
        } catch (RuntimeException failure) {
            counter.count(type, classifier.apply(failure));
            throw failure;
        }
        counter.count(type, RequestOutcome.SUCCESS);
        return result;
    }

    private static String pathOnly(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "EdusignApi[" + tenant + " " + baseUrl + "]";
    }
}
