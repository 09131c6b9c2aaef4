package org.edusignconnector.edusign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.HttpReply;
import org.edusignconnector.http.RetryableHttpException;

/**
 * Edusign's v3 batch upserts for one school ({@code POST /v3/{students|professors|groups|courses}/batch-upsert},
 * reference "v3 BETA"): at most {@value #MAX_ITEMS} items a request (fewer when configured), paced to the HEAVY rate class. Safe to
 * repeat by construction: every item must name its object (its {@code externalReferenceId}, or its Edusign id
 * for a strict update), so a batch sent again — after a lost answer, a crash, a kill -9 — updates the objects
 * the first one made instead of making them twice. A lost answer is therefore sent again (the 5 s idempotency
 * window answers a quick repeat as the first, a later one is an update).
 */
public class EdusignV3 {

    public static final int MAX_ITEMS = 1000;
    private static final int MAX_ATTEMPTS = 3;

    public enum Collection {
        STUDENTS("students", "studentId"), PROFESSORS("professors", "professorId"), GROUPS("groups", "groupId"),
        COURSES("courses", "courseId");

        final String path;
        final String idField;

        Collection(String path, String idField) {
            this.path = path;
            this.idField = idField;
        }
    }

    /** Holds a batch back until the school's HEAVY rate class allows it; in production {@link HeavyPace}. */
    public interface Pace {
        void acquire(String school);
    }

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final String baseUrl;
    private final String apiKey;
    private final String tenant;
    private final RequestCounter counter;
    private final Pace pace;
    private final int batchSize;
    private final LedgerWrites.Pause wait = LedgerWrites.sleeping();

    public EdusignV3(HttpGateway gateway, ObjectMapper json, String baseUrl, String apiKey, String tenant, RequestCounter counter, Pace pace) {
        this(gateway, json, baseUrl, apiKey, tenant, counter, pace, MAX_ITEMS);
    }

    /** {@code batchSize}: items a request, 1 to {@value #MAX_ITEMS} (smaller batches lose less work to a failed request). */
    public EdusignV3(HttpGateway gateway, ObjectMapper json, String baseUrl, String apiKey, String tenant, RequestCounter counter, Pace pace,
                     int batchSize) {
        if (batchSize < 1 || batchSize > MAX_ITEMS) {
            throw new IllegalArgumentException("a v3 batch holds 1 to " + MAX_ITEMS + " items, not " + batchSize);
        }
        this.gateway = gateway;
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.tenant = tenant;
        this.counter = counter;
        this.pace = pace;
        this.batchSize = batchSize;
    }

    /** One outcome per item, in the order of {@code items}, whatever order Edusign answered in. */
    public List<V3ItemOutcome> upsert(Collection collection, List<ObjectNode> items) {
        List<V3ItemOutcome> out = new ArrayList<>();
        upsert(collection, items, out::add);
        return out;
    }

    /**
     * Hands each item's outcome (its {@code inputIndex} that of {@code items}) to {@code answered} as soon as its
     * batch is answered, before the next batch is sent: a caller that records them there loses, to a crash, at most
     * the batch in flight — not the batches already answered, which the next run would otherwise send again.
     */
    public void upsert(Collection collection, List<ObjectNode> items, Consumer<V3ItemOutcome> answered) {
        for (int i = 0; i < items.size(); i++) {
            ObjectNode item = items.get(i);
            if (!item.hasNonNull("externalReferenceId") && !item.hasNonNull(collection.idField)) {
                throw new IllegalArgumentException("v3 item " + i + " of " + collection.path + " has neither externalReferenceId nor "
                        + collection.idField + ": sending it again could create it twice");
            }
        }
        for (int from = 0; from < items.size(); from += batchSize) {
            List<ObjectNode> chunk = items.subList(from, Math.min(items.size(), from + batchSize));
            for (V3ItemOutcome o : send(collection, chunk)) {
                answered.accept(new V3ItemOutcome(o.inputIndex() + from, o.kind(), o.id(), o.created(), o.code(), o.message()));
            }
        }
    }

    private List<V3ItemOutcome> send(Collection collection, List<ObjectNode> chunk) {
        ObjectNode body = json.createObjectNode();
        body.putArray("items").addAll(chunk);
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a v3 batch", e);
        }
        HttpCall call = new HttpCall(EdusignApi.SYSTEM, tenant, "POST", baseUrl + "/v3/" + collection.path + "/batch-upsert",
                Map.of("Authorization", "Bearer " + apiKey), text, null);
        for (int attempt = 1; ; attempt++) {
            pace.acquire(apiKey);
            HttpReply reply;
            try {
                reply = gateway.execute(call);
            } catch (RetryableHttpException lost) {
                counter.count(RequestCounter.Type.CREATE, RequestOutcomeClassifier.classify(lost));
                if (attempt >= MAX_ATTEMPTS) {
                    throw lost;
                }
                // Every item names its object: sending again cannot duplicate. Not sooner than Edusign asked (a 429's
                // Retry-After): this POST is resent here, not by the http-call route that honours it for the others.
                lost.retryAfter().ifPresent(wait::pause);
                continue;
            } catch (RuntimeException failure) {
                counter.count(RequestCounter.Type.CREATE, RequestOutcomeClassifier.classify(failure));
                throw failure;
            }
            counter.count(RequestCounter.Type.CREATE, reply.status() < 300 ? RequestOutcome.SUCCESS : RequestOutcome.BUSINESS_ERROR);
            return V3BatchAnswer.read(reply.status(), parse(reply.body()), chunk.size());
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
