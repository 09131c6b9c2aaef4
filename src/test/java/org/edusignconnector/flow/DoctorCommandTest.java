package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.edusignconnector.doctor.DoctorVerdicts;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** {@code --doctor TENANT} in its own process: 0 when no check fails, 1 when one does, 2 on a usage error. */
class DoctorCommandTest {

    @Test
    void exitsZeroWhenNoCheckFailsAndWritesNothing() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.writeConfiguration();

            Result result = run(AcmeFixture.KEY, "--config-dir", acme.runtime.configDir().toString(), "--doctor", "acme");

            assertThat(result.exit).as(result.output).isZero();
            assertThat(result.output).contains("PASS edusign API key").contains("PASS edusign v3 API").contains("no check failed");
            assertThat(acme.edusign.requests(AcmeFixture.KEY)).isNotEmpty().noneMatch(RecordedRequest::isWrite);
            assertThat(acme.celcat.requests()).noneMatch(r -> !r.method().equals("GET"));
        }
    }

    @Test
    void exitsOneWhenACheckFails() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.writeConfiguration();

            Result result = run("a-revoked-key", "--config-dir", acme.runtime.configDir().toString(), "--doctor", "acme");

            assertThat(result.exit).as(result.output).isEqualTo(1);
            assertThat(result.output).contains("FAIL edusign API key").contains("edusignApiKeyEnv").doesNotContain("a-revoked-key");
            // The verdict stays for the overview of the runtime that starts on the same database.
            acme.runtime.start();
            assertThat(acme.runtime.context().getRegistry().lookupByNameAndType("doctorVerdicts", DoctorVerdicts.class).find("acme"))
                    .hasValueSatisfying(v -> assertThat(v.failed()).isTrue());
        }
    }

    @Test
    void exitsTwoForAnUnknownTenantOrWithOnce() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.writeConfiguration();

            Result unknown = run(AcmeFixture.KEY, "--config-dir", acme.runtime.configDir().toString(), "--doctor", "nobody");
            Result both = run(AcmeFixture.KEY, "--doctor", "acme", "--once", "acme");

            assertThat(unknown.exit).as(unknown.output).isEqualTo(2);
            assertThat(unknown.output).contains("no tenant 'nobody'");
            assertThat(both.exit).isEqualTo(2);
            assertThat(both.output).contains("usage:");
        }
    }

    private static Result run(String apiKey, String... args) throws Exception {
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
