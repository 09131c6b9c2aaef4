package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.impl.DefaultCamelContext;
import org.edusignconnector.edusign.RequestCounter.Type;
import org.edusignconnector.http.CircuitOpenException;
import org.edusignconnector.http.FatalHttpException;
import org.edusignconnector.http.RetryableHttpException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each Edusign request of a run is counted once, when it ended, under its type and its outcome:
 * what the run summary and {@code connector_edusign_requests} report.
 */
class EdusignApiRequestCountTest {

    private final ObjectMapper json = new ObjectMapper();
    private final DefaultCamelContext context = new DefaultCamelContext();
    private final ScriptedGateway gateway = new ScriptedGateway(context);
    private final RequestCounter counter = new RequestCounter();
    private final EdusignApi api = new EdusignApi(gateway, json, "http://edusign.test", "key", "acme", counter);

    @AfterEach
    void closeContext() throws Exception {
        context.close();
    }

    @Test
    void answeredWritesCountAsSuccessUnderTheirType() {
        gateway.answer(200, "{\"status\":\"success\",\"result\":{\"ID\":\"c1\"}}");
        gateway.answer(200, "{\"status\":\"success\",\"result\":null}");

        assertThat(EdusignApi.idOrNull(api.create(ObjectKind.COURSE, course(), Map.of()))).isEqualTo("c1");
        api.update(ObjectKind.COURSE, course().put("ID", "c1"), Map.of());

        assertThat(counter.get(Type.CREATE, RequestOutcome.SUCCESS)).isEqualTo(1);
        assertThat(counter.get(Type.UPDATE, RequestOutcome.SUCCESS)).isEqualTo(1);
        assertThat(counter.snapshot()).containsEntry("create", 1L).containsEntry("update", 1L).containsEntry("read", 0L);
    }

    @Test
    void aCourseRefusedWithAnErrorEnvelopeIsABusinessError() {
        gateway.answer(200, "{\"status\":\"error\",\"message\":\"Professor not available\"}");

        assertThatThrownBy(() -> api.create(ObjectKind.COURSE, course(), Map.of())).isInstanceOf(EdusignBusinessException.class);

        assertThat(counter.get(Type.CREATE, RequestOutcome.BUSINESS_ERROR)).isEqualTo(1);
        assertThat(counter.get(Type.CREATE)).isEqualTo(1);
    }

    @Test
    void aPlainTextBadRequestIsABusinessError() {
        gateway.answer(400, "Bad Request");

        assertThatThrownBy(() -> api.update(ObjectKind.COURSE, course(), Map.of())).isInstanceOf(EdusignUnknownAnswerException.class);

        assertThat(counter.get(Type.UPDATE, RequestOutcome.BUSINESS_ERROR)).isEqualTo(1);
    }

    @Test
    void aLookupAnsweredNotFoundIsASuccessfulAnswer() {
        gateway.answer(200, "{\"status\":\"error\",\"message\":\"Error - cannot get professor by email\"}");
        gateway.answer(200, "{\"status\":\"error\",\"message\":\"No course with this API_ID found\"}");

        assertThat(api.byEmail(ObjectKind.PROFESSOR, "ada@example.org")).isEmpty();
        assertThat(api.idByApiId(ObjectKind.COURSE, "celcat:acme:course:1")).isEmpty();

        assertThat(counter.get(Type.READ, RequestOutcome.SUCCESS)).isEqualTo(2);
        assertThat(counter.get(Type.READ, RequestOutcome.BUSINESS_ERROR)).isZero();
    }

    @Test
    void aNotFoundOnADeleteIsStillARefusal() {
        gateway.answer(200, "{\"status\":\"error\",\"message\":\"No course with this ID found\"}");

        assertThatThrownBy(() -> api.delete(ObjectKind.COURSE, "c1")).isInstanceOf(EdusignBusinessException.class);

        assertThat(counter.get(Type.DELETE, RequestOutcome.BUSINESS_ERROR)).isEqualTo(1);
    }

    @Test
    void failuresAfterRedeliveryCountOnceByKind() {
        gateway.fail(new RetryableHttpException("edusign answered 503", 503, null));
        gateway.fail(new CircuitOpenException("Edusign calls are suspended by the circuit breaker", null));
        gateway.fail(new FatalHttpException("edusign refused with 401", 401));

        assertThatThrownBy(() -> api.delete(ObjectKind.COURSE, "c1")).isInstanceOf(RetryableHttpException.class);
        assertThatThrownBy(() -> api.get("/v1/course?locked=1")).isInstanceOf(CircuitOpenException.class);
        assertThatThrownBy(() -> api.create(ObjectKind.COURSE, course(), Map.of())).isInstanceOf(FatalHttpException.class);

        assertThat(counter.get(Type.DELETE, RequestOutcome.TRANSIENT)).isEqualTo(1);
        assertThat(counter.get(Type.READ, RequestOutcome.BREAKER_OPEN)).isEqualTo(1);
        assertThat(counter.get(Type.CREATE, RequestOutcome.FATAL)).isEqualTo(1);
        assertThat(counter.outcomes()).containsExactly(Map.entry("success", 0L), Map.entry("business_error", 0L),
                Map.entry("transient", 1L), Map.entry("breaker_open", 1L), Map.entry("fatal", 1L));
    }

    @Test
    void anAnswerWithoutTheEnvelopeIsTransientAndUnknown() {
        gateway.answer(200, "<html>maintenance</html>");

        assertThatThrownBy(() -> api.get("/v1/course?locked=1")).isInstanceOf(EdusignUnknownAnswerException.class);

        assertThat(counter.get(Type.READ, RequestOutcome.TRANSIENT)).isEqualTo(1);
    }

    @Test
    void everyTypeAndOutcomePairIsTallied() {
        gateway.answer(200, "{\"status\":\"success\",\"result\":[]}");
        api.get("/v1/course?locked=1");

        assertThat(counter.tallies()).hasSize(Type.values().length * RequestOutcome.values().length)
                .filteredOn(t -> t.count() > 0).containsExactly(new RequestCounter.Tally(Type.READ, RequestOutcome.SUCCESS, 1));
    }

    private ObjectNode course() {
        return json.createObjectNode().put("NAME", "TD Droit");
    }
}
