package org.edusignconnector.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;

import org.edusignconnector.testing.MigratedDatabase;
import org.edusignconnector.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-tenant event log the events page reads, on the engine of {@code -Dconnector.test.db}. */
class EventLogTest {

    private final MovableClock clock = new MovableClock("2026-03-22T10:00:00Z");
    private MigratedDatabase database;
    private EventLog log;

    @BeforeEach
    void open() {
        database = MigratedDatabase.open("event-log-test");
        log = new EventLog(database.dataSource(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aTenantReadsItsOwnEventsNewestFirstWithTheirTime() {
        Instant first = clock.instant();
        log.record("acme", "run-1", "COURSE", "tt1/ev-1", "CREATED", "Maths created");
        clock.advance(Duration.ofMinutes(5));
        log.record("acme", "run-2", "COURSE", "tt1/ev-1", "UPDATED", "Maths moved");
        log.record("univ", "run-3", "COURSE", "tt1/ev-1", "CREATED", "another school's course");

        assertThat(log.page("acme", 0, 10, null, null))
                .extracting(SyncEvent::runId, SyncEvent::reason, SyncEvent::occurredAt)
                .containsExactly(tuple("run-2", "UPDATED", first.plus(Duration.ofMinutes(5))),
                        tuple("run-1", "CREATED", first));
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
        for (int i = 1; i <= 5; i++) {
            log.record("acme", "run-1", "COURSE", "ev-" + i, "CREATED", null);
        }

        assertThat(log.page("acme", 0, 2, null, null)).extracting(SyncEvent::sourceId).containsExactly("ev-5", "ev-4");
        assertThat(log.page("acme", 2, 2, null, null)).extracting(SyncEvent::sourceId).containsExactly("ev-1");
        assertThat(log.page("acme", 3, 2, null, null)).isEmpty();
    }

    @Test
    void reasonAndSourceFilterTogether() {
        log.record("acme", "run-1", "COURSE", "ev-1", "CREATED", null);
        log.record("acme", "run-1", "COURSE", "ev-2", "CREATED", null);
        log.record("acme", "run-2", "COURSE", "ev-1", "INVALID_COURSE_DATA", "no start");

        assertThat(log.page("acme", 0, 10, "CREATED", null)).extracting(SyncEvent::sourceId).containsExactly("ev-2", "ev-1");
        assertThat(log.page("acme", 0, 10, null, "ev-1")).extracting(SyncEvent::reason)
                .containsExactly("INVALID_COURSE_DATA", "CREATED");
        assertThat(log.page("acme", 0, 10, "CREATED", "ev-1")).extracting(SyncEvent::runId).containsExactly("run-1");
    }

    @Test
    void aLongMessageIsCutWithAnEllipsisAndALongSourceIdWithoutOne() {
        log.record("acme", "run-1", "COURSE", "s".repeat(1_000), "INVALID_COURSE_DATA", "m".repeat(5_000));

        SyncEvent event = log.page("acme", 0, 1, null, null).get(0);
        assertThat(event.message()).hasSize(2_000).endsWith("m…");
        assertThat(event.sourceId()).isEqualTo("s".repeat(400));
    }
}
