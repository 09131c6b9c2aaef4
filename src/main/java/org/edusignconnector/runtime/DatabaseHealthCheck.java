package org.edusignconnector.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness: the database answers and every migration is applied. Once they all are, later checks only ask the
 * database to answer: this binary's migrations cannot become unapplied, and reading Flyway's state at every probe
 * would scan the classpath and log Flyway's banner each time.
 */
public class DatabaseHealthCheck extends AbstractHealthCheck {

    private final DataSource dataSource;
    private final Database.Engine engine;
    private volatile boolean migrated;

    public DatabaseHealthCheck(DataSource dataSource, Database.Engine engine) {
        super("connector", "database");
        this.dataSource = dataSource;
        this.engine = engine;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            if (!answers()) {
                builder.down().message("the database does not answer");
                return;
            }
            int pending = migrated ? 0 : Database.flyway(dataSource, engine).info().pending().length;
            builder.detail("pendingMigrations", pending);
            if (pending > 0) {
                builder.down().message(pending + " database migrations are not applied");
            } else {
                migrated = true;
                builder.up();
            }
        } catch (Exception e) {
            builder.down().message("the database is unreachable: " + e.getMessage());
        }
    }

    /** The connection goes back to the pool before Flyway takes its own: a probe never holds two. */
    private boolean answers() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        }
    }
}
