package org.edusignconnector.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a secret comes from, in which order, and that every value found (only those) is masked. */
class SecretsTest {

    @Test
    void environmentThenItsFileThenSystemPropertyThenItsFile(@TempDir Path dir) throws Exception {
        Path envFile = Files.writeString(dir.resolve("env"), " from-env-file\n");
        Path propertyFile = Files.writeString(dir.resolve("property"), "from-property-file\n");
        Secrets secrets = new Secrets(Map.of("A", "from-env", "A_FILE", envFile.toString(), "B_FILE", envFile.toString())::get);
        System.setProperty("SECRETS_TEST_C", "from-property");
        System.setProperty("SECRETS_TEST_C_FILE", propertyFile.toString());
        System.setProperty("SECRETS_TEST_D_FILE", propertyFile.toString());
        try {
            assertThat(secrets.find("A")).isEqualTo("from-env");
            assertThat(secrets.find("B")).isEqualTo("from-env-file");
            assertThat(secrets.find("SECRETS_TEST_C")).isEqualTo("from-property");
            assertThat(secrets.find("SECRETS_TEST_D")).isEqualTo("from-property-file");
            assertThat(secrets.find("SECRETS_TEST_NONE")).isNull();
        } finally {
            System.clearProperty("SECRETS_TEST_C");
            System.clearProperty("SECRETS_TEST_C_FILE");
            System.clearProperty("SECRETS_TEST_D_FILE");
        }
    }

    @Test
    void masksTheSecretsFoundButNotTheValuesLookedUpAsNotSecret() {
        Secrets secrets = new Secrets(Map.of("KEY", "key-acme", "LONGER", "key-acme-2", "USER", "viewer")::get);

        assertThat(secrets.mask("key-acme")).isEqualTo("key-acme");
        secrets.find("KEY");
        secrets.find("LONGER");
        secrets.findNotSecret("USER");

        assertThat(secrets.mask("Bearer key-acme, key-acme-2 for viewer")).isEqualTo("Bearer xxxxxx, xxxxxx for viewer");
        assertThat(secrets.toString()).doesNotContain("key-acme");
    }
}
