package org.edusignconnector.runtime;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.flywaydb.core.Flyway;

/** Readiness: the database answers and every migration is applied. */
public class DatabaseHealthCheck extends AbstractHealthCheck {

    private final DataSource dataSource;

    public DatabaseHealthCheck(DataSource dataSource) {
        super("connector", "database");
        this.dataSource = dataSource;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(2)) {
                builder.down().message("the database does not answer");
                return;
            }
            int pending = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().info().pending().length;
            builder.detail("pendingMigrations", pending);
            if (pending > 0) {
                builder.down().message(pending + " database migrations are not applied");
            } else {
                builder.up();
            }
        } catch (Exception e) {
            builder.down().message("the database is unreachable: " + e.getMessage());
        }
    }
}
