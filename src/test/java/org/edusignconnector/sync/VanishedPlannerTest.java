package org.edusignconnector.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.testing.MigratedDatabase;
import org.edusignconnector.testing.MovableClock;
import org.edusignconnector.testing.SyncRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deletions a down run plans, from the ledger of the engine of {@code -Dconnector.test.db}: the window's sheets
 * whose course the source did not list, weighed by the guard against the window's sheets as the run will leave them
 * (its new courses included), and nothing at all after a listing that may have been cut short.
 */
class VanishedPlannerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private MigratedDatabase database;
    private Ledger ledger;
    private VanishedPlanner planner;

    @BeforeEach
    void open() {
        database = MigratedDatabase.open("vanished-planner-test");
        ledger = new Ledger(database.dataSource(), new MovableClock(SyncRuns.STARTED.toString()));
        planner = new VanishedPlanner(ledger, new DeletionGuard(3));
        // Ten sheets in the window (from Monday 23 March), one after it, one of another tenant.
        IntStream.range(0, 10).forEach(i -> sheet("acme", "tt1/ev-" + i, Instant.parse("2026-03-24T08:00:00Z")));
        sheet("acme", "tt1/ev-late", Instant.parse("2026-04-20T08:00:00Z"));
        sheet("beta", "tt1/ev-other", Instant.parse("2026-03-24T08:00:00Z"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theSheetsOfTheWindowTheSourceNoLongerListsAreToBeDeleted() {
        SyncRun run = listing(List.of(0, 1, 2, 3, 4, 5, 6, 7));

        DownPlan.Deletions deletions = planner.plan(run, kept(run, 8, 0));

        assertThat(deletions.vanished()).extracting(LedgerEntry::sourceKey).containsExactly("tt1/ev-8", "tt1/ev-9");
        assertThat(deletions.futureSheets()).isEqualTo(10);
        assertThat(deletions.heldBecause()).isNull();
    }

    @Test
    void theRunsNewCoursesCountAmongTheSheetsTheGuardWeighs() {
        // 4 vanished of 10 sheets is over the 20% guard, and still of 16; of the 20 the run leaves behind, it is not.
        SyncRun run = listing(List.of(0, 1, 2, 3, 4, 5));

        assertThat(planner.plan(run, kept(run, 6, 0)).heldBecause())
                .isEqualTo("the run would delete 4 of the tenant's 10 future sheets, more than its 20% guard");
        DownPlan.Deletions withNew = planner.plan(run, kept(run, 6, 6));
        assertThat(withNew.futureSheets()).isEqualTo(16);
        assertThat(withNew.heldBecause()).as("4 of 16 is 25%").isNotNull();
        DownPlan.Deletions manyNew = planner.plan(run, kept(run, 6, 10));
        assertThat(manyNew.futureSheets()).isEqualTo(20);
        assertThat(manyNew.heldBecause()).as("4 of 20 is 20%").isNull();
    }

    @Test
    void aListingThatMayHaveBeenCutShortPlansNoDeletion() {
        SyncRun run = listing(List.of(0));
        run.sourceComplete(false);

        assertThat(planner.plan(run, kept(run, 1, 0)).vanished()).isEmpty();
    }

    private SyncRun listing(List<Integer> listed) {
        SyncRun run = SyncRuns.down("acme", "run-1");
        listed.forEach(i -> run.listed("tt1/ev-" + i));
        run.sourceComplete(true);
        return run;
    }

    /** The plan's courses: the first {@code known} of the ledger's, then {@code fresh} new ones (listed too). */
    private static List<PlannedCourse> kept(SyncRun run, int known, int fresh) {
        List<String> keys = new java.util.ArrayList<>(IntStream.range(0, known).mapToObj(i -> "tt1/ev-" + i).toList());
        IntStream.range(0, fresh).mapToObj(i -> "tt1/new-" + i).forEach(keys::add);
        keys.forEach(run::listed);
        return keys.stream().map(key -> PlannedCourse.fromLedger(course(key), "fp", "acme|" + key + "@fp", null)).toList();
    }

    private static SourceCourse course(String key) {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 25, 9, 0, 0, 0, PARIS);
        return SourceCourse.builder(key).name(key).start(start).end(start.plusHours(2)).build();
    }

    private void sheet(String tenant, String sourceKey, Instant startsAt) {
        ledger.markSynced(tenant, ObjectKind.COURSE, sourceKey, "API-" + sourceKey, "sheet-" + sourceKey, "payload", "fp", startsAt, sourceKey,
                false);
    }
}
