package org.edusignconnector.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the command line answers before the runtime starts: {@code --help} and {@code --version} (exit 0), and a
 * configuration directory without {@code application.properties} (one line naming the path, exit 2).
 */
public final class CommandLineHelp {

    static final String HELP = String.join("\n",
            RuntimeOptions.usage(),
            "",
            "  --config-dir DIR        the configuration directory: application.properties, routes/ and routes/tenants/"
                    + " (default: the working directory)",
            "  --once TENANT           run one sync of TENANT and exit (0 completed, 1 failed, 2 usage or start-up error)",
            "  --direction down|up     with --once: timetable to Edusign (down, the default) or attendance back (up)",
            "  --dry-run               with --once: plan only, write nothing anywhere",
            "  --resend-from DATE      with --once --direction up: send again the attendance of sheets from DATE (YYYY-MM-DD)",
            "  --resend-to DATE        ... to DATE",
            "  --doctor TENANT         read-only checks of TENANT's Edusign and source (0 no FAIL, 1 a FAIL, 2 usage)",
            "  --routes PATTERN        more route files to load (Camel's include pattern), e.g. file:extra/*.yaml",
            "  --help                  this help",
            "  --version               the runtime's version");

    private CommandLineHelp() {
    }

    /** The answer to {@code --help} or {@code --version} when asked, else empty. */
    public static Optional<String> answer(String... args) {
        List<String> all = List.of(args);
        if (all.contains("--help") || all.contains("-h")) {
            return Optional.of(HELP);
        }
        if (all.contains("--version")) {
            return Optional.of("edusign-connector " + version());
        }
        return Optional.empty();
    }

    /** Why the runtime cannot start from that directory, when it cannot. */
    public static Optional<String> missingConfiguration(Path configDir) {
        Path properties = configDir.resolve("application.properties");
        return Files.isRegularFile(properties) ? Optional.empty()
                : Optional.of("no configuration at " + properties + ": run from the configuration directory or give it with --config-dir DIR");
    }

    static String version() {
        try (InputStream in = CommandLineHelp.class.getResourceAsStream("/connector-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
