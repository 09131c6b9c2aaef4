package org.edusignconnector.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.zaxxer.hikari.HikariDataSource;
import org.edusignconnector.runtime.Database;

/**
 * A fresh database of the engine of {@code -Dconnector.test.db}, migrated as at start-up, with a small
 * pool: what a unit test of a store (ledger, logs, journals) writes to and reads back.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final HikariDataSource dataSource;

    private MigratedDatabase(TestDatabase database, HikariDataSource dataSource) {
        this.database = database;
        this.dataSource = dataSource;
    }

    /** {@code name} names its temporary directory (H2) or schema prefix. */
    public static MigratedDatabase open(String name) {
        TestDatabase database;
        try {
            database = TestDatabase.create(Files.createTempDirectory(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MigratedDatabase(database, Database.open(database.url(), database.user(), database.password(), 2));
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        database.close();
    }
}
