package org.edusignconnector.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code [--config-dir DIR] [--once TENANT [--direction down|up] [--dry-run]]
 * [--routes PATTERN]...}. DIR holds application.properties and routes/ (default: the working directory).
 */
public record RuntimeOptions(Path configDir, String onceTenant, String direction, boolean dryRun, List<String> extraRoutes) {

    public static RuntimeOptions parse(String... args) {
        Path dir = Path.of(".");
        String once = null;
        String direction = null;
        boolean dryRun = false;
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config-dir" -> dir = Path.of(value(args, ++i, "--config-dir"));
                case "--once" -> once = value(args, ++i, "--once");
                case "--direction" -> direction = value(args, ++i, "--direction");
                case "--dry-run" -> dryRun = true;
                case "--routes" -> extra.add(value(args, ++i, "--routes"));
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'\n" + usage());
            }
        }
        if (once == null && (direction != null || dryRun)) {
            throw new IllegalArgumentException("--direction and --dry-run go with --once TENANT\n" + usage());
        }
        return new RuntimeOptions(dir.toAbsolutePath().normalize(), once, direction, dryRun, List.copyOf(extra));
    }

    public boolean oneShot() {
        return onceTenant != null;
    }

    public String routesIncludePattern() {
        List<String> patterns = new ArrayList<>();
        patterns.add("file:" + configDir.resolve("routes") + "/*.yaml");
        patterns.add("file:" + configDir.resolve("routes/tenants") + "/*.yaml");
        patterns.addAll(extraRoutes);
        return String.join(",", patterns);
    }

    public static String usage() {
        return "usage: java -jar edusign-connector.jar [--config-dir DIR] [--once TENANT [--direction down|up] [--dry-run]]";
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }
}
