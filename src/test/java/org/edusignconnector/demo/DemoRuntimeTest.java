package org.edusignconnector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** The README's run command works: the demo boots the real configuration, syncs its tenant, and exits cleanly when asked. */
class DemoRuntimeTest {

    @Test
    void theDemoSyncsItsSampleTimetableWithNoExternalSystem() throws Exception {
        Path dir = Files.createTempDirectory("demo");
        Files.copy(Path.of("application.properties"), dir.resolve("application.properties"));
        Files.writeString(dir.resolve("application.properties"), "\ncamel.server.port = " + RuntimeHarness.freePort() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        copyTree(Path.of("routes"), dir.resolve("routes"));
        copyTree(Path.of("demo"), dir.resolve("demo"));
        var command = RuntimeHarness.javaCommand();
        command.set(command.size() - 1, "org.edusignconnector.demo.DemoRuntime");
        command.add("--exit-after-sync");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("\"status\" : \"COMPLETED\"").contains("\"CREATED\"").contains("FILTERED_BY_TENANT")
                .contains("DUPLICATE_INSTRUCTOR_EMAIL").containsPattern("demo-celcat now holds [1-9][0-9]* sheets")
                .containsPattern("demo-fca now holds [1-9][0-9]* sheets");
        assertThat(output).doesNotContain("\"status\" : \"FAILED\"");
        assertThat(output).containsPattern("Events page: http://localhost:\\d+/ui/ \\(user demo, password demo\\)");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
