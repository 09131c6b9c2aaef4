package org.edusignconnector.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The database of one test runtime, on the engine named by the system property
 * {@value #ENGINE_PROPERTY} ({@code h2}, the default, or {@code postgresql}): a fresh H2 file in the
 * test's directory, or a fresh schema of the PostgreSQL test database ({@code currentSchema} in the
 * URL), dropped at {@link #close()}.
 *
 * <p>PostgreSQL is {@value #DEFAULT_PG_URL} as user {@code postgres} unless {@code connector.test.pg.url},
 * {@code connector.test.pg.user} and {@code connector.test.pg.password} say otherwise. When it cannot
 * be reached, the test is skipped with a message — except under {@code CI=true}, where it fails.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String ENGINE_PROPERTY = "connector.test.db";
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static volatile String unreachable;
    private static volatile boolean checked;

    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    private TestDatabase(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /** {@code h2} or {@code postgresql}. */
    public static String engine() {
        String engine = System.getProperty(ENGINE_PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
        if (!engine.equals("h2") && !engine.equals("postgresql")) {
            throw new IllegalStateException(ENGINE_PROPERTY + " must be h2 or postgresql, got '" + engine + "'");
        }
        return engine;
    }

    public static boolean postgresql() {
        return engine().equals("postgresql");
    }

    /** A fresh database for a runtime whose files live in {@code dir}. */
    public static TestDatabase create(Path dir) {
        return postgresql() ? createSchema() : new TestDatabase("jdbc:h2:file:" + dir.resolve("db/connector").toAbsolutePath() + ";WRITE_DELAY=0", "sa", "", null);
    }

    /** A fresh PostgreSQL schema whatever the engine property (tests that only make sense there). */
    public static TestDatabase createSchema() {
        requirePostgresql();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test schema: " + e.getMessage(), e);
        }
        String base = pgUrl();
        return new TestDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, pgUser(), pgPassword(), schema);
    }

    /**
     * Skips the calling test (with a message) when PostgreSQL cannot be reached; fails it instead
     * under {@code CI=true}, so that CI never passes without the PostgreSQL run.
     */
    public static void requirePostgresql() {
        String reason = unreachable();
        if (reason != null) {
            if (inCi()) {
                throw new IllegalStateException(reason + " — CI=true: the PostgreSQL test run must not be skipped");
            }
            Assumptions.abort(reason + " — PostgreSQL run skipped");
        }
    }

    /** Why PostgreSQL cannot be reached, or null when it can (checked once per JVM, with a message then). */
    public static String unreachable() {
        if (!checked) {
            synchronized (TestDatabase.class) {
                if (!checked) {
                    try (Connection c = admin()) {
                        unreachable = null;
                    } catch (SQLException e) {
                        unreachable = "PostgreSQL at " + pgUrl() + " (user " + pgUser() + ") is not reachable: " + e.getMessage();
                        System.err.println("\n*** " + unreachable + "\n*** " + (inCi()
                                ? "CI=true: the PostgreSQL test run FAILS."
                                : "The PostgreSQL test run is SKIPPED on this machine (with CI=true it fails instead).") + "\n");
                    }
                    checked = true;
                }
            }
        }
        return unreachable;
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A connection of the test itself (assertions on rows), outside the runtime's pool. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Drops the PostgreSQL schema (the runtimes using it must be stopped); nothing for H2. */
    @Override
    public void close() {
        if (schema == null) {
            return;
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private static Connection admin() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(pgUrl(), pgUser(), pgPassword());
    }

    private static String pgUrl() {
        return System.getProperty("connector.test.pg.url", DEFAULT_PG_URL);
    }

    private static String pgUser() {
        return System.getProperty("connector.test.pg.user", "postgres");
    }

    private static String pgPassword() {
        return System.getProperty("connector.test.pg.password", "");
    }
}
