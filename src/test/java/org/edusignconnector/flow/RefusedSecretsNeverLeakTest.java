package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.testing.ForwardProxy;
import org.edusignconnector.testing.LogCapture;
import org.edusignconnector.testing.RuntimeHarness;
import org.edusignconnector.testing.RuntimeSurfaces;
import org.edusignconnector.testing.SecretFiles;
import org.edusignconnector.testing.SecretScanner;
import org.junit.jupiter.api.Test;

/**
 * Credentials that are refused are secrets too: an Edusign API key Edusign does not know (401), a
 * Celcat API code Celcat refuses (401), an FCA Manager password FCA refuses (401), a proxy password
 * the proxy refuses (407). Neither they nor the accepted ones show in the runs' summaries, in what
 * a failing sync throws, in the log at TRACE, in the database or in the API's answers.
 */
class RefusedSecretsNeverLeakTest {

    private static final String REFUSED_EDUSIGN_KEY = "refused-edusign-key-P9";
    private static final String REFUSED_CELCAT_CODE = "refused-celcat-code-M5";
    private static final String REFUSED_FCA_PASSWORD = "refused-fca-password-Q3";
    private static final String REFUSED_PROXY_PASSWORD = "refused-proxy-password-W2";
    private static final String BETA_KEY = "key-beta";

    @Test
    void refusedCredentialsShowNowhere() throws Exception {
        try (FcaFixture univ = new FcaFixture();
             ForwardProxy proxy = ForwardProxy.start(SecretsNeverLeakTest.PROXY_USER, SecretsNeverLeakTest.PROXY_PASSWORD);
             CelcatSimulator celcat = CelcatSimulator.start(0, AcmeFixture.API_CODE); SecretFiles secrets = new SecretFiles();
             LogCapture log = LogCapture.start(SecretsNeverLeakTest.TRACED)) {
            SecretScanner scanner = SecretsNeverLeakTest.configuredSecrets(univ.runtime, secrets)
                    .basicCredentials("refused FCA Manager password", "connector", REFUSED_FCA_PASSWORD)
                    .secret("refused Edusign API key", REFUSED_EDUSIGN_KEY)
                    .secret("refused Celcat API code", REFUSED_CELCAT_CODE)
                    .basicCredentials("refused proxy password", SecretsNeverLeakTest.PROXY_USER, REFUSED_PROXY_PASSWORD)
                    .secret("Beta's Edusign API key", BETA_KEY);
            secrets.put("UNIV_FCA_PASSWORD", REFUSED_FCA_PASSWORD).put("ACME_EDUSIGN_API_KEY", REFUSED_EDUSIGN_KEY)
                    .put("BETA_EDUSIGN_API_KEY", BETA_KEY).put("BETA_CELCAT_API_CODE", REFUSED_CELCAT_CODE);
            univ.edusign.addSchool(BETA_KEY);
            CelcatSchool.populate(celcat.timetable("1"));
            univ.runtime.tenantYaml("fca.yaml", SecretsNeverLeakTest.withProxyCredentials()).tenantFile("acme.yaml")
                    .tenantYaml("beta.yaml", betaWithApiCode()).property("test.celcat.url", celcat.baseUrl())
                    .property("test.beta.celcat.url", celcat.baseUrl()).property("test.fca.proxyHost", "127.0.0.1")
                    .property("test.fca.proxyPort", String.valueOf(proxy.port())).start();

            StringBuilder refusals = new StringBuilder();
            refusals.append(failedSync(univ.runtime, "univ", "401"));
            refusals.append(failedSync(univ.runtime, "acme", "401"));
            refusals.append(failedSync(univ.runtime, "beta", "401"));
            univ.runtime.stop();
            secrets.put("UNIV_FCA_PASSWORD", FcaFixture.PASSWORD).put("UNIV_PROXY_PASSWORD", REFUSED_PROXY_PASSWORD);
            univ.runtime.start();
            refusals.append(failedSync(univ.runtime, "univ", "407"));

            scanner.scan("failed runs and what they threw", refusals.toString());
            scanner.scan("database tables", RuntimeSurfaces.allTables(univ.runtime.dataSource()));
            int api = univ.runtime.httpPort();
            for (String tenant : List.of("univ", "acme", "beta")) {
                scanner.scan("API answers", RuntimeSurfaces.get(api, "/api/tenants/" + tenant + "/events?page=0&size=500",
                        RuntimeSurfaces.admin(), "application/json"));
                scanner.scan("API answers", RuntimeSurfaces.get(api, "/api/tenants/" + tenant + "/runs", RuntimeSurfaces.admin(), "application/json"));
            }
            scanner.scan("API answers", RuntimeSurfaces.get(api, "/api/tenants", RuntimeSurfaces.admin(), "application/json"));
            int management = Integer.parseInt(univ.runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}"));
            scanner.scan("health", RuntimeSurfaces.get(management, "/observe/health?exposureLevel=full", null, null));
            scanner.scan("log", log.text());

            assertThat(log.text()).contains("401").contains("407");
            scanner.assertNoSecretFound();
        }
    }

    /** The run's summary, or what the sync threw, with its causes and stack trace; the run must have failed on that status. */
    private static String failedSync(RuntimeHarness runtime, String tenant, String status) {
        try {
            RunSummary run = runtime.sync(tenant);
            assertThat(run.status()).as(run.message()).isEqualTo("FAILED");
            assertThat(run.message()).contains(status);
            return run + "\n";
        } catch (RuntimeException thrown) {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).contains(status);
            return trace + "\n";
        }
    }

    private static String betaWithApiCode() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/tenants/beta.yaml")) + """
                      - name: celcatApiCodeEnv
                        value: BETA_CELCAT_API_CODE
                """;
    }
}
