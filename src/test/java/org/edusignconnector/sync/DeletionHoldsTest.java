package org.edusignconnector.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.edusignconnector.sync.DeletionHolds.Hold;
import org.edusignconnector.testing.MigratedDatabase;
import org.edusignconnector.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deletions held by the guard, one hold per tenant, on the engine of {@code -Dconnector.test.db}. */
class DeletionHoldsTest {

    private final MovableClock clock = new MovableClock("2026-03-22T10:00:00Z");
    private MigratedDatabase database;
    private DeletionHolds holds;

    @BeforeEach
    void open() {
        database = MigratedDatabase.open("deletion-holds-test");
        holds = new DeletionHolds(database.dataSource(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aHoldNamesItsRunWhatItHoldsAndWhen() {
        holds.hold("acme", "run-1", 12, 40);

        assertThat(holds.find("acme")).contains(new Hold("acme", "run-1", 12, 40, clock.instant()));
        assertThat(holds.find("univ")).isEmpty();
    }

    @Test
    void aLaterHoldReplacesTheEarlierOne() {
        holds.hold("acme", "run-1", 12, 40);
        clock.advance(Duration.ofHours(1));

        holds.hold("acme", "run-2", 15, 40);

        assertThat(holds.find("acme")).contains(new Hold("acme", "run-2", 15, 40, clock.instant()));
    }

    @Test
    void releasingEndsOnlyThatTenantsHold() {
        holds.hold("acme", "run-1", 12, 40);
        holds.hold("univ", "run-2", 5, 10);

        holds.release("acme");
        holds.release("acme");

        assertThat(holds.find("acme")).isEmpty();
        assertThat(holds.find("univ")).map(Hold::runId).contains("run-2");
    }
}
