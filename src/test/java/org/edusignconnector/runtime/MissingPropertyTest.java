package org.edusignconnector.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * A runtime default lives in application.properties only: a configuration without one of its
 * properties does not start on a default hidden in the Java, it stops and names the property.
 */
class MissingPropertyTest {

    @Test
    void aPropertyMissingFromApplicationPropertiesStopsTheStartUpNamingIt() throws Exception {
        try (RuntimeHarness runtime = RuntimeHarness.create()) {
            Path properties = runtime.configDir().resolve("application.properties");
            Files.writeString(properties, Files.readString(properties).replaceAll("(?m)^connector\\.deletion-guard\\.always-allowed.*$", ""));

            assertThatThrownBy(runtime::start).hasStackTraceContaining("connector.deletion-guard.always-allowed");
        }
    }
}
