package org.edusignconnector.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A runtime default is written once, in {@code application.properties}: the configuration classes
 * read each {@code connector.*} property without a default of their own (a missing one stops the
 * start-up, naming it), every one they or the routes read is there, and every one there is read.
 */
class RuntimePropertiesTest {

    private static final Pattern INJECTED = Pattern.compile("@PropertyInject\\(\"([\\w.-]+)\"\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(connector\\.[\\w.-]+)\\}\\}");
    /** Set by the runtime itself, not by the file: the configuration directory and the Edusign request interval. */
    private static final Set<String> SET_BY_THE_RUNTIME = Set.of("connector.config-dir", "connector.edusign.request-interval-ms");

    @Test
    void theJavaStatesNoDefaultOfARuntimeProperty() throws IOException {
        List<String> defaults = new ArrayList<>();
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            if (code.contains("@PropertyInject(") && code.matches("(?s).*@PropertyInject\\([^)]*defaultValue.*")) {
                defaults.add(file.getFileName() + ": @PropertyInject with a defaultValue");
            }
            if (code.matches("(?s).*resolveProperty\\([^;]*\\.orElse\\(.*")) {
                defaults.add(file.getFileName() + ": resolveProperty(...).orElse(...)");
            }
        }
        assertThat(defaults).isEmpty();
    }

    @Test
    void everyPropertyReadIsInApplicationPropertiesAndEveryOneThereIsRead() throws IOException {
        Properties file = new Properties();
        file.load(new StringReader(Files.readString(Path.of("application.properties"))));
        Set<String> written = new TreeSet<>();
        file.stringPropertyNames().stream().filter(k -> k.startsWith("connector.")).forEach(written::add);
        Set<String> read = new TreeSet<>();
        for (Path f : javaFiles()) {
            collect(INJECTED, Files.readString(f), read);
        }
        assertThat(read).as("properties injected by the configuration classes").contains("connector.db.url", "connector.http.call-deadline-ms");
        try (Stream<Path> routes = Files.list(Path.of("routes"))) {
            for (Path r : routes.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                collect(PLACEHOLDER, Files.readString(r), read);
            }
        }
        read.removeAll(SET_BY_THE_RUNTIME);

        assertThat(written).as("application.properties states every property the Java and the routes read").containsAll(read);
        assertThat(read).as("every connector.* property of application.properties is read").containsAll(written);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
