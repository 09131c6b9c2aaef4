package org.edusignconnector.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.edusignconnector.testing.LogCapture;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads when the runtime starts on H2: no warning from Flyway about the H2
 * version, and the HTTP endpoints at the address each server is bound to (the management port on
 * 127.0.0.1 by default, not 0.0.0.0).
 */
class QuietStartTest {

    private static RuntimeHarness runtime;
    private static String log;

    @BeforeAll
    static void start() {
        runtime = RuntimeHarness.create();
        try (LogCapture capture = LogCapture.start()) {
            runtime.start();
            log = capture.text();
        }
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void flywayDoesNotWarnAboutTheH2Version() {
        assertThat(runtime.databaseUrl()).startsWith("jdbc:h2:");
        assertThat(log).as("Flyway ran").contains("org.flywaydb");
        assertThat(log.lines().filter(l -> l.contains(" WARN org.flywaydb"))).isEmpty();
    }

    @Test
    void theEndpointsAreListedAtTheAddressTheServersAreBoundTo() {
        String api = "http://127.0.0.1:" + runtime.httpPort();
        String management = "http://127.0.0.1:" + runtime.managementPort();
        assertThat(log).contains("HTTP endpoints (bound to " + api + ")")
                .contains("HTTP management endpoints (bound to " + management + ")")
                .containsPattern("\\Q" + api + "\\E/api/tenants/\\{tenant\\}/sync +\\(POST\\)")
                .containsPattern("\\Q" + management + "\\E/observe/health +\\(GET\\)")
                .containsPattern("\\Q" + management + "\\E/observe/jolokia +\\(GET,POST\\)");
        assertThat(log).as("no address the servers are not bound to").doesNotContain("0.0.0.0");
    }
}
