package org.edusignconnector.sync;

import java.time.LocalDate;
import java.util.List;

import org.apache.camel.spi.IdempotentRepository;
import org.edusignconnector.attendance.AttendanceContext;
import org.edusignconnector.attendance.AttendanceTarget;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.tenant.TenantIdempotency;

/**
 * Locked sheets of the day that has just left the tenant's look-back window: from now on no run
 * reads them, so one whose attendance never reached the source (refused every time, or the runtime
 * was down) is recorded once as {@code ATTENDANCE_NOT_WRITTEN}, naming the sheet, instead of being
 * silently forgotten. Nothing is written for them.
 */
final class UnwrittenSheets {

    private static final String MARKER = "@not-written";

    private final EventLog events;
    private final IdempotentRepository idempotency;

    UnwrittenSheets(EventLog events, IdempotentRepository idempotency) {
        this.events = events;
        this.idempotency = idempotency;
    }

    /** Whether the sheet's course is before the first day of the look-back (Paris date of its start). */
    static boolean leftTheLookback(Upstream.SheetWork work, LocalDate firstDay) {
        return work.sheet().start() != null && work.sheet().start().atZone(SyncWindow.PARIS).toLocalDate().isBefore(firstDay);
    }

    void record(SyncRun run, List<Upstream.SheetWork> leaving, AttendanceTarget target, AttendanceContext context) {
        if (run.dryRun()) {
            return;
        }
        for (Upstream.SheetWork work : leaving) {
            if (written(run, work, target, context)) {
                continue;
            }
            // The marker key makes the event once per sheet, whatever the number of runs that day.
            if (!idempotency.add(TenantIdempotency.key(run.tenantName(), work.sheet().id() + MARKER))) {
                continue;
            }
            run.count(ReasonCode.ATTENDANCE_NOT_WRITTEN);
            events.record(run, "attendance", work.sourceKey(), ReasonCode.ATTENDANCE_NOT_WRITTEN.name(),
                    "sheet " + work.sheet().id() + " (course of " + work.sheet().start().atZone(SyncWindow.PARIS).toLocalDate()
                            + ") left the look-back window of " + run.tenant().attendanceLookbackDays()
                            + " days without its attendance written to the source: enter it there, or resend that date");
        }
    }

    private boolean written(SyncRun run, Upstream.SheetWork work, AttendanceTarget target, AttendanceContext context) {
        try {
            return idempotency.contains(Upstream.key(run, target.prepare(work.sheet(), work.sourceKey(), context).write()));
        } catch (RuntimeException unmappable) {
            return false; // a sheet that cannot even be mapped to a write was certainly never written
        }
    }
}
