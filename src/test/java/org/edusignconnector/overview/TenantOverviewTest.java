package org.edusignconnector.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.doctor.DoctorVerdicts;
import org.edusignconnector.events.RunStore.StoredRun;
import org.edusignconnector.overview.TenantOverview.Health;
import org.edusignconnector.overview.TenantOverview.Row;
import org.edusignconnector.overview.TenantOverview.TenantState;
import org.edusignconnector.sync.DeletionHolds.Hold;
import org.junit.jupiter.api.Test;

/** The overview's rows as an operator with many schools reads them: problems first, counts of the last down run. */
class TenantOverviewTest {

    private static final Instant NOW = Instant.parse("2026-03-25T15:00:00Z"); // a Wednesday, 16:00 in Paris
    private static final String CRON = "0 15 11,18 * * ?";

    private final TenantOverview overview = new TenantOverview(new ObjectMapper());

    @Test
    void failedLastRunFirstThenTenantsThatNeedALookThenHealthyOnesEachByName() {
        List<TenantState> tenants = List.of(
                tenant("alpha", run("a2", "COMPLETED", "{\"UNCHANGED\":40,\"PAST\":3,\"FILTERED_CATEGORY\":2}")),
                tenant("zulu", run("z2", "FAILED", "{}"), run("z1", "COMPLETED", "{\"CREATED\":4}")),
                tenant("bravo", run("b1", "COMPLETED", "{\"UNCHANGED\":9,\"NO_VALID_LEARNER\":2}")),
                withHold(tenant("yankee", run("y1", "COMPLETED", "{\"UNCHANGED\":9}"))),
                withDoctor(tenant("charlie", run("c1", "COMPLETED", "{\"UNCHANGED\":9}")), new DoctorVerdicts.Last(NOW, true, 2, 1)),
                withDoctor(tenant("delta", run("d1", "COMPLETED", "{\"UNCHANGED\":9}")), new DoctorVerdicts.Last(NOW, false, 0, 3)),
                tenant("echo", run("e2", "FAILED", "{}")),
                tenant("foxtrot"));

        List<Row> rows = overview.rows(tenants, NOW, true);

        assertThat(rows).extracting(Row::tenant)
                .containsExactly("echo", "zulu", "bravo", "charlie", "yankee", "alpha", "delta", "foxtrot");
        assertThat(rows).extracting(Row::health).containsExactly(Health.FAILED, Health.FAILED, Health.NEEDS_A_LOOK,
                Health.NEEDS_A_LOOK, Health.NEEDS_A_LOOK, Health.HEALTHY, Health.HEALTHY, Health.HEALTHY);
        assertThat(row(rows, "bravo").why()).containsExactly("2 courses not sent for a problem");
        assertThat(row(rows, "yankee").why()).containsExactly("3 deletions held");
        assertThat(row(rows, "charlie").why()).containsExactly("doctor: 2 failed checks");
        assertThat(row(rows, "zulu").why()).isEmpty(); // its health says it: FAILED
        // A doctor WARN alone and skips by the window or the tenant's filters leave a tenant healthy.
        assertThat(row(rows, "alpha").why()).isEmpty();
        assertThat(row(rows, "delta").doctor().warns()).isEqualTo(3);
    }

    @Test
    void skippedCoursesOfTheLastDownRunByReasonLargestFirstWithoutTheItemsThatWentThrough() {
        StoredRun up = new StoredRun("u1", "t", "up", "schedule", false, NOW.minusSeconds(60), NOW.minusSeconds(50), "COMPLETED",
                "{\"ATTENDANCE_SENT\":5}", null, null, null);
        List<StoredRun> runs = List.of(up, run("d2", "COMPLETED",
                "{\"UNCHANGED\":30,\"SAME_DAY\":2,\"NO_VALID_LEARNER\":1,\"FILTERED_CATEGORY\":7,\"INVALID_PERSON\":4,\"EDUSIGN_REJECTED\":2}"),
                run("d1", "COMPLETED", "{\"PAST\":99}"));
        Row row = overview.rows(List.of(new TenantState("t", "celcat", CRON, runs, runs.get(0), runs.get(1), null, null)), NOW, true).get(0);

        assertThat(row.lastRun().runId()).isEqualTo("u1");
        assertThat(row.skipped()).containsExactly(entry("FILTERED_CATEGORY", 7), entry("SAME_DAY", 2), entry("NO_VALID_LEARNER", 1));
        assertThat(row.failed()).containsExactly(entry("EDUSIGN_REJECTED", 2));
        assertThat(row.health()).isEqualTo(Health.NEEDS_A_LOOK);
        assertThat(row.why()).containsExactly("3 courses not sent for a problem");
    }

    @Test
    void theSkipsOfTheLastDownRunShowEvenWhenManyUpRunsCameAfterIt() {
        List<StoredRun> ups = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ups.add(new StoredRun("u" + i, "t", "up", "schedule", false, NOW.minusSeconds(60L * (i + 1)), NOW.minusSeconds(60L * i + 30),
                    "COMPLETED", "{\"ATTENDANCE_SENT\":1}", null, null, null));
        }
        StoredRun down = run("d1", "COMPLETED", "{\"UNCHANGED\":30,\"NO_VALID_LEARNER\":2}");
        Row row = overview.rows(List.of(new TenantState("t", "celcat", CRON, ups, ups.get(0), down, null, null)), NOW, true).get(0);

        assertThat(row.lastRun().runId()).isEqualTo("u0");
        assertThat(row.skipped()).containsExactly(entry("NO_VALID_LEARNER", 2));
        assertThat(row.why()).containsExactly("2 courses not sent for a problem");
    }

    @Test
    void aRunInProgressKeepsTheTenantWhereItsLastFinishedRunPutIt() {
        StoredRun running = new StoredRun("r3", "t", "down", "api", false, NOW, null, "RUNNING", null, null, null, null);
        List<StoredRun> runs = List.of(running, run("r2", "FAILED", "{}"), run("r1", "COMPLETED", "{\"UNCHANGED\":3}"));
        StoredRun lastSuccess = runs.get(2);
        Row row = overview.rows(List.of(new TenantState("t", "fca", CRON, runs, lastSuccess, runs.get(1), null, null)), NOW, true).get(0);

        assertThat(row.health()).isEqualTo(Health.FAILED);
        assertThat(row.lastRun().status()).isEqualTo("RUNNING");
        assertThat(row.lastSuccess()).isEqualTo(lastSuccess.endedAt());
    }

    @Test
    void theNextRunIsTheTenantsCronOnParisTimeAndNoneWhenSchedulesAreOff() {
        TenantState t = tenant("t", run("r1", "COMPLETED", "{}"));
        // 16:00 in Paris: the next fire is 18:15 Paris, 17:15 UTC (winter time until 29 March).
        assertThat(overview.rows(List.of(t), NOW, true).get(0).nextRun()).isEqualTo(Instant.parse("2026-03-25T17:15:00Z"));
        assertThat(overview.rows(List.of(t), NOW, false).get(0).nextRun()).isNull();
    }

    private static int seq;

    private static StoredRun run(String id, String status, String counts) {
        Instant start = NOW.minusSeconds(3600L * ++seq);
        return new StoredRun(id, "t", "down", "schedule", false, start, start.plusSeconds(30), status, counts, null, null, null);
    }

    private static TenantState tenant(String name, StoredRun... newestFirst) {
        List<StoredRun> runs = new ArrayList<>(List.of(newestFirst));
        StoredRun success = runs.stream().filter(r -> r.status().equals("COMPLETED")).findFirst().orElse(null);
        StoredRun lastDown = runs.stream().filter(r -> !r.status().equals("RUNNING")).findFirst().orElse(null);
        return new TenantState(name, "celcat", CRON, runs, success, lastDown, null, null);
    }

    private static TenantState withHold(TenantState t) {
        return new TenantState(t.tenant(), t.source(), t.cron(), t.lastRuns(), t.lastSuccess(), t.lastDown(),
                new Hold(t.tenant(), "y1", 3, 10, NOW), t.doctor());
    }

    private static TenantState withDoctor(TenantState t, DoctorVerdicts.Last verdict) {
        return new TenantState(t.tenant(), t.source(), t.cron(), t.lastRuns(), t.lastSuccess(), t.lastDown(), t.hold(), verdict);
    }

    private static Row row(List<Row> rows, String tenant) {
        return rows.stream().filter(r -> r.tenant().equals(tenant)).findFirst().orElseThrow();
    }

    private static java.util.Map.Entry<String, Long> entry(String reason, long n) {
        return java.util.Map.entry(reason, n);
    }
}
