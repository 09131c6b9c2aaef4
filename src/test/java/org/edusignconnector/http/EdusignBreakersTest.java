package org.edusignconnector.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One breaker per Edusign school, i.e. per base URL and API key; neither the key nor its hash alone reveals the other. */
class EdusignBreakersTest {

    private final EdusignBreakers breakers = new EdusignBreakers(Duration.ofSeconds(30));

    @Test
    void callsOfOneSchoolShareTheirBreaker() {
        assertThat(breakers.of(call("https://ext.edusign.fr/v1/course", "key-a")))
                .isSameAs(breakers.of(call("https://ext.edusign.fr/v1/student?page=2", "key-a")));
    }

    @Test
    void anotherKeyOrAnotherEdusignIsAnotherBreaker() {
        var first = breakers.of(call("https://ext.edusign.fr/v1/course", "key-a"));
        assertThat(breakers.of(call("https://ext.edusign.fr/v1/course", "key-b"))).isNotSameAs(first);
        assertThat(breakers.of(call("https://sandbox.edusign.example/v1/course", "key-a"))).isNotSameAs(first);
    }

    @Test
    void theBreakerNameHoldsNoKey() {
        var breaker = breakers.of(call("https://ext.edusign.fr/v1/course", "secret-key-123"));
        assertThat(breaker.getName()).startsWith("edusign-").doesNotContain("secret-key-123");
    }

    private static HttpCall call(String url, String key) {
        return HttpCall.get("edusign", "acme", url, Map.of("Authorization", "Bearer " + key));
    }
}
