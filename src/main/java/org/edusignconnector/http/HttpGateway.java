package org.edusignconnector.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Sends {@link HttpCall}s through the {@code http-call} route, where redelivery and throttling live.
 * Edusign is one service for every school: a Resilience4j circuit breaker over its calls (each
 * counted after its redeliveries) opens when half of the last 10, and at least 3, failed
 * transiently, so that during an outage (Saturday maintenance) the next tenants' runs fail fast
 * instead of each retrying into it.
 */
public class HttpGateway {

    private final ProducerTemplate template;
    private final CircuitBreaker edusignBreaker;

    public HttpGateway(CamelContext context, Duration breakerOpenFor) {
        this.template = context.createProducerTemplate();
        this.edusignBreaker = CircuitBreaker.of("edusign", CircuitBreakerConfig.custom()
                .failureRateThreshold(50)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(3)
                .waitDurationInOpenState(breakerOpenFor)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordExceptions(RetryableHttpException.class)
                .build());
    }

    public HttpReply execute(HttpCall call) {
        if (!"edusign".equals(call.system())) {
            return send(call);
        }
        try {
            edusignBreaker.acquirePermission();
        } catch (CallNotPermittedException open) {
            throw new CircuitOpenException("Edusign calls are suspended by the circuit breaker after repeated failures"
                    + " (Edusign down or in maintenance); not sent: " + call.describe(), open);
        }
        long start = System.nanoTime();
        try {
            HttpReply reply = send(call);
            edusignBreaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return reply;
        } catch (RuntimeException failure) {
            edusignBreaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            throw failure;
        }
    }

    public CircuitBreaker.State edusignBreakerState() {
        return edusignBreaker.getState();
    }

    private HttpReply send(HttpCall call) {
        Exchange result = template.send("direct:http-call", e -> e.setProperty(HttpExchange.CALL, call));
        Exception failure = result.getException();
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure != null) {
            throw new RetryableHttpException(call.system() + " could not be reached for " + call.describe()
                    + ": " + failure.getClass().getSimpleName() + " " + failure.getMessage(), 0, failure);
        }
        return result.getMessage().getBody(HttpReply.class);
    }
}
