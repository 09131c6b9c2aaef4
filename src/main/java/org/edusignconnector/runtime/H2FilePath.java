package org.edusignconnector.runtime;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An embedded H2 database URL whose file path is relative ({@code jdbc:h2:file:./data/connector})
 * is resolved against the configuration directory, not the working directory: a runtime started
 * from another directory with the same {@code --config-dir} finds the same state instead of silently
 * beginning with an empty one. Absolute paths, the home directory ({@code ~}), in-memory and server
 * ({@code tcp:}, {@code ssl:}) URLs and other engines are left as they are.
 */
public final class H2FilePath {

    private static final String H2 = "jdbc:h2:";
    private static final String FILE = "file:";

    private H2FilePath() {
    }

    /** The URL to open: {@code url} with its relative H2 file path made absolute under {@code configDir}. */
    public static String resolve(String url, Path configDir) {
        return file(url).filter(H2FilePath::isRelative).map(p -> H2 + FILE + configDir.toAbsolutePath().resolve(p).normalize()
                + url.substring(H2.length() + (hasFilePrefix(url) ? FILE.length() : 0) + p.length())).orElse(url);
    }

    /** The database file path of an embedded H2 URL (without its settings), if it names a file. */
    public static Optional<String> file(String url) {
        if (url == null || !url.startsWith(H2)) {
            return Optional.empty();
        }
        String rest = url.substring(H2.length());
        if (rest.startsWith(FILE)) {
            rest = rest.substring(FILE.length());
        } else if (rest.matches("^[A-Za-z]+:.*") && !rest.matches("^[A-Za-z]:[/\\\\].*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nio...: not a plain file path
        }
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    private static boolean hasFilePrefix(String url) {
        return url.startsWith(H2 + FILE);
    }

    private static boolean isRelative(String path) {
        return !path.startsWith("~") && !Path.of(path).isAbsolute() && !path.startsWith("/") && !path.startsWith("\\");
    }
}
