package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.junit.jupiter.api.Test;

/**
 * The attendance journal and its keys live at least as long as the look-back reads their sheets, whatever
 * the housekeeping's max age; a locked sheet that leaves the look-back unwritten is recorded once, naming it.
 * The runtime is restarted with its clock 31 days on: Monday 23 March has just left the 30-day look-back.
 */
class AttendanceRetentionTest {

    private static final String A_MONTH_LATER = "2026-04-23T10:00:00Z";

    @Test
    void housekeepingKeepsTheUpstreamKeysAndJournalOfTheLookBack() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.property("connector.housekeeping.max-age-days", "0").start();
            acme.runtime.sync("acme");
            acme.school().lockCourse(CelcatAttendanceTest.mondayTd(acme),
                    List.of(StudentAttendance.present(CelcatAttendanceTest.id(acme, "lea.bernard@school.example"))), List.of(true));
            assertThat(CelcatAttendanceTest.up(acme).counts()).containsEntry("ATTENDANCE_SENT", 1L);
            journal(acme, "acme", Instant.now().minus(Duration.ofDays(20)));
            journal(acme, "acme", Instant.now().minus(Duration.ofDays(30 + 14 + 2)));
            journal(acme, "gone", Instant.now().minus(Duration.ofDays(400)));

            acme.runtime.context().createProducerTemplate().sendBody("direct:idempotency-housekeeping", null);

            assertThat(count(acme, "SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'acme-downstream'")).isZero();
            assertThat(count(acme, "SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'acme-upstream'")).isEqualTo(1);
            assertThat(count(acme, "SELECT COUNT(*) FROM attendance_attempt WHERE tenant = 'acme'")).as("the 20-day-old row only").isEqualTo(1);
            assertThat(count(acme, "SELECT COUNT(*) FROM attendance_attempt WHERE tenant = 'gone'"))
                    .as("an unconfigured tenant's row within the longest look-back").isEqualTo(1);
            RunSummary again = CelcatAttendanceTest.up(acme);
            assertThat(again.counts()).containsEntry("ATTENDANCE_UNCHANGED", 1L);
            assertThat(acme.timetable().registerWrites()).hasSize(1);
        }
    }

    @Test
    void aLockedSheetLeavingTheLookBackUnwrittenIsRecordedOnceNamingIt() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            String sheet = CelcatAttendanceTest.mondayTd(acme);
            acme.school().lockCourse(sheet, List.of(StudentAttendance.present(CelcatAttendanceTest.id(acme, "lea.bernard@school.example"))),
                    List.of(true));
            acme.timetable().removeEvent(CelcatSchool.MONDAY_TD);
            assertThat(CelcatAttendanceTest.up(acme).counts()).containsEntry("SOURCE_REJECTED", 1L);

            restartAMonthLater(acme);
            RunSummary left = CelcatAttendanceTest.up(acme);
            RunSummary later = CelcatAttendanceTest.up(acme);

            assertThat(left.counts()).as(left.message()).containsEntry("ATTENDANCE_NOT_WRITTEN", 1L).doesNotContainKey("SOURCE_REJECTED");
            assertThat(later.counts()).doesNotContainKey("ATTENDANCE_NOT_WRITTEN");
            assertThat(notWritten(acme)).singleElement().satisfies(e -> {
                assertThat(e.sourceId()).isEqualTo("tt1/" + CelcatSchool.MONDAY_TD);
                assertThat(e.message()).contains(sheet, "2026-03-23", "30 days");
            });
        }
    }

    @Test
    void aWrittenSheetLeavesTheLookBackSilently() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            acme.school().lockCourse(CelcatAttendanceTest.mondayTd(acme),
                    List.of(StudentAttendance.present(CelcatAttendanceTest.id(acme, "lea.bernard@school.example"))), List.of(true));
            assertThat(CelcatAttendanceTest.up(acme).counts()).containsEntry("ATTENDANCE_SENT", 1L);

            restartAMonthLater(acme);
            RunSummary left = CelcatAttendanceTest.up(acme);

            assertThat(left.counts()).doesNotContainKeys("ATTENDANCE_NOT_WRITTEN", "ATTENDANCE_SENT", "ATTENDANCE_UNCHANGED");
            assertThat(notWritten(acme)).isEmpty();
            assertThat(acme.timetable().registerWrites()).hasSize(1);
        }
    }

    private static void restartAMonthLater(AcmeFixture acme) {
        acme.runtime.stop();
        acme.runtime.clock(A_MONTH_LATER).start();
    }

    private static List<SyncEvent> notWritten(AcmeFixture acme) {
        EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
        return events.page("acme", 0, 10, "ATTENDANCE_NOT_WRITTEN", null);
    }

    private static void journal(AcmeFixture acme, String tenant, Instant attemptedAt) throws Exception {
        try (Connection c = acme.runtime.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO attendance_attempt (tenant, sheet_id, fingerprint, run_id, attempted_at, attempts) VALUES (?, ?, ?, 'r', ?, 1)")) {
            ps.setString(1, tenant);
            ps.setString(2, "sheet-" + attemptedAt.toEpochMilli());
            ps.setString(3, "f");
            ps.setTimestamp(4, Timestamp.from(attemptedAt));
            ps.executeUpdate();
        }
    }

    private static long count(AcmeFixture acme, String sql) throws Exception {
        try (Connection c = acme.runtime.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
