package org.edusignconnector.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.edusignconnector.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret given as a -D system property is on the command line: the runtime warns, naming it, never showing it. */
class SecretsWarningTest {

    private static final String VALUE = "s3cr3t-on-the-command-line";

    @AfterEach
    void clear() {
        System.clearProperty("SECRETS_WARNING_KEY");
        System.clearProperty("SECRETS_WARNING_FILE_KEY_FILE");
        System.clearProperty("SECRETS_WARNING_SHADOWED");
    }

    @Test
    void aSecretFromASystemPropertyIsWarnedAboutOnceByNameNeverByValue() {
        System.setProperty("SECRETS_WARNING_KEY", VALUE);
        Secrets secrets = new Secrets(Map.<String, String>of()::get);
        String log;
        try (LogCapture capture = LogCapture.start()) {
            assertThat(secrets.find("SECRETS_WARNING_KEY")).isEqualTo(VALUE);
            secrets.find("SECRETS_WARNING_KEY");
            log = capture.text();
        }
        assertThat(log).contains("WARN").contains("-DSECRETS_WARNING_KEY").doesNotContain(VALUE);
        assertThat(log.split("-DSECRETS_WARNING_KEY", -1)).as("once").hasSize(2);
    }

    @Test
    void noWarningForTheEnvironmentAFileOrANonSecret(@TempDir Path dir) throws Exception {
        System.setProperty("SECRETS_WARNING_FILE_KEY_FILE", Files.writeString(dir.resolve("key"), VALUE).toString());
        System.setProperty("SECRETS_WARNING_SHADOWED", VALUE);
        System.setProperty("SECRETS_WARNING_KEY", "a-user-name");
        Secrets secrets = new Secrets(Map.of("SECRETS_WARNING_SHADOWED", "from-env")::get);
        String log;
        try (LogCapture capture = LogCapture.start()) {
            assertThat(secrets.find("SECRETS_WARNING_FILE_KEY")).isEqualTo(VALUE);
            assertThat(secrets.find("SECRETS_WARNING_SHADOWED")).isEqualTo("from-env");
            assertThat(secrets.findNotSecret("SECRETS_WARNING_KEY")).isEqualTo("a-user-name");
            log = capture.text();
        }
        assertThat(log).doesNotContain("SECRETS_WARNING");
    }
}
