package org.edusignconnector.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code [--config-dir DIR] [--once TENANT [--direction down|up] [--dry-run]
 * [--resend-from D --resend-to D]] [--doctor TENANT] [--routes PATTERN]...}. DIR holds application.properties and routes/ (default: the working directory).
 */
public record RuntimeOptions(Path configDir, String onceTenant, String direction, boolean dryRun, List<String> extraRoutes,
                             java.time.LocalDate resendFrom, java.time.LocalDate resendTo, String doctorTenant) {

    public static RuntimeOptions parse(String... args) {
        Path dir = Path.of(".");
        String once = null;
        String direction = null;
        boolean dryRun = false;
        List<String> extra = new ArrayList<>();
        java.time.LocalDate resendFrom = null;
        java.time.LocalDate resendTo = null;
        String doctor = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config-dir" -> dir = Path.of(value(args, ++i, "--config-dir"));
                case "--once" -> once = value(args, ++i, "--once");
                case "--direction" -> direction = value(args, ++i, "--direction");
                case "--dry-run" -> dryRun = true;
                case "--doctor" -> doctor = value(args, ++i, "--doctor");
                case "--routes" -> extra.add(value(args, ++i, "--routes"));
                case "--resend-from" -> resendFrom = date(value(args, ++i, "--resend-from"), "--resend-from");
                case "--resend-to" -> resendTo = date(value(args, ++i, "--resend-to"), "--resend-to");
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'\n" + usage());
            }
        }
        if (once == null && (direction != null || dryRun || resendFrom != null || resendTo != null)) {
            throw new IllegalArgumentException("--direction, --dry-run and --resend-* go with --once TENANT\n" + usage());
        }
        if (doctor != null && once != null) {
            throw new IllegalArgumentException("--doctor and --once are two different commands: give one\n" + usage());
        }
        return new RuntimeOptions(dir.toAbsolutePath().normalize(), once, direction, dryRun, List.copyOf(extra), resendFrom, resendTo, doctor);
    }

    /** Start, do one thing (a sync, or the doctor), exit: no schedule, no service port. */
    public boolean oneShot() {
        return onceTenant != null || doctorTenant != null;
    }

    public String routesIncludePattern() {
        List<String> patterns = new ArrayList<>();
        patterns.add("file:" + configDir.resolve("routes") + "/*.yaml");
        patterns.add("file:" + configDir.resolve("routes/tenants") + "/*.yaml");
        patterns.addAll(extraRoutes);
        return String.join(",", patterns);
    }

    public static String usage() {
        return "usage: java -jar edusign-connector.jar [--config-dir DIR] [--once TENANT [--direction down|up] [--dry-run]"
                + " [--resend-from YYYY-MM-DD --resend-to YYYY-MM-DD]] | [--config-dir DIR] --doctor TENANT";
    }

    private static java.time.LocalDate date(String value, String option) {
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(option + " needs a date such as 2026-03-23, got '" + value + "'\n" + usage());
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }
}
