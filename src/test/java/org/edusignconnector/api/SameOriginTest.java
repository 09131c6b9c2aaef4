package org.edusignconnector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edusignconnector.testing.HostileValues.EVIL_ORIGIN;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void aCallWithoutOriginOrRefererIsNotABrowsersCrossSiteOne() {
        assertThat(SameOrigin.allows(null, null, "127.0.0.1:8080")).isTrue();
        assertThat(SameOrigin.allows("", " ", "127.0.0.1:8080")).isTrue();
    }

    @Test
    void theRuntimesOwnPagesMayPost() {
        assertThat(SameOrigin.allows("http://127.0.0.1:8080", null, "127.0.0.1:8080")).isTrue();
        assertThat(SameOrigin.allows(null, "http://Connector.School.example:8080/ui/", "connector.school.example:8080")).isTrue();
        assertThat(SameOrigin.allows("https://connector.school.example", null, "connector.school.example")).as("behind a TLS proxy").isTrue();
        assertThat(SameOrigin.allows("http://connector.school.example", null, "connector.school.example:80")).isTrue();
    }

    @Test
    void anotherSiteHostOrPortIsRefused() {
        assertThat(SameOrigin.allows(EVIL_ORIGIN, null, "127.0.0.1:8080")).isFalse();
        assertThat(SameOrigin.allows(null, EVIL_ORIGIN + "/page", "127.0.0.1:8080")).isFalse();
        assertThat(SameOrigin.allows("http://127.0.0.1:9999", null, "127.0.0.1:8080")).as("another port, another site's server").isFalse();
        assertThat(SameOrigin.allows(EVIL_ORIGIN, "http://127.0.0.1:8080/ui/", "127.0.0.1:8080")).as("Origin wins over Referer").isFalse();
        assertThat(SameOrigin.allows("http://connector.school.example.evil.example", null, "connector.school.example")).isFalse();
    }

    @Test
    void opaqueOrUnreadableOriginsAndMissingHostAreRefused() {
        assertThat(SameOrigin.allows("null", null, "127.0.0.1:8080")).isFalse();
        assertThat(SameOrigin.allows("http://[bad", null, "127.0.0.1:8080")).isFalse();
        assertThat(SameOrigin.allows("http://127.0.0.1:8080", null, null)).isFalse();
    }
}
