package org.edusignconnector.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * The shipped relative H2 path ({@code ./data/connector}) lands under the configuration directory
 * even though the runtime's working directory (here the repository) is another one: a start from
 * anywhere with the same {@code --config-dir} finds the same state.
 */
class ConfigDirDatabaseTest {

    @Test
    void theRelativeH2FileIsCreatedUnderTheConfigurationDirectory() {
        try (RuntimeHarness runtime = RuntimeHarness.create()) {
            Path workingDir = Path.of("").toAbsolutePath();
            assertThat(runtime.configDir().toAbsolutePath()).as("the test needs two different directories").isNotEqualTo(workingDir);
            Path inWorkingDir = workingDir.resolve("data/connector.mv.db");
            boolean thereBefore = Files.exists(inWorkingDir);
            runtime.property("connector.db.url", "jdbc:h2:file:./data/connector;WRITE_DELAY=0").start();

            assertThat(runtime.configDir().resolve("data/connector.mv.db")).exists();
            if (!thereBefore) {
                assertThat(inWorkingDir).as("nothing created in the working directory").doesNotExist();
            }
        }
    }
}
