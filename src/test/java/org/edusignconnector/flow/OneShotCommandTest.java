package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * The one-shot command line runs one sync of one tenant in its own process and exits: 0 when the
 * run completed (skipped items included), 1 when the run failed, 2 on a usage error. Secrets come
 * from real environment variables here.
 */
class OneShotCommandTest {

    @Test
    void exitsZeroAfterACompletedRunAndPrintsItsSummary() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.writeConfiguration();

            Result result = run(acme, AcmeFixture.KEY, "--config-dir", acme.runtime.configDir().toString(), "--once", "acme");

            assertThat(result.exit).as(result.output).isZero();
            assertThat(result.output).contains("\"status\" : \"COMPLETED\"").contains("\"CREATED\" : 3");
            assertThat(acme.school().courses()).hasSize(3);
        }
    }

    @Test
    void exitsOneWhenTheRunFails() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.writeConfiguration();

            Result result = run(acme, "a-revoked-key", "--config-dir", acme.runtime.configDir().toString(), "--once", "acme");

            assertThat(result.exit).as(result.output).isEqualTo(1);
            assertThat(result.output).contains("\"status\" : \"FAILED\"").contains("401");
            assertThat(result.output).doesNotContain("a-revoked-key");
        }
    }

    @Test
    void exitsTwoOnAUsageError() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            Result result = run(acme, AcmeFixture.KEY, "--frobnicate");

            assertThat(result.exit).isEqualTo(2);
            assertThat(result.output).contains("usage:");
        }
    }

    private static Result run(AcmeFixture acme, String apiKey, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(RuntimeHarness.javaCommand(args)).redirectErrorStream(true);
        pb.environment().put("ACME_EDUSIGN_API_KEY", apiKey);
        pb.environment().put("ACME_CELCAT_API_CODE", AcmeFixture.API_CODE);
        pb.environment().put("ACME_WEBHOOK_SECRET", AcmeFixture.WEBHOOK_SECRET);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String output) {
    }
}
