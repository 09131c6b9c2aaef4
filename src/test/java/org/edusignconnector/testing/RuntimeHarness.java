package org.edusignconnector.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.runtime.ConnectorMain;
import org.edusignconnector.runtime.RuntimeOptions;
import org.edusignconnector.sync.SyncLauncher;

/**
 * Boots the real runtime (ConnectorMain, the repository's application.properties and routes/) in a
 * temporary configuration directory, with tenant files written by the test and properties
 * overridden to point at simulators on loopback. The database is fresh per harness, on the engine
 * the system property {@code connector.test.db} names (see {@link TestDatabase}): an H2 file, or a
 * PostgreSQL schema dropped at {@link #close()}. Stopping and starting the same harness is a restart
 * on the same database.
 */
public final class RuntimeHarness implements AutoCloseable {

    /** Names the system property that holds the test database password, when it has one. */
    private static final String PASSWORD_PROPERTY = "CONNECTOR_TEST_DB_PASSWORD";

    private final Path configDir;
    private final TestDatabase database;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private Main main;

    private RuntimeHarness(Path configDir, TestDatabase database) {
        this.configDir = configDir;
        this.database = database;
    }

    /** The bearer token of the admin in tests (the runtime reads it from the environment or a system property). */
    public static final String ADMIN_TOKEN = "test-admin-token";
    public static final String VIEWER_USER = "viewer";
    public static final String VIEWER_PASSWORD = "test-viewer-password";

    /** A configuration directory with the repository's properties and shared routes, no tenant yet. */
    public static RuntimeHarness create() {
        System.setProperty("CONNECTOR_ADMIN_TOKEN", ADMIN_TOKEN);
        System.setProperty("CONNECTOR_VIEWER_USER", VIEWER_USER);
        System.setProperty("CONNECTOR_VIEWER_PASSWORD", VIEWER_PASSWORD);
        return create(null);
    }

    /** As {@link #create()}, on a fresh PostgreSQL schema whatever the engine property (several processes on one database). */
    public static RuntimeHarness createOnPostgresql() {
        return create(TestDatabase.createSchema());
    }

    private static RuntimeHarness create(TestDatabase given) {
        try {
            Path dir = Files.createTempDirectory("connector-test");
            Files.copy(Path.of("application.properties"), dir.resolve("application.properties"));
            Files.createDirectories(dir.resolve("routes/tenants"));
            try (Stream<Path> routes = Files.list(Path.of("routes"))) {
                for (Path p : routes.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    Files.copy(p, dir.resolve("routes").resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            RuntimeHarness h = new RuntimeHarness(dir, given != null ? given : TestDatabase.create(dir));
            h.property("connector.db.url", h.database.url());
            h.property("connector.db.user", h.database.user());
            if (!h.database.password().isEmpty()) {
                System.setProperty(PASSWORD_PROPERTY, h.database.password());
                h.property("connector.db.password-env", PASSWORD_PROPERTY);
            }
            // Both at once, both sockets open: two separate calls may be handed the same port.
            int[] ports = freePorts(2);
            h.property("camel.server.port", String.valueOf(ports[0]));
            h.property("camel.server.host", "127.0.0.1");
            h.property("connector.schedule.enabled", "false");
            h.property("connector.http.redelivery-delay-ms", "10");
            h.property("connector.http.max-redelivery-delay-ms", "50");
            h.property("connector.edusign.rate-per-minute", "60000");
            h.property("connector.edusign.breaker-open-ms", "200");
            // Longer than any hung request of the fault tests takes to be applied after its client gave up (Hang(700), timeout 300).
            h.property("connector.edusign.lost-answer-settle-ms", "1000");
            h.property("camel.management.port", String.valueOf(ports[1]));
            return h;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuntimeHarness property(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    public RuntimeHarness clock(String instant) {
        return property("connector.clock.fixed-instant", instant);
    }

    /** Copies a tenant file from src/test/resources/tenants/. */
    public RuntimeHarness tenantFile(String name) {
        return tenantFile(name, name);
    }

    /** Installs a tenant file under another name: an edited version replacing the original. */
    public RuntimeHarness tenantFile(String name, String installedAs) {
        try {
            Files.copy(Path.of("src/test/resources/tenants", name), configDir.resolve("routes/tenants").resolve(installedAs),
                    StandardCopyOption.REPLACE_EXISTING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuntimeHarness tenantYaml(String fileName, String yaml) {
        try {
            Files.writeString(configDir.resolve("routes/tenants").resolve(fileName), yaml);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the overridden properties into the configuration directory's application.properties,
     * so that a separate runtime process started on that directory sees the same configuration.
     */
    public RuntimeHarness writeConfiguration() {
        StringBuilder extra = new StringBuilder("\n# test overrides\n");
        overrides.forEach((k, v) -> extra.append(k).append(" = ").append(v).append('\n'));
        try {
            Files.writeString(configDir.resolve("application.properties"), extra.toString(), java.nio.file.StandardOpenOption.APPEND);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM options of a short-lived runtime started by a test (a one-shot run, the kill tests' 45
     * launches): the C1 compiler only and the serial collector start it in less CPU time, which on
     * CI's 2 cores is most of a launch (camel-notes: about 4 s down to 3.4 s to healthy).
     */
    public static final java.util.List<String> SHORT_RUN_OPTIONS = java.util.List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** A command line that starts ConnectorMain in a new JVM with the test classpath, with {@link #SHORT_RUN_OPTIONS}. */
    public static java.util.List<String> javaCommand(String... args) {
        return javaCommand(SHORT_RUN_OPTIONS, args);
    }

    /** As {@link #javaCommand(String...)}, with JVM options (heap, {@code -Dcamel.server.port=...}). */
    public static java.util.List<String> javaCommand(java.util.List<String> jvmOptions, String... args) {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.edusignconnector.runtime.ConnectorMain");
        command.addAll(java.util.List.of(args));
        return command;
    }

    public Path configDir() {
        return configDir;
    }

    public String databaseUrl() {
        return overrides.get("connector.db.url");
    }

    /** The test database (a connection of the test's own, whether the runtime runs or not). */
    public TestDatabase database() {
        return database;
    }

    public RuntimeHarness start() {
        main = ConnectorMain.create(RuntimeOptions.parse("--config-dir", configDir.toString()));
        overrides.forEach(main::addOverrideProperty);
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("runtime did not start: " + e.getMessage(), e);
        }
        if (main.getCamelContext() == null || !main.getCamelContext().isStarted()) {
            throw new IllegalStateException("runtime did not start");
        }
        ConnectorMain.started(main.getCamelContext());
        return this;
    }

    public void stop() {
        if (main != null) {
            // A runtime that failed to start does not stop its services: its pool would stay open
            // (ten PostgreSQL connections per failed start), so it is closed here in any case.
            AutoCloseable pool = main.getCamelContext() == null ? null
                    : main.getCamelContext().getRegistry().lookupByNameAndType("dataSource", com.zaxxer.hikari.HikariDataSource.class);
            try {
                main.stop();
            } catch (Exception ignored) {
                // stopping a failed runtime
            }
            try {
                if (pool != null) {
                    pool.close();
                }
            } catch (Exception ignored) {
                // already closed
            }
            main = null;
        }
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public DataSource dataSource() {
        return context().getRegistry().lookupByNameAndType("dataSource", DataSource.class);
    }

    public RunSummary sync(String tenant) {
        return sync(new SyncRequest(tenant, SyncRequest.DOWN, false, "test"));
    }

    public RunSummary sync(SyncRequest request) {
        return context().getRegistry().lookupByNameAndType("syncLauncher", SyncLauncher.class).run(request);
    }

    public int httpPort() {
        return Integer.parseInt(overrides.get("camel.server.port"));
    }

    public int managementPort() {
        return Integer.parseInt(overrides.get("camel.management.port"));
    }

    @Override
    public void close() {
        stop();
        database.close();
    }

    public static int freePort() {
        return freePorts(1)[0];
    }

    /** {@code n} distinct free ports: every socket is held open until all are chosen. */
    public static int[] freePorts(int n) {
        ServerSocket[] sockets = new ServerSocket[n];
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // closing a probe socket
                    }
                }
            }
        }
    }
}
