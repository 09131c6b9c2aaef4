package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** A tenant file that cannot run stops the runtime at start-up with a message naming the tenant and the field. */
class TenantConfigTest {

    private static final String TEMPLATE_HEAD = """
            - templatedRoute:
                routeTemplateRef: celcat-to-edusign
                routeId: %s
                parameters:
                  - name: tenant
                    value: %s
            """;

    @Test
    void aMissingMandatoryFieldIsNamed() {
        assertStartFails(TEMPLATE_HEAD.formatted("gamma", "gamma") + """
                      - name: edusignApiKeyEnv
                        value: ACME_EDUSIGN_API_KEY
                      - name: userNameFormat
                        value: FIRST_LAST
                """, "tenant 'gamma': celcatUrl is mandatory and missing");
    }

    @Test
    void anUnsetSecretIsNamedButNeverGuessed() {
        assertStartFails(TEMPLATE_HEAD.formatted("gamma", "gamma") + """
                      - name: edusignApiKeyEnv
                        value: GAMMA_KEY_THAT_IS_NOT_SET
                      - name: celcatUrl
                        value: http://127.0.0.1:1/api
                      - name: userNameFormat
                        value: FIRST_LAST
                """, "tenant 'gamma': edusignApiKeyEnv names GAMMA_KEY_THAT_IS_NOT_SET, which is not set in the environment");
    }

    @Test
    void anUnknownNameFormatIsNamed() {
        assertStartFails(TEMPLATE_HEAD.formatted("gamma", "gamma") + """
                      - name: edusignApiKeyEnv
                        value: ACME_EDUSIGN_API_KEY
                      - name: celcatUrl
                        value: http://127.0.0.1:1/api
                      - name: userNameFormat
                        value: SURNAME_FIRST
                """, "tenant 'gamma': userNameFormat unknown UserNameFormat 'SURNAME_FIRST'");
    }

    @Test
    void aBadFlagIsNamed() {
        assertStartFails(TEMPLATE_HEAD.formatted("gamma", "gamma") + """
                      - name: edusignApiKeyEnv
                        value: ACME_EDUSIGN_API_KEY
                      - name: celcatUrl
                        value: http://127.0.0.1:1/api
                      - name: userNameFormat
                        value: FIRST_LAST
                      - name: groups
                        value: "maybe"
                """, "tenant 'gamma': groups must be true or false, got 'maybe'");
    }

    @Test
    void registersThroughCawsNeedTheirUserAndAPasswordFromTheEnvironment() {
        String head = TEMPLATE_HEAD.formatted("gamma", "gamma") + """
                      - name: edusignApiKeyEnv
                        value: ACME_EDUSIGN_API_KEY
                      - name: celcatUrl
                        value: http://127.0.0.1:1/api
                      - name: userNameFormat
                        value: FIRST_LAST
                      - name: celcatRegistersUrl
                        value: https://celcat.example.fr/caws/api/
                """;
        assertStartFails(head, "tenant 'gamma': celcatRegistersUsername is required with celcatRegistersUrl");
        assertStartFails(head + """
                      - name: celcatRegistersUsername
                        value: robot
                """, "tenant 'gamma': celcatRegistersPasswordEnv is required with celcatRegistersUrl");
        assertStartFails(head + """
                      - name: celcatRegistersUsername
                        value: robot
                      - name: celcatRegistersPasswordEnv
                        value: GAMMA_CAWS_PASSWORD_THAT_IS_NOT_SET
                """, "tenant 'gamma': celcatRegistersPasswordEnv names GAMMA_CAWS_PASSWORD_THAT_IS_NOT_SET, which is not set");
    }

    @Test
    void aMisspeltParameterIsNamedWithTheClosestKnownOne() {
        assertStartFails(TEMPLATE_HEAD.formatted("gamma", "gamma") + """
                      - name: edusignApiKeyEnv
                        value: ACME_EDUSIGN_API_KEY
                      - name: celcatUrl
                        value: http://127.0.0.1:1/api
                      - name: userNameFormat
                        value: FIRST_LAST
                      - name: maxDeletionPercnt
                        value: "0"
                """, "tenant 'gamma': maxDeletionPercnt is not a parameter of template celcat-to-edusign; did you mean maxDeletionPercent?");
    }

    @Test
    void aParameterLikeNoKnownOneIsNamedWithoutAGuess() {
        assertStartFails(TEMPLATE_HEAD.formatted("gamma", "gamma") + """
                      - name: edusignApiKeyEnv
                        value: ACME_EDUSIGN_API_KEY
                      - name: celcatUrl
                        value: http://127.0.0.1:1/api
                      - name: userNameFormat
                        value: FIRST_LAST
                      - name: zzzzzzzz
                        value: "1"
                """, "tenant 'gamma': zzzzzzzz is not a parameter of template celcat-to-edusign\n");
    }

    private static void assertStartFails(String yaml, String message) {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key");
        try (RuntimeHarness runtime = RuntimeHarness.create()) {
            runtime.tenantYaml("gamma.yaml", yaml);
            assertThatThrownBy(runtime::start).hasStackTraceContaining(message);
            assertThat(message).doesNotContain("key\"");
        }
    }
}
