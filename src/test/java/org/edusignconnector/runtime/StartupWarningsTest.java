package org.edusignconnector.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A runtime with no tenant, or no credential for its API, says so when it starts. */
class StartupWarningsTest {

    @Test
    void noTenantAndNoCredentialAreBothWarned() {
        assertThat(StartupWarnings.of(0, true, name -> null)).hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("no tenant").contains("routes/tenants/"))
                .anySatisfy(w -> assertThat(w).contains("no API credential").contains("CONNECTOR_ADMIN_USER"));
    }

    @Test
    void anyCompleteCredentialIsEnough() {
        assertThat(StartupWarnings.of(1, true, Map.of("CONNECTOR_ADMIN_TOKEN", "t")::get)).isEmpty();
        assertThat(StartupWarnings.of(1, true, Map.of("CONNECTOR_VIEWER_USER", "v", "CONNECTOR_VIEWER_PASSWORD", "p")::get)).isEmpty();
        assertThat(StartupWarnings.of(1, true, Map.of("CONNECTOR_ADMIN_USER", "a")::get)).as("a user without its password").hasSize(1);
    }

    @Test
    void aOneShotCommandServesNoApiAndIsNotWarnedAboutCredentials() {
        assertThat(StartupWarnings.of(2, false, name -> null)).isEmpty();
    }
}
