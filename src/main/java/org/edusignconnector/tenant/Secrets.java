package org.edusignconnector.tenant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a secret by the NAME a tenant file gives (never the value): the environment variable
 * NAME, else the file named by the environment variable NAME_FILE (Docker/Kubernetes secrets), else
 * the JVM system property NAME (for the demo and tests, which cannot set environment variables),
 * else the file named by the system property NAME_FILE. A secret given as the system property NAME is
 * on the command line, visible to {@code ps}: it is logged as a warning (its name, never its value).
 *
 * <p>Every secret value found is remembered, so that what the runtime shows to the outside
 * without our own code choosing its content (the developer console) can be masked:
 * {@link #mask(String)}.
 */
public final class Secrets {

    private static final Logger LOG = LoggerFactory.getLogger(Secrets.class);

    /** What a masked secret value is replaced with. */
    public static final String MASK = "xxxxxx";

    private final Function<String, String> env;
    private final Set<String> found = ConcurrentHashMap.newKeySet();
    /** Names already warned about: once each, whatever the number of look-ups. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public Secrets() {
        this(System::getenv);
    }

    Secrets(Function<String, String> env) {
        this.env = env;
    }

    /** The secret's value, or null when nothing provides it. */
    public String find(String name) {
        String value = lookUp(name);
        if (value != null && fromSystemProperty(name) && warned.add(name)) {
            LOG.warn("secret {} is given as the system property -D{}: anyone who can list this process's arguments (ps, JMX, Jolokia)"
                    + " can read it. Set the environment variable {} or {}_FILE instead (system properties are for the demo and tests)",
                    name, name, name, name);
        }
        if (value != null) {
            found.add(value);
        }
        return value;
    }

    /** A value provided the same way that is not a secret (a user name): never masked. */
    public String findNotSecret(String name) {
        return lookUp(name);
    }

    /** The text with every secret value found so far replaced by {@link #MASK}. */
    public String mask(String text) {
        if (text == null || found.isEmpty()) {
            return text;
        }
        String masked = text;
        // longest first: a secret that contains another is masked whole
        for (String value : found.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            masked = masked.replace(value, MASK);
        }
        return masked;
    }

    /** Found neither in the environment nor in a file it names: the value is on the command line. */
    private boolean fromSystemProperty(String name) {
        String inEnvironment = env.apply(name);
        String fileInEnvironment = env.apply(name + "_FILE");
        String property = System.getProperty(name);
        return (inEnvironment == null || inEnvironment.isBlank()) && (fileInEnvironment == null || fileInEnvironment.isBlank())
                && property != null && !property.isBlank();
    }

    private String lookUp(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String value = env.apply(name);
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        String file = env.apply(name + "_FILE");
        if (file != null && !file.isBlank()) {
            return read(file, "the environment variable " + name + "_FILE");
        }
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String propertyFile = System.getProperty(name + "_FILE");
        return propertyFile == null || propertyFile.isBlank() ? null : read(propertyFile, "the system property " + name + "_FILE");
    }

    private static String read(String file, String namedBy) {
        try {
            String value = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
            return value.isEmpty() ? null : value;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the secret file named by " + namedBy + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "Secrets[" + found.size() + " found, values never shown]";
    }
}
