package org.edusignconnector.runtime;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and the schema: migrations run before anything reads or writes. The engine
 * follows the URL ({@code connector.db.url}): H2 (the default, one process) or PostgreSQL (one or
 * several instances sharing it). Migrations common to both engines live in {@code db/migration};
 * the few that must differ (the Quartz tables, copied from the quartz jar) in
 * {@code db/vendor/h2} and {@code db/vendor/postgresql}, with version numbers of their own.
 */
public final class Database {

    /** The supported engines, named as their Flyway vendor folder. */
    public enum Engine {
        H2("h2"), POSTGRESQL("postgresql");

        private final String vendor;

        Engine(String vendor) {
            this.vendor = vendor;
        }

        public String vendor() {
            return vendor;
        }

        public static Engine of(String jdbcUrl) {
            if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
            if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:")) {
                return H2;
            }
            throw new IllegalArgumentException("connector.db.url must be a jdbc:h2: or jdbc:postgresql: URL, got '" + jdbcUrl + "'");
        }
    }

    private Database() {
    }

    public static HikariDataSource open(String url, String user, String password, int poolSize) {
        Engine engine = Engine.of(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("connector");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource, engine);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    public static void migrate(DataSource dataSource, Engine engine) {
        flyway(dataSource, engine).migrate();
    }

    /** The connector's migrations for {@code engine}: the common ones and the engine's own. */
    static Flyway flyway(DataSource dataSource, Engine engine) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + engine.vendor())
                .load();
    }
}
