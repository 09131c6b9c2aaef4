package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** A tenant file that cannot run stops the runtime at start-up with a message naming the tenant and the field. */
class TenantConfigTest {

    /** The gamma tenant's first three parameters when they are right: the API key's variable, Celcat's URL, a name format. */
    private static final String VALID_HEAD = gamma("edusignApiKeyEnv", "ACME_EDUSIGN_API_KEY", "celcatUrl", "http://127.0.0.1:1/api",
            "userNameFormat", "FIRST_LAST");

    @Test
    void aMissingMandatoryFieldIsNamed() {
        assertStartFails(gamma("edusignApiKeyEnv", "ACME_EDUSIGN_API_KEY", "userNameFormat", "FIRST_LAST"),
                "tenant 'gamma': celcatUrl is mandatory and missing");
    }

    @Test
    void anUnsetSecretIsNamedButNeverGuessed() {
        assertStartFails(gamma("edusignApiKeyEnv", "GAMMA_KEY_THAT_IS_NOT_SET", "celcatUrl", "http://127.0.0.1:1/api",
                "userNameFormat", "FIRST_LAST"),
                "tenant 'gamma': edusignApiKeyEnv names GAMMA_KEY_THAT_IS_NOT_SET, which is not set in the environment");
    }

    @Test
    void anUnknownNameFormatIsNamed() {
        assertStartFails(gamma("edusignApiKeyEnv", "ACME_EDUSIGN_API_KEY", "celcatUrl", "http://127.0.0.1:1/api",
                "userNameFormat", "SURNAME_FIRST"), "tenant 'gamma': userNameFormat unknown UserNameFormat 'SURNAME_FIRST'");
    }

    @Test
    void aBadFlagIsNamed() {
        assertStartFails(VALID_HEAD + parameters("groups", "\"maybe\""), "tenant 'gamma': groups must be true or false, got 'maybe'");
    }

    @Test
    void registersThroughCawsNeedTheirUserAndAPasswordFromTheEnvironment() {
        String head = VALID_HEAD + parameters("celcatRegistersUrl", "https://celcat.example.fr/caws/api/");
        assertStartFails(head, "tenant 'gamma': celcatRegistersUsername is required with celcatRegistersUrl");
        assertStartFails(head + parameters("celcatRegistersUsername", "robot"),
                "tenant 'gamma': celcatRegistersPasswordEnv is required with celcatRegistersUrl");
        assertStartFails(head + parameters("celcatRegistersUsername", "robot",
                "celcatRegistersPasswordEnv", "GAMMA_CAWS_PASSWORD_THAT_IS_NOT_SET"),
                "tenant 'gamma': celcatRegistersPasswordEnv names GAMMA_CAWS_PASSWORD_THAT_IS_NOT_SET, which is not set");
    }

    @Test
    void aMisspeltParameterIsNamedWithTheClosestKnownOne() {
        assertStartFails(VALID_HEAD + parameters("maxDeletionPercnt", "\"0\""),
                "tenant 'gamma': maxDeletionPercnt is not a parameter of template celcat-to-edusign; did you mean maxDeletionPercent?");
    }

    @Test
    void aParameterLikeNoKnownOneIsNamedWithoutAGuess() {
        assertStartFails(VALID_HEAD + parameters("zzzzzzzz", "\"1\""),
                "tenant 'gamma': zzzzzzzz is not a parameter of template celcat-to-edusign\n");
    }

    /** The gamma tenant's file: its name, then these parameters. */
    private static String gamma(String... namesAndValues) {
        return """
                - templatedRoute:
                    routeTemplateRef: celcat-to-edusign
                    routeId: gamma
                    parameters:
                      - name: tenant
                        value: gamma
                """ + parameters(namesAndValues);
    }

    /** Template parameters given as name, value pairs; a value is written as is (quotes included). */
    private static String parameters(String... namesAndValues) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            yaml.append("      - name: ").append(namesAndValues[i]).append('\n')
                    .append("        value: ").append(namesAndValues[i + 1]).append('\n');
        }
        return yaml.toString();
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
