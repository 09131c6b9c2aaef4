package org.edusignconnector.edusign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.impl.DefaultCamelContext;
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.HttpReply;
import org.edusignconnector.http.RetryableHttpException;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The v3 batch client over real HTTP against the strict simulator: chunks, per-item outcomes, repeats that change nothing. */
class EdusignV3Test {

    private static final String KEY = "v3-client-key";

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong ticker = new AtomicLong();
    private final List<String> paced = new ArrayList<>();
    private EdusignSimulator sim;
    private EdusignV3 v3;
    private RequestCounter counter;

    @BeforeEach
    void start() {
        sim = EdusignSimulator.start(0);
        sim.addSchool(KEY);
        sim.setSlowDown(Integer.MAX_VALUE, 0);
        sim.setHeavySlowDown(Integer.MAX_VALUE, 0);
        sim.setV3Ticker(ticker::get);
        counter = new RequestCounter();
        v3 = new EdusignV3(new RealHttp(), json, sim.baseUrl(), KEY, "t", counter, paced::add);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void twoThousandFiveHundredStudentsGoInThreePacedRequestsOfAtMostAThousand() {
        List<V3ItemOutcome> outcomes = v3.upsert(EdusignV3.Collection.STUDENTS, students(2500));

        assertThat(outcomes).hasSize(2500).allSatisfy(o -> {
            assertThat(o.kind()).isEqualTo(V3ItemOutcome.Kind.TAKEN);
            assertThat(o.created()).isTrue();
        });
        assertThat(outcomes).extracting(V3ItemOutcome::inputIndex).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 2500).boxed().toList());
        assertThat(sim.requests(KEY)).extracting(r -> r.body().get("items").size()).containsExactly(1000, 1000, 500);
        assertThat(paced).containsExactly(KEY, KEY, KEY);
        assertThat(sim.school(KEY).students()).hasSize(2500);
        assertThat(sim.school(KEY).idOfExternalReference("student", "s-2499")).contains(outcomes.get(2499).id());
    }

    @Test
    void theSameUpsertRepeatedAfterACrashChangesNothing() {
        List<V3ItemOutcome> first = v3.upsert(EdusignV3.Collection.STUDENTS, students(30));
        ticker.addAndGet(Duration.ofMinutes(5).toNanos());

        List<V3ItemOutcome> again = v3.upsert(EdusignV3.Collection.STUDENTS, students(30));

        assertThat(again).extracting(V3ItemOutcome::id).containsExactlyElementsOf(first.stream().map(V3ItemOutcome::id).toList());
        assertThat(again).noneMatch(V3ItemOutcome::created);
        assertThat(sim.school(KEY).students()).hasSize(30);
    }

    @Test
    void aLostAnswerIsSentAgainAndTheObjectsExistOnce() {
        sim.setFaultInjector(FaultInjector.onRequest(1, new Fault.AppliedThenLost(502)));

        List<V3ItemOutcome> outcomes = v3.upsert(EdusignV3.Collection.STUDENTS, students(3));

        assertThat(outcomes).allMatch(o -> o.kind() == V3ItemOutcome.Kind.TAKEN);
        assertThat(sim.requests(KEY)).hasSize(2);
        assertThat(sim.school(KEY).students()).hasSize(3);
        assertThat(counter.outcomes()).containsEntry("transient", 1L).containsEntry("success", 1L);
    }

    @Test
    void aPartialAnswerGivesEachItemItsOwnOutcome() {
        List<ObjectNode> items = students(3);
        items.get(1).put("email", "not-an-email");

        List<V3ItemOutcome> outcomes = v3.upsert(EdusignV3.Collection.STUDENTS, items);

        assertThat(outcomes).extracting(V3ItemOutcome::kind).containsExactly(V3ItemOutcome.Kind.TAKEN, V3ItemOutcome.Kind.REFUSED,
                V3ItemOutcome.Kind.TAKEN);
        assertThat(outcomes.get(1).code()).isEqualTo("VALIDATION_ERROR");
        assertThat(sim.school(KEY).students()).hasSize(2);
    }

    @Test
    void anItemThatDoesNotNameItsObjectIsNeverSent() {
        ObjectNode anonymous = json.createObjectNode().put("firstName", "A").put("lastName", "B").put("email", "a@b.test");

        assertThatThrownBy(() -> v3.upsert(EdusignV3.Collection.STUDENTS, List.of(anonymous)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("externalReferenceId");
        assertThat(sim.requests(KEY)).isEmpty();
    }

    private List<ObjectNode> students(int n) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(json.createObjectNode().put("externalReferenceId", "s-" + i).put("firstName", "F" + i).put("lastName", "L")
                    .put("email", "s" + i + "@school.test"));
        }
        return out;
    }

    /** Sends for real and classifies as the http-call route does (429/5xx transient), without its redelivery. */
    private static final class RealHttp extends HttpGateway {
        private final HttpClient http = HttpClient.newHttpClient();

        RealHttp() {
            super(new DefaultCamelContext(), Duration.ofSeconds(30));
        }

        @Override
        public HttpReply execute(HttpCall call) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url()))
                        .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()))
                        .header("Content-Type", "application/json");
                call.headers().forEach(request::header);
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 429 || answer.statusCode() >= 500) {
                    throw new RetryableHttpException("answered " + answer.statusCode(), answer.statusCode(), null);
                }
                return new HttpReply(answer.statusCode(), Map.of(), answer.body());
            } catch (java.io.IOException e) {
                throw new RetryableHttpException(e.getMessage(), 0, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
