package org.edusignconnector.hawtio;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path of the Hawtio JVM: Jetty, the servlet API, SLF4J and this launcher, taken from the
 * class path we run on (surefire's, or exec:java's class loader). The runtime's libraries stay out:
 * Jetty loads the WAR's classes first, but resources such as Jolokia's service files would be read
 * from every jar on the path, and the WAR's Jolokia 2.1 must not meet the runtime's 2.5.
 */
final class ConsoleClassPath {

    /** No SLF4J binding: the WAR brings its own (Log4j), and a second one on the path would clash with it. */
    private static final List<String> KEPT = List.of("jetty-", "jakarta.servlet-api-", "slf4j-api-");

    private ConsoleClassPath() {
    }

    static List<String> entries() {
        Set<String> all = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (ConsoleClassPath.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                all.add(toPath(url));
            }
        }
        Set<String> kept = new LinkedHashSet<>();
        kept.add(toPath(ConsoleClassPath.class.getProtectionDomain().getCodeSource().getLocation()));
        for (String entry : all) {
            String name = Path.of(entry).getFileName().toString();
            if (name.endsWith(".jar") && KEPT.stream().anyMatch(name::startsWith)) {
                kept.add(entry);
            }
        }
        return List.copyOf(kept);
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a file on the class path: " + url, e);
        }
    }
}
