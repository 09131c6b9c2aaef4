package org.edusignconnector.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.attendance.LockedSheet;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.edusign.EdusignAttendance;
import org.edusignconnector.edusign.LockedSheets;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.sync.Upstream.SheetWork;

/**
 * The locked sheets an up run answers: those of the look-back (or of a resend's dates, or the one
 * sheet a webhook names) that this connector created, and, on a poll, those leaving the look-back
 * today (their attendance is recorded as never written, not sent late). A sheet made by hand is
 * counted, not touched.
 */
record LockedSheetSelection(List<SheetWork> work, List<SheetWork> leaving, LocalDate from, LocalDate to) {

    static LockedSheetSelection of(SyncRun run, Ledger ledger) {
        SyncRequest request = run.request();
        LocalDate today = run.window().now().toLocalDate();
        LocalDate from = request.resend() ? request.resendFrom() : today.minusDays(run.tenant().attendanceLookbackDays());
        // Up to the window's end: a sheet can be locked before its course is over (an exam signed early).
        LocalDate to = request.resend() ? request.resendTo() : run.window().lastDay();
        // A poll also reads the day that has just left the look-back, to record its sheets never written.
        boolean poll = request.sheetId() == null && !request.resend();
        List<JsonNode> locked = request.sheetId() != null
                ? List.of(EdusignAttendance.course(run.edusign(), request.sheetId()))
                : EdusignAttendance.lockedCourses(run.edusign(), poll ? from.minusDays(1) : from, to);
        Map<String, String> ourSheets = ledger.sourceKeysByEdusignId(run.tenantName(), ObjectKind.COURSE);
        List<SheetWork> work = new ArrayList<>();
        List<SheetWork> leaving = new ArrayList<>();
        for (JsonNode course : locked) {
            LockedSheet sheet = LockedSheets.parse(course);
            String sourceKey = ourSheets.get(sheet.id());
            if (course.path("LOCKED").asInt(0) != 1) {
                continue;
            }
            if (sourceKey == null) {
                run.count(ReasonCode.NOT_CREATED_BY_CONNECTOR);
            } else if (poll && UnwrittenSheets.leftTheLookback(new SheetWork(sheet, sourceKey), from)) {
                leaving.add(new SheetWork(sheet, sourceKey));
            } else {
                work.add(new SheetWork(sheet, sourceKey));
            }
        }
        return new LockedSheetSelection(work, leaving, from, to);
    }
}
