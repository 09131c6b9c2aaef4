package org.edusignconnector.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.zaxxer.hikari.HikariDataSource;
import org.edusignconnector.attendance.AttendanceAttempts.Attempt;
import org.edusignconnector.runtime.Database;
import org.edusignconnector.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journal of unconfirmed write-backs, on the engine of {@code -Dconnector.test.db}. */
class AttendanceAttemptsTest {

    private static final Instant FIRST = Instant.parse("2026-03-29T00:30:00Z");   // the night clocks go forward in Paris

    private TestDatabase database;
    private HikariDataSource dataSource;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabase.create(Files.createTempDirectory("attempts-test"));
        dataSource = Database.open(database.url(), database.user(), database.password(), 2);
    }

    @AfterEach
    void close() {
        dataSource.close();
        database.close();
    }

    @Test
    void aFirstAttemptHasNoPredecessorAndASecondOneFindsIt() {
        AttendanceAttempts journal = journal(FIRST);
        assertThat(journal.begin("acme", "sheet-1", "f1", "run-1")).isEmpty();

        AttendanceAttempts later = journal(FIRST.plusSeconds(3600));
        assertThat(later.begin("acme", "sheet-1", "f1", "run-2")).contains(new Attempt("run-1", FIRST, 1));
        assertThat(later.find("acme", "sheet-1", "f1")).contains(new Attempt("run-2", FIRST.plusSeconds(3600), 2));
    }

    @Test
    void anAttemptIsPerTenantSheetAndContent() {
        AttendanceAttempts journal = journal(FIRST);
        journal.begin("acme", "sheet-1", "f1", "run-1");

        assertThat(journal.begin("acme", "sheet-1", "f2", "run-2")).as("changed attendance").isEmpty();
        assertThat(journal.begin("acme", "sheet-2", "f1", "run-2")).as("another sheet").isEmpty();
        assertThat(journal.begin("univ", "sheet-1", "f1", "run-3")).as("another tenant").isEmpty();
    }

    @Test
    void aSettledWriteLeavesNothingToRecover() {
        AttendanceAttempts journal = journal(FIRST);
        journal.begin("acme", "sheet-1", "f1", "run-1");
        journal.begin("acme", "sheet-1", "f2", "run-1");

        journal.settle("acme", "sheet-1", "f1");

        assertThat(journal.find("acme", "sheet-1", "f1")).isEmpty();
        assertThat(journal.find("acme", "sheet-1", "f2")).isPresent();
        assertThat(journal.begin("acme", "sheet-1", "f1", "run-2")).isEmpty();
    }

    private AttendanceAttempts journal(Instant now) {
        return new AttendanceAttempts(dataSource, Clock.fixed(now, ZoneOffset.UTC));
    }
}
