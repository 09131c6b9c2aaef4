package org.edusignconnector.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Small rooms: no main source file over 200 lines (a class that grows past it is split by responsibility). */
class ClassSizeTest {

    private static final int MAX_LINES = 200;

    @Test
    void noMainSourceFileIsOver200Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + " (" + lines(p) + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(tooLong).as("main source files over " + MAX_LINES + " lines").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
