package org.edusignconnector.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retry-After in seconds becomes the redelivery delay in milliseconds, capped at two minutes;
 * anything that is not a usable number of seconds gives no delay hint (null: the default backoff).
 */
class HttpExchangeTest {

    @Test
    void secondsBecomeMilliseconds() {
        assertThat(HttpExchange.retryAfterMillis("5")).isEqualTo(5_000L);
        assertThat(HttpExchange.retryAfterMillis("0")).isEqualTo(0L);
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(HttpExchange.retryAfterMillis(" 30 ")).isEqualTo(30_000L);
    }

    @Test
    void delayIsCappedAtTwoMinutes() {
        assertThat(HttpExchange.retryAfterMillis("120")).isEqualTo(120_000L);
        assertThat(HttpExchange.retryAfterMillis("121")).isEqualTo(120_000L);
        assertThat(HttpExchange.retryAfterMillis("86400")).isEqualTo(120_000L);
    }

    @Test
    void hugeValuesAreCappedNotOverflowed() {
        assertThat(HttpExchange.retryAfterMillis("9223372036854775")).isEqualTo(120_000L);
        assertThat(HttpExchange.retryAfterMillis(String.valueOf(Long.MAX_VALUE))).isEqualTo(120_000L);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "soon", "1.5", "Wed, 21 Oct 2026 07:28:00 GMT", "99999999999999999999", "-1", "-120"})
    void unusableValuesGiveNoHint(String value) {
        assertThat(HttpExchange.retryAfterMillis(value)).isNull();
    }
}
