package org.edusignconnector.runtime;

import java.time.Duration;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Configuration;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.Registry;
import org.edusignconnector.http.CallLimits;
import org.edusignconnector.http.HttpExchange;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.sync.RunGuards;
import org.edusignconnector.sync.TenantRunLock;

/**
 * Outbound HTTP: the pace of Edusign calls, the guard every call of a run passes, the circuit
 * breakers, each call's deadline and size limit. Second of {@code camel.main.configuration-classes};
 * every value comes from {@code application.properties}.
 */
@Configuration
public class HttpConfiguration implements CamelConfiguration {

    @PropertyInject("connector.edusign.rate-per-minute")
    private int ratePerMinute;
    @PropertyInject("connector.run.max-duration-minutes")
    private String maxRunMinutes;
    @PropertyInject("connector.edusign.breaker-open-ms")
    private long breakerOpenMs;
    @PropertyInject("connector.http.call-deadline-ms")
    private long callDeadlineMs;
    @PropertyInject("connector.http.max-answer-bytes")
    private long maxAnswerBytes;
    @PropertyInject("connector.http.endpoint-options")
    private String endpointOptions;
    @PropertyInject("connector.http.max-redelivery-delay-ms")
    private long maxRedeliveryDelayMs;

    @Override
    public void configure(CamelContext context) {
        Registry registry = context.getRegistry();
        if (ratePerMinute < 1) {
            throw new IllegalArgumentException("connector.edusign.rate-per-minute must be at least 1, got " + ratePerMinute);
        }
        // One request per interval and per school: never more than the rate in any sliding minute.
        context.getPropertiesComponent().addInitialProperty("connector.edusign.request-interval-ms",
                String.valueOf((60_000 + ratePerMinute - 1) / ratePerMinute));
        // Every outbound call of a run passes its guard: a run that lost its lease or its deadline stops there.
        RunGuards guards = new RunGuards(Beans.of(context, "tenantRunLock", TenantRunLock.class), maxRunDuration(maxRunMinutes),
                System::nanoTime);
        registry.bind("runGuards", guards);
        registry.bind("httpGateway", new HttpGateway(context, Duration.ofMillis(breakerOpenMs), guards));
        CallLimits callLimits = new CallLimits(callDeadlineMs, maxAnswerBytes,
                context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "http-call-deadlines"));
        registry.bind(HttpExchange.CALL_LIMITS, callLimits);
        registry.bind("httpExchange", new HttpExchange(endpointOptions, maxRedeliveryDelayMs, callLimits));
    }

    /** {@code connector.run.max-duration-minutes}: minutes, decimals allowed (0.5 is 30 s). */
    static Duration maxRunDuration(String minutes) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(minutes.trim()) * 60_000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("connector.run.max-duration-minutes must be a number of minutes, got '" + minutes + "'");
        }
    }
}
