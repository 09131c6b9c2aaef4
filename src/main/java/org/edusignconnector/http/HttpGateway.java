package org.edusignconnector.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Sends {@link HttpCall}s through the {@code http-call} route, where redelivery and throttling live.
 * Each call is first shown to the {@link CallGuard} (a fenced or overdue run stops there). Each
 * Edusign school (base URL and API key) has its own Resilience4j circuit breaker over its calls (each
 * counted after its redeliveries): it opens when half of the last 10, and at least 3, failed
 * transiently, so that during an outage (Saturday maintenance) the school's next runs fail fast
 * instead of retrying into it, while a school whose own calls succeed goes on.
 */
public class HttpGateway {

    private final ProducerTemplate template;
    private final EdusignBreakers breakers;
    private final CallGuard guard;

    public HttpGateway(CamelContext context, Duration breakerOpenFor) {
        this(context, breakerOpenFor, CallGuard.NONE);
    }

    public HttpGateway(CamelContext context, Duration breakerOpenFor, CallGuard guard) {
        this.template = context.createProducerTemplate();
        this.breakers = new EdusignBreakers(breakerOpenFor);
        this.guard = guard;
    }

    public HttpReply execute(HttpCall call) {
        guard.beforeSend(call);
        if (!"edusign".equals(call.system())) {
            return send(call);
        }
        CircuitBreaker breaker = breakers.of(call);
        try {
            breaker.acquirePermission();
        } catch (CallNotPermittedException open) {
            throw new CircuitOpenException("Edusign calls of this school are suspended by the circuit breaker after repeated failures"
                    + " (Edusign down, in maintenance or refusing the school's requests); not sent: " + call.describe(), open);
        }
        long start = System.nanoTime();
        try {
            HttpReply reply = send(call);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return reply;
        } catch (RuntimeException failure) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            throw failure;
        }
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
