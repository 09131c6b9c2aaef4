package org.edusignconnector.http;

import org.edusignconnector.common.Texts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.CompositeHttpConfigurer;
import org.apache.camel.component.http.HttpClientConfigurer;

/**
 * Turns an {@link HttpCall} into what camel-http sends, and its answer into an {@link HttpReply},
 * classifying it: 429/5xx are retryable (honouring Retry-After), 401/402/403 are fatal.
 * Headers are cleared before and after the call so credentials never travel further in the exchange.
 * No secret goes into an endpoint URI (Camel logs them at TRACE and the developer console shows them
 * unmasked): a proxy with credentials is a registry bean the URI names. Every endpoint's HTTP client
 * is built with the {@link CallLimits} (total deadline, answer size).
 */
public class HttpExchange {

    public static final String CALL = "httpCall";
    public static final String ENDPOINT = "httpEndpoint";
    private static final long MAX_RETRY_AFTER_MILLIS = 120_000;

    /** Registry name of the {@link CallLimits} every outbound call is sent under. */
    public static final String CALL_LIMITS = "httpCallLimits";

    private final String endpointOptions;
    private final long maxRetryAfterMillis;
    private final CallLimits limits;
    private final Map<ProxySettings, String> proxyConfigurers = new ConcurrentHashMap<>();
    private final AtomicInteger proxyCount = new AtomicInteger();

    /** {@code limits}: bound as {@value #CALL_LIMITS} in the registry; every endpoint's HTTP client gets them. */
    public HttpExchange(String endpointOptions, long maxRetryAfterMillis, CallLimits limits) {
        this.endpointOptions = endpointOptions;
        this.maxRetryAfterMillis = maxRetryAfterMillis;
        this.limits = limits;
    }

    public void prepare(Exchange exchange) {
        HttpCall call = exchange.getProperty(CALL, HttpCall.class);
        Message in = exchange.getIn();
        // Camel's own headers carry the redelivery counter: keep them, drop everything else.
        in.removeHeaders("*", "Camel*");
        in.removeHeader(Exchange.HTTP_RESPONSE_CODE);
        in.setHeader(Exchange.HTTP_METHOD, call.method());
        in.setHeader(Exchange.HTTP_URI, call.url());
        in.setHeader("Accept", "application/json");
        call.headers().forEach(in::setHeader);
        if (call.body() != null) {
            // JSON unless the call says otherwise (an OAuth2 token request is a form).
            in.setHeader(Exchange.CONTENT_TYPE, call.headers().getOrDefault(Exchange.CONTENT_TYPE, "application/json"));
            in.setBody(call.body());
        } else {
            in.setBody(null);
        }
        exchange.setProperty(ENDPOINT, endpointFor(call, exchange.getContext()));
    }

    public void reply(Exchange exchange) {
        HttpCall call = exchange.getProperty(CALL, HttpCall.class);
        Message in = exchange.getIn();
        Integer status = in.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        String body = in.getBody(String.class);
        Map<String, String> headers = new HashMap<>();
        in.getHeaders().forEach((k, v) -> {
            if (!k.startsWith("Camel") && v != null) {
                headers.put(k.toLowerCase(Locale.ROOT), v.toString());
            }
        });
        in.removeHeaders("*", "Camel*");
        int code = status == null ? 0 : status;
        HttpReply reply = new HttpReply(code, headers, body);
        if ((code == 429 || code >= 500) && !call.answeredStatuses().contains(code)) {
            Long delay = retryAfterMillis(reply.header("Retry-After"));
            if (delay != null) {
                delay = Math.min(delay, maxRetryAfterMillis);
                in.setHeader(Exchange.REDELIVERY_DELAY, delay);
            }
            throw new RetryableHttpException(call.system() + " answered " + code + " to " + call.describe()
                    + ": " + shorten(body), code, null, delay);
        }
        if (code == 401 || code == 402 || code == 403) {
            throw new FatalHttpException(call.system() + " refused " + call.describe() + " with " + code
                    + " (check the tenant's credentials or subscription): " + shorten(body), code);
        }
        in.setBody(reply);
    }

    static Long retryAfterMillis(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds < 0) {
                return null; // not a delay: keep the configured backoff rather than retry at once
            }
            // compare before multiplying: a huge value must not overflow into a negative delay
            return seconds >= MAX_RETRY_AFTER_MILLIS / 1000 ? MAX_RETRY_AFTER_MILLIS : seconds * 1000L;
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    private String endpointFor(HttpCall call, CamelContext context) {
        StringBuilder uri = new StringBuilder("http://").append(call.system()).append("?").append(endpointOptions);
        ProxySettings p = call.proxy();
        if (p != null && p.username() != null) {
            uri.append("&httpClientConfigurer=#").append(proxyConfigurer(p, context));
            return uri.toString();
        }
        uri.append("&httpClientConfigurer=#").append(CALL_LIMITS);
        if (p != null) {
            uri.append("&proxyAuthHost=").append(p.host()).append("&proxyAuthPort=").append(p.port())
                    .append("&proxyAuthScheme=http");
        }
        return uri.toString();
    }

    /**
     * The registry name of the HTTP client configurer for that proxy and its credentials: one per
     * distinct settings (a reloaded tenant with another password gets a new one, hence a new endpoint).
     */
    private String proxyConfigurer(ProxySettings p, CamelContext context) {
        return proxyConfigurers.computeIfAbsent(p, settings -> {
            String name = "httpProxyWithCredentials" + proxyCount.incrementAndGet();
            context.getRegistry().bind(name, HttpClientConfigurer.class,
                    CompositeHttpConfigurer.combineConfigurers(limits, new ProxyCredentialsConfigurer(settings)));
            return name;
        });
    }

    static String shorten(String body) {
        return Texts.oneLine(body, 300);
    }
}
