package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The state stops growing: INVALID_PERSON is recorded when a person's problem appears or changes,
 * not at every run; housekeeping purges runs and events older than runs-max-age-days (180 by default).
 * Runs on H2 and on PostgreSQL (the purge's SQL and the timestamps with a zone).
 */
class StateRetentionTest {

    private static final String LUCAS = "student:9004";   // CelcatSchool: no e-mail, in two courses

    private AcmeFixture acme;

    @BeforeEach
    void start() {
        acme = new AcmeFixture();
        acme.runtime.start();
    }

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void anInvalidPersonIsRecordedWhenTheProblemAppearsOrChangesNotAtEveryRun() {
        RunSummary first = acme.runtime.sync("acme");
        List<SyncEvent> appeared = lucasEvents();
        assertThat(appeared).isNotEmpty().allSatisfy(e -> assertThat(e.message()).contains("no e-mail"));
        assertThat(appeared).extracting(SyncEvent::runId).containsOnly(first.runId());

        RunSummary second = acme.runtime.sync("acme");
        assertThat(second.counts()).as("still counted in the run").containsKey("INVALID_PERSON");
        assertThat(lucasEvents()).as("not recorded again").hasSameSizeAs(appeared);

        acme.timetable().addStudent(9004, "E9004", "MOREAU, Lucas", "lucas-at-school", null);
        RunSummary third = acme.runtime.sync("acme");
        List<SyncEvent> changed = lucasEvents().stream().filter(e -> e.runId().equals(third.runId())).toList();
        assertThat(changed).isNotEmpty().allSatisfy(e -> assertThat(e.message()).contains("invalid e-mail"));
    }

    @Test
    void housekeepingPurgesRunsAndEventsOlderThanTheAgeAndKeepsTheRest() throws Exception {
        RunSummary old = acme.runtime.sync("acme");
        assertThat(rows("SELECT COUNT(*) FROM person_problem")).isPositive();
        acme.runtime.stop();
        Instant later = Instant.parse(CelcatSchool.NOW).plus(181, ChronoUnit.DAYS);
        acme.runtime.clock(later.toString()).start();
        RunSummary recent = acme.runtime.sync("acme");
        long recentEvents = rows("SELECT COUNT(*) FROM sync_event WHERE run_id = '" + recent.runId() + "'");
        assertThat(recentEvents).isPositive();

        acme.runtime.context().createProducerTemplate().sendBody("direct:idempotency-housekeeping", null);

        assertThat(rows("SELECT COUNT(*) FROM sync_run WHERE run_id = '" + old.runId() + "'")).isZero();
        assertThat(rows("SELECT COUNT(*) FROM sync_event WHERE run_id = '" + old.runId() + "'")).isZero();
        assertThat(rows("SELECT COUNT(*) FROM person_problem")).as("recorded again if still there").isZero();
        assertThat(rows("SELECT COUNT(*) FROM sync_run WHERE run_id = '" + recent.runId() + "'")).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM sync_event WHERE run_id = '" + recent.runId() + "'")).isEqualTo(recentEvents);
    }

    private List<SyncEvent> lucasEvents() {
        return acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class)
                .page("acme", 0, 500, "INVALID_PERSON", null).stream().filter(e -> e.message().contains(LUCAS)).toList();
    }

    private long rows(String sql) throws Exception {
        try (Connection c = acme.runtime.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
