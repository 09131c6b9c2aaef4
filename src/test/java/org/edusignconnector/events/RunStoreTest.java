package org.edusignconnector.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.events.RunStore.StoredRun;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.testing.MigratedDatabase;
import org.edusignconnector.testing.SyncRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runs the API and the events page list, as stored, on the engine of {@code -Dconnector.test.db}. */
class RunStoreTest {

    private static final Instant T0 = SyncRuns.STARTED;

    private MigratedDatabase database;
    private RunStore store;

    @BeforeEach
    void open() {
        database = MigratedDatabase.open("run-store-test");
        store = new RunStore(database.dataSource(), new ObjectMapper(), "node-a");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRunIsStoredRunningThenWithItsOutcomeAndCounts() {
        SyncRun run = SyncRuns.down("acme", "run-1", "schedule", false, 20, T0);
        store.started(run.summary(), T0.minusSeconds(2));

        StoredRun running = store.find("acme", "run-1").orElseThrow();
        assertThat(running.status()).isEqualTo("RUNNING");
        assertThat(running.trigger()).isEqualTo("schedule");
        assertThat(running.startedAt()).isEqualTo(T0);
        assertThat(running.scheduledAt()).isEqualTo(T0.minusSeconds(2));
        assertThat(running.instanceId()).isEqualTo("node-a");
        assertThat(running.endedAt()).isNull();

        run.count(ReasonCode.CREATED);
        run.count(ReasonCode.CREATED);
        run.finish(SyncRun.Status.COMPLETED, "2 created", T0.plusSeconds(30));
        store.ended(run.summary());

        StoredRun ended = store.find("acme", "run-1").orElseThrow();
        assertThat(ended.status()).isEqualTo("COMPLETED");
        assertThat(ended.endedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(ended.message()).isEqualTo("2 created");
        assertThat(ended.counts()).isEqualTo("{\"CREATED\":2}");
    }

    @Test
    void theLastFinishedRunOfADirectionIsFoundBehindAnyNumberOfTheOther() {
        finished(SyncRuns.down("acme", "down-1", "schedule", false, 20, T0), SyncRun.Status.COMPLETED);
        finished(SyncRuns.down("acme", "down-2", "schedule", false, 20, T0.plusSeconds(60)), SyncRun.Status.FAILED);
        for (int i = 0; i < 12; i++) {
            finished(SyncRuns.up("acme", "up-" + i, T0.plusSeconds(120L + i)), SyncRun.Status.COMPLETED);
        }
        store.started(SyncRuns.down("acme", "down-3", "schedule", false, 20, T0.plusSeconds(600)).summary());
        finished(SyncRuns.down("beta", "down-other", "schedule", false, 20, T0.plusSeconds(700)), SyncRun.Status.COMPLETED);

        assertThat(store.lastFinished("acme", "down")).map(StoredRun::runId).contains("down-2");
        assertThat(store.lastFinished("acme", "up")).map(StoredRun::runId).contains("up-11");
        assertThat(store.lastFinished("gamma", "down")).isEmpty();
    }

    private void finished(SyncRun run, SyncRun.Status status) {
        store.started(run.summary());
        run.finish(status, null, run.startedAt().plusSeconds(10));
        store.ended(run.summary());
    }

    @Test
    void aDryRunLeavesNoRow() {
        SyncRun dry = SyncRuns.down("acme", "dry-1", "api", true, 20, T0);
        store.started(dry.summary());
        dry.finish(SyncRun.Status.COMPLETED, null, T0.plusSeconds(1));
        store.ended(dry.summary());

        assertThat(store.find("acme", "dry-1")).isEmpty();
        assertThat(store.last("acme", 10)).isEmpty();
    }

    @Test
    void anAbandonedRunIsClosedAsFailedOnlyIfStillRunning() {
        store.started(SyncRuns.down("acme", "run-1", "schedule", false, 20, T0).summary());
        SyncRun done = SyncRuns.down("acme", "run-2", "schedule", false, 20, T0.plusSeconds(60));
        store.started(done.summary());
        done.finish(SyncRun.Status.COMPLETED, null, T0.plusSeconds(90));
        store.ended(done.summary());

        assertThat(store.abandoned("run-1", T0.plusSeconds(600), "lease lost")).isTrue();
        assertThat(store.abandoned("run-2", T0.plusSeconds(600), "lease lost")).as("already closed").isFalse();

        assertThat(store.find("acme", "run-1").orElseThrow())
                .extracting(StoredRun::status, StoredRun::message, StoredRun::endedAt)
                .containsExactly("FAILED", "lease lost", T0.plusSeconds(600));
        assertThat(store.find("acme", "run-2").orElseThrow().status()).isEqualTo("COMPLETED");
    }

    @Test
    void theLastRunsOfATenantComeNewestFirst() {
        for (int i = 1; i <= 4; i++) {
            store.started(SyncRuns.down("acme", "run-" + i, "schedule", false, 20, T0.plus(Duration.ofMinutes(i))).summary());
        }
        store.started(SyncRuns.down("univ", "run-9", "schedule", false, 20, T0.plus(Duration.ofHours(1))).summary());

        assertThat(store.last("acme", 3)).extracting(StoredRun::runId).containsExactly("run-4", "run-3", "run-2");
        assertThat(store.find("acme", "run-9")).as("another tenant's run").isEmpty();
    }
}
