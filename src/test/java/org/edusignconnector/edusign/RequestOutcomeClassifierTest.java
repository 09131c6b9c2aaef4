package org.edusignconnector.edusign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.apache.camel.RuntimeCamelException;
import org.edusignconnector.http.CircuitOpenException;
import org.edusignconnector.http.FatalHttpException;
import org.edusignconnector.http.RetryableHttpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How an Edusign request ended decides its outcome tag: success, business_error (Edusign refused the
 * item), transient (still failing after redelivery), breaker_open (never sent) or fatal (stops the run).
 */
class RequestOutcomeClassifierTest {

    @Test
    void aRequestWithoutFailureSucceeded() {
        assertThat(RequestOutcomeClassifier.classify(null)).isEqualTo(RequestOutcome.SUCCESS);
        assertThat(RequestOutcomeClassifier.classifyLookup(null)).isEqualTo(RequestOutcome.SUCCESS);
    }

    @Test
    void anErrorEnvelopeIsABusinessError() {
        EdusignBusinessException refused = new EdusignBusinessException("POST /v1/course", "Professor not available");

        assertThat(RequestOutcomeClassifier.classify(refused)).isEqualTo(RequestOutcome.BUSINESS_ERROR);
        assertThat(RequestOutcomeClassifier.classifyLookup(refused)).isEqualTo(RequestOutcome.BUSINESS_ERROR);
    }

    @Test
    void notFoundIsARefusalOfAWriteButTheAnswerOfALookup() {
        EdusignBusinessException notFound = new EdusignBusinessException("GET /v1/student/by-email/x", "No student with this email found");

        assertThat(RequestOutcomeClassifier.classify(notFound)).isEqualTo(RequestOutcome.BUSINESS_ERROR);
        assertThat(RequestOutcomeClassifier.classifyLookup(notFound)).isEqualTo(RequestOutcome.SUCCESS);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 409, 422})
    void aFourHundredWithoutEnvelopeIsARefusal(int status) {
        assertThat(RequestOutcomeClassifier.classify(new RetryableHttpException("Edusign answered " + status, status, null)))
                .isEqualTo(RequestOutcome.BUSINESS_ERROR);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 200, 408, 429, 500, 502, 503, 504})
    void throttlingServerErrorsAndLostAnswersAreTransient(int status) {
        assertThat(RequestOutcomeClassifier.classify(new RetryableHttpException("Edusign answered " + status, status, null)))
                .isEqualTo(RequestOutcome.TRANSIENT);
    }

    @Test
    void anUnreachableOrSilentEdusignIsTransient() {
        assertThat(RequestOutcomeClassifier.classify(new RuntimeCamelException(new ConnectException("Connection refused"))))
                .isEqualTo(RequestOutcome.TRANSIENT);
        assertThat(RequestOutcomeClassifier.classify(new UncheckedIOException(new SocketTimeoutException("Read timed out"))))
                .isEqualTo(RequestOutcome.TRANSIENT);
    }

    @Test
    void aCallTheOpenBreakerRefusedIsCountedApartFromTransientOnes() {
        CircuitOpenException open = new CircuitOpenException("Edusign calls are suspended by the circuit breaker", null);

        assertThat(RequestOutcomeClassifier.classify(open)).isEqualTo(RequestOutcome.BREAKER_OPEN);
        assertThat(RequestOutcomeClassifier.classifyLookup(open)).isEqualTo(RequestOutcome.BREAKER_OPEN);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 402, 403})
    void aRefusedKeyOrSubscriptionIsFatal(int status) {
        assertThat(RequestOutcomeClassifier.classify(new FatalHttpException("Edusign refused the key", status)))
                .isEqualTo(RequestOutcome.FATAL);
    }

    @Test
    void anyOtherFailureStopsTheRunAndIsFatal() {
        assertThat(RequestOutcomeClassifier.classify(new IllegalStateException("cannot serialise a request body")))
                .isEqualTo(RequestOutcome.FATAL);
    }

    @Test
    void tagsAreTheLowerCaseNames() {
        assertThat(RequestOutcome.values()).extracting(RequestOutcome::tag)
                .containsExactly("success", "business_error", "transient", "breaker_open", "fatal");
    }
}
