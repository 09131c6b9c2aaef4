package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.testing.ForwardProxy;
import org.junit.jupiter.api.Test;

/** The tenant's proxy carries its FCA Manager calls, and only those: Edusign calls go direct. */
class FcaProxyTest {

    @Test
    void fcaRequestsGoThroughTheProxyAndEdusignRequestsDoNot() {
        try (FcaFixture univ = new FcaFixture(); ForwardProxy proxy = ForwardProxy.start(null, null)) {
            univ.runtime.property("test.fca.proxyHost", "127.0.0.1").property("test.fca.proxyPort", String.valueOf(proxy.port())).start();

            RunSummary run = univ.runtime.sync("univ");

            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(univ.fca.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.viaProxyHeader()).isEqualTo("1.1 test-proxy"));
            assertThat(proxy.forwarded()).isNotEmpty().allSatisfy(url -> assertThat(url).contains(univ.fca.baseUrl()));
            assertThat(proxy.forwarded()).noneMatch(url -> url.contains(univ.edusign.baseUrl()));
            assertThat(univ.school().courses()).hasSize(2);
        }
    }

    @Test
    void proxyCredentialsComeFromTheEnvironment() {
        System.setProperty("UNIV_PROXY_PASSWORD", "proxy-pass");
        try (FcaFixture univ = new FcaFixture(); ForwardProxy proxy = ForwardProxy.start("proxy-user", "proxy-pass")) {
            univ.runtime.tenantYaml("fca.yaml", withProxyCredentials()).property("test.fca.proxyHost", "127.0.0.1")
                    .property("test.fca.proxyPort", String.valueOf(proxy.port())).start();

            RunSummary run = univ.runtime.sync("univ");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(proxy.forwarded()).isNotEmpty();
        }
    }

    private static String withProxyCredentials() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/tenants/fca.yaml")) + """
                          - name: proxyUsername
                            value: proxy-user
                          - name: proxyPasswordEnv
                            value: UNIV_PROXY_PASSWORD
                    """;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
