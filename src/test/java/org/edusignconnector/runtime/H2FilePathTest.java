package org.edusignconnector.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A relative H2 file path is taken relative to the configuration directory, settings kept; every
 * other database URL is opened as written.
 */
class H2FilePathTest {

    private static final Path CONFIG = Path.of("/etc/edusign-connector");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:file:./data/connector;WRITE_DELAY=0 | jdbc:h2:file:/etc/edusign-connector/data/connector;WRITE_DELAY=0",
            "jdbc:h2:file:data/connector                  | jdbc:h2:file:/etc/edusign-connector/data/connector",
            "jdbc:h2:./state/db;MODE=PostgreSQL          | jdbc:h2:file:/etc/edusign-connector/state/db;MODE=PostgreSQL",
            "jdbc:h2:file:../shared/connector             | jdbc:h2:file:/etc/shared/connector"})
    void aRelativeFileLandsUnderTheConfigurationDirectory(String url, String resolved) {
        assertThat(H2FilePath.resolve(url, CONFIG)).isEqualTo(resolved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:/var/lib/connector/data;WRITE_DELAY=0", "jdbc:h2:/var/lib/connector/data",
            "jdbc:h2:~/connector", "jdbc:h2:file:~/connector", "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
            "jdbc:h2:tcp://db.example/./data/connector", "jdbc:h2:ssl://db.example/connector",
            "jdbc:postgresql://db.example:5432/connector?currentSchema=./x"})
    void everyOtherUrlIsKept(String url) {
        assertThat(H2FilePath.resolve(url, CONFIG)).isEqualTo(url);
    }
}
