package org.edusignconnector.http;

import org.edusignconnector.common.Sha256;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * One Resilience4j circuit breaker per Edusign school, i.e. per Edusign base URL and API key: one
 * school's 429s or refusals open its own breaker, not the other schools'. The map is keyed by a hash
 * of URL and key, so the key itself is held nowhere here and never appears in a breaker's name.
 */
final class EdusignBreakers {

    private final CircuitBreakerConfig config;
    private final Map<String, CircuitBreaker> bySchool = new ConcurrentHashMap<>();

    EdusignBreakers(Duration openFor) {
        this.config = CircuitBreakerConfig.custom()
                .failureRateThreshold(50)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(3)
                .waitDurationInOpenState(openFor)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordExceptions(RetryableHttpException.class)
                .build();
    }

    CircuitBreaker of(HttpCall call) {
        String school = schoolKey(call.url(), call.headers().get("Authorization"));
        return bySchool.computeIfAbsent(school, k -> CircuitBreaker.of("edusign-" + k, config));
    }

    /** A digest of the call's origin (scheme, host, port) and credentials: equal for one school, opaque. */
    static String schoolKey(String url, String authorization) {
        URI uri = URI.create(url);
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return Sha256.hex(origin + "\n" + (authorization == null ? "" : authorization)).substring(0, 16);
    }
}
