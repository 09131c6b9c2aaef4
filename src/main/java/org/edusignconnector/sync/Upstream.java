package org.edusignconnector.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.edusignconnector.attendance.AttendanceAttempts;
import org.edusignconnector.attendance.AttendanceContext;
import org.edusignconnector.attendance.AttendanceTarget;
import org.edusignconnector.attendance.AttendanceWrite;
import org.edusignconnector.edusign.EdusignAttendance;
import org.edusignconnector.attendance.LockedSheet;
import org.edusignconnector.attendance.SourceRejectedException;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.tenant.TenantIdempotency;

/**
 * The steps of the reverse route (locked Edusign sheets → source), called from sync-up and
 * sync-sheet. Only sheets this connector created are written back; each locked sheet once per
 * attendance content (the idempotent key is {@code tenant|sheet@fingerprint of the body}).
 */
public class Upstream {

    public static final String WRITE = "attendanceWrite";
    private static final String CONTEXT = "attendanceContext";
    private static final String EARLIER_ATTEMPT = "earlierAttendanceAttempt";

    private final Ledger ledger;
    private final EventLog events;
    private final IdempotentRepository idempotency;
    private final AttendanceAttempts attempts;
    private final UnwrittenSheets unwritten;

    public Upstream(Ledger ledger, EventLog events, IdempotentRepository idempotency, AttendanceAttempts attempts) {
        this.ledger = ledger;
        this.events = events;
        this.idempotency = idempotency;
        this.attempts = attempts;
        this.unwritten = new UnwrittenSheets(events, idempotency);
    }

    /** A locked sheet of ours and the source object it came from. */
    public record SheetWork(LockedSheet sheet, String sourceKey) {
    }

    /** Reads the tenant's locked sheets and keeps those this connector created. */
    public List<SheetWork> fetch(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        if (!run.tenant().sendAttendance()) {
            throw new IllegalStateException("attendance write-back is off for tenant '" + run.tenantName() + "' (sendAttendance)");
        }
        LockedSheetSelection selection = LockedSheetSelection.of(run, ledger);
        List<SheetWork> work = selection.work();
        List<SheetWork> leaving = selection.leaving();
        LocalDate from = selection.from();
        LocalDate to = selection.to();
        if (!work.isEmpty() || !leaving.isEmpty()) {
            AttendanceTarget target = run.tenant().source().attendance();
            target.prepareRun(from, to);
            // Celcat marks are P, A or L: its write-back never reads Edusign's absence reasons.
            Map<String, String> reasons = target.usesAbsenceReasons() ? EdusignAttendance.absenceReasonNames(run.edusign(),
                    EdusignAttendance.absenceIds(work.stream().map(SheetWork::sheet).toList())) : Map.of();
            AttendanceContext context = new AttendanceContext(ledger.sourceKeysByEdusignId(run.tenantName(), ObjectKind.STUDENT),
                    ledger.sourceKeysByEdusignId(run.tenantName(), ObjectKind.PROFESSOR), reasons);
            exchange.setProperty(CONTEXT, context);
            unwritten.record(run, leaving, target, context);
        }
        run.total(work.size());
        return work;
    }

    /** Maps the sheet to the source's write and sets the idempotent key. */
    public void prepare(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        SheetWork work = exchange.getMessage().getBody(SheetWork.class);
        AttendanceTarget.Prepared prepared = run.tenant().source().attendance()
                .prepare(work.sheet(), work.sourceKey(), exchange.getProperty(CONTEXT, AttendanceContext.class));
        for (String person : prepared.leftOut()) {
            run.count(ReasonCode.PERSON_NOT_CREATED_BY_CONNECTOR);
            events.record(run, "attendance", work.sourceKey(), ReasonCode.PERSON_NOT_CREATED_BY_CONNECTOR.name(),
                    "sheet " + work.sheet().id() + ": " + person + "; their attendance is not sent");
        }
        exchange.setProperty(WRITE, prepared.write());
        exchange.setProperty(Downstream.CHANGE_KEY, key(run, prepared.write()));
    }

    /** A resend or a dry run goes past the idempotent repository (and a dry run sends nothing). */
    public boolean bypassesRepository(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        return run.request().resend() || run.dryRun();
    }

    public void recordUnchanged(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        run.count(ReasonCode.ATTENDANCE_UNCHANGED);
        run.progressed();
    }

    /**
     * Delivers the attendance, journaled first. A source that can be read back (Celcat) is checked before
     * any write: when it already holds this attendance — an earlier attempt landed and its answer was lost —
     * nothing is written and the sheet is recorded {@code ATTENDANCE_FOUND_AT_SOURCE}. A source that cannot
     * (FCA Manager) gets an unconfirmed earlier attempt sent again identically, a no-op there, recorded as
     * {@code ATTENDANCE_RETRIED}. A resend is recorded as such and leaves the key in place.
     */
    public void write(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        AttendanceWrite write = exchange.getProperty(WRITE, AttendanceWrite.class);
        run.progressed();
        if (run.dryRun()) {
            run.count(ReasonCode.ATTENDANCE_SENT);
            events.record(run, "attendance", write.sourceKey(), ReasonCode.ATTENDANCE_SENT.name(),
                    "would send the attendance of sheet " + write.sheetId() + " to " + write.target());
            return;
        }
        Optional<AttendanceAttempts.Attempt> earlier = attempts.begin(run.tenantName(), write.sheetId(), write.fingerprint(), run.runId());
        earlier.ifPresent(attempt -> exchange.setProperty(EARLIER_ATTEMPT, attempt));
        boolean found = run.tenant().source().attendance().deliver(write) == AttendanceTarget.Delivery.ALREADY_AT_SOURCE;
        String held = write.target() + " already held this attendance: nothing was written";
        if (run.request().resend()) {
            idempotency.add(key(run, write));
            run.count(ReasonCode.ATTENDANCE_RESENT);
            events.record(run, "attendance", write.sourceKey(), ReasonCode.ATTENDANCE_RESENT.name(),
                    "attendance of sheet " + write.sheetId() + " sent again on request (" + run.request().resendFrom() + " .. "
                            + run.request().resendTo() + ")" + (found ? "; " + held : ""));
        } else if (found) {
            run.count(ReasonCode.ATTENDANCE_FOUND_AT_SOURCE);
            events.record(run, "attendance", write.sourceKey(), ReasonCode.ATTENDANCE_FOUND_AT_SOURCE.name(), "sheet " + write.sheetId()
                    + ": " + earlier.map(a -> unconfirmed(a) + "; it had landed: ").orElse("") + held + "; recorded as sent");
        } else if (earlier.isPresent()) {
            run.count(ReasonCode.ATTENDANCE_RETRIED);
            events.record(run, "attendance", write.sourceKey(), ReasonCode.ATTENDANCE_RETRIED.name(),
                    "sheet " + write.sheetId() + ": " + unconfirmed(earlier.get()) + "; the attendance was sent again to "
                            + write.target() + (run.tenant().source().attendance().readsBack() ? ", which did not hold it yet"
                            : ", which stores the identical write as no change"));
        } else {
            run.count(ReasonCode.ATTENDANCE_SENT);
        }
    }

    /** After the key is stored (or found): the write is confirmed, its journal entry goes. */
    public void settle(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        AttendanceWrite write = exchange.getProperty(WRITE, AttendanceWrite.class);
        if (!run.dryRun()) {
            attempts.settle(run.tenantName(), write.sheetId(), write.fingerprint());
        }
    }

    /** The source refused: recorded; a closed séance or register is final, the rest retried next run. */
    public void recordRejected(Exchange exchange) {
        SyncRun run = exchange.getProperty(Downstream.RUN, SyncRun.class);
        SourceRejectedException e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SourceRejectedException.class);
        AttendanceWrite write = exchange.getProperty(WRITE, AttendanceWrite.class);
        AttendanceAttempts.Attempt earlier = exchange.getProperty(EARLIER_ATTEMPT, AttendanceAttempts.Attempt.class);
        run.progressed();
        ReasonCode reason = e.closed() ? ReasonCode.SOURCE_CLOSED : ReasonCode.SOURCE_REJECTED;
        run.count(reason);
        if (write == null) { // refused while being mapped: there was no write to send
            SheetWork work = exchange.getMessage().getBody(SheetWork.class);
            events.record(run, "attendance", work.sourceKey(), reason.name(), "sheet " + work.sheet().id() + ": " + e.getMessage()
                    + " (retried at the next run)");
            return;
        }
        if (e.closed()) {
            idempotency.add(key(run, write));
        }
        attempts.settle(run.tenantName(), write.sheetId(), write.fingerprint());
        String verdict = e.closed() ? " (final: not retried)" : " (retried at the next run)";
        if (e.closed() && earlier != null) {
            verdict = " (final: not retried; " + unconfirmed(earlier) + ", so the source may already hold this attendance:"
                    + " check it there)";
        }
        events.record(run, "attendance", write.sourceKey(), reason.name(), "sheet " + write.sheetId() + ": " + e.getMessage() + verdict);
    }

    private static String unconfirmed(AttendanceAttempts.Attempt attempt) {
        return "the attempt of " + attempt.attemptedAt() + " (run " + attempt.runId() + ") was never confirmed"
                + " — the run stopped or the answer was lost";
    }

    static String key(SyncRun run, AttendanceWrite write) {
        return TenantIdempotency.key(run.tenantName(), write.sheetId() + "@" + write.fingerprint());
    }
}
