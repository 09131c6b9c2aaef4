package org.edusignconnector.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands secrets to an in-JVM runtime the way production hands them with Docker or Kubernetes
 * secrets: each value in a file that {@code NAME_FILE} names. Tests cannot set environment
 * variables, so {@code NAME_FILE} is a system property here (the runtime reads both); the value
 * itself is not a system property while this is open, so nothing that lists the JVM's system
 * properties (JMX, Jolokia, the developer console) holds it. {@link #close()} puts back the system
 * properties as they were and deletes the files.
 */
public final class SecretFiles implements AutoCloseable {

    private final Path dir;
    private final Map<String, String> previous = new LinkedHashMap<>();

    public SecretFiles() {
        try {
            dir = Files.createTempDirectory("connector-secrets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The secret NAME now comes from a file (any system property NAME is removed until {@link #close()}). */
    public SecretFiles put(String name, String value) {
        try {
            Path file = Files.writeString(dir.resolve(name), value + "\n", StandardCharsets.UTF_8);
            previous.putIfAbsent(name, System.getProperty(name));
            previous.putIfAbsent(name + "_FILE", System.getProperty(name + "_FILE"));
            System.clearProperty(name);
            System.setProperty(name + "_FILE", file.toString());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
