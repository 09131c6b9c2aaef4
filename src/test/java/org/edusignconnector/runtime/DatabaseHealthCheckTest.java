package org.edusignconnector.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.edusignconnector.testing.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * Readiness of the database: down while migrations are missing, up once they are applied; after that a probe asks
 * the database only, so a health endpoint polled every few seconds neither rescans the migrations nor logs Flyway's
 * banner each time.
 */
class DatabaseHealthCheckTest {

    @Test
    void downWhileMigrationsAreMissingThenUpAndQuiet() throws Exception {
        try (HikariDataSource dataSource = h2("health-check-test"); DefaultCamelContext context = new DefaultCamelContext()) {
            DatabaseHealthCheck check = new DatabaseHealthCheck(dataSource, Database.Engine.H2);
            check.setCamelContext(context);

            HealthCheck.Result empty = check.call(Map.of());
            assertThat(empty.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(empty.getMessage()).get().asString().matches("\\d+ database migrations are not applied");

            Database.migrate(dataSource, Database.Engine.H2);
            String firstProbe;
            try (LogCapture log = LogCapture.start()) {
                assertThat(check.call(Map.of()).getState()).isEqualTo(HealthCheck.State.UP);
                firstProbe = log.text();
            }
            assertThat(firstProbe).as("the probe that reads the migrations").contains("flywaydb");
            try (LogCapture log = LogCapture.start()) {
                for (int i = 0; i < 3; i++) {
                    HealthCheck.Result later = check.call(Map.of());
                    assertThat(later.getState()).isEqualTo(HealthCheck.State.UP);
                    assertThat(later.getDetails()).containsEntry("pendingMigrations", 0);
                }
                assertThat(log.text()).as("later probes").doesNotContain("flywaydb");
            }
        }
    }

    @Test
    void downWhenTheDatabaseDoesNotAnswer() throws Exception {
        HikariDataSource dataSource = h2("health-check-closed");
        dataSource.close();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            DatabaseHealthCheck check = new DatabaseHealthCheck(dataSource, Database.Engine.H2);
            check.setCamelContext(context);

            HealthCheck.Result result = check.call(Map.of());

            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).get().asString().startsWith("the database is unreachable");
        }
    }

    private static HikariDataSource h2(String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
