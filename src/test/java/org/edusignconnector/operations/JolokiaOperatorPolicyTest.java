package org.edusignconnector.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edusignconnector.operations.JolokiaPolicyTest.assertRefused;

import java.nio.file.Files;
import java.nio.file.Path;

import org.edusignconnector.testing.JolokiaClient;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** -Djolokia.policyLocation (or JOLOKIA_POLICY_LOCATION) replaces the shipped policy with an operator's. */
class JolokiaOperatorPolicyTest {

    @Test
    void anOperatorsPolicyFileReplacesTheShippedOne() throws Exception {
        Path policy = Files.createTempFile("jolokia-access", ".xml");
        Files.writeString(policy, """
                <restrict>
                  <commands><command>version</command></commands>
                </restrict>
                """);
        System.setProperty("jolokia.policyLocation", policy.toUri().toString());
        try (RuntimeHarness runtime = RuntimeHarness.create().start()) {
            JolokiaClient jolokia = JolokiaClient.of(runtime);

            assertThat(jolokia.call("{\"type\":\"version\"}").path("status").asInt()).isEqualTo(200);
            // the shipped policy allows this read; the operator's does not
            assertRefused(jolokia.call("{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"HeapMemoryUsage\"}"));
        } finally {
            System.clearProperty("jolokia.policyLocation");
        }
    }
}
