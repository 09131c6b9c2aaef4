package org.edusignconnector.tenant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Resolves a secret by the NAME a tenant file gives (never the value): the environment variable
 * NAME, else the file named by NAME_FILE (Docker/Kubernetes secrets), else the JVM system property
 * NAME (for the demo and tests, which cannot set environment variables).
 */
public final class Secrets {

    private final Function<String, String> env;

    public Secrets() {
        this(System::getenv);
    }

    Secrets(Function<String, String> env) {
        this.env = env;
    }

    /** The secret's value, or null when nothing provides it. */
    public String find(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String value = env.apply(name);
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        String file = env.apply(name + "_FILE");
        if (file != null && !file.isBlank()) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the secret file named by " + name + "_FILE: " + e.getMessage());
            }
        }
        String property = System.getProperty(name);
        return property == null || property.isBlank() ? null : property.trim();
    }
}
