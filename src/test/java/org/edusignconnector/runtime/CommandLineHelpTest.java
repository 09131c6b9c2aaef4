package org.edusignconnector.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line answers --help and --version, and names a configuration directory without application.properties. */
class CommandLineHelpTest {

    @Test
    void helpListsEveryOptionAndExitsZero(@TempDir Path dir) throws Exception {
        Result help = run(dir, "--help");

        assertThat(help.exit).isZero();
        for (String option : new String[] {"--config-dir", "--once", "--direction", "--dry-run", "--resend-from", "--resend-to",
                "--doctor", "--routes", "--help", "--version"}) {
            assertThat(help.output).contains(option);
        }
    }

    @Test
    void versionIsTheBuildsAndExitsZero(@TempDir Path dir) throws Exception {
        Result version = run(dir, "--version");

        assertThat(version.exit).isZero();
        assertThat(version.output.trim()).matches("edusign-connector \\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }

    @Test
    void aDirectoryWithoutApplicationPropertiesIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Result start = run(dir, "--config-dir", dir.toString());

        assertThat(start.exit).isEqualTo(2);
        assertThat(start.output.trim()).hasLineCount(1).contains(dir.resolve("application.properties").toString()).contains("--config-dir");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "cli", ".txt");
        Process p = new ProcessBuilder(RuntimeHarness.javaCommand(args)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
        return new Result(p.exitValue(), Files.readString(out));
    }
}
