package org.edusignconnector.attendance;

import java.time.LocalDate;

/** A source system's side of the attendance write-back (FCA Manager presences, Celcat registers). */
public interface AttendanceTarget {

    /** Loads what the mapping needs for the sheets of these dates (reasons, marks, trainers). */
    void prepareRun(LocalDate from, LocalDate to);

    /** Maps a locked sheet to the source's write; problems with single people are listed, not thrown. */
    Prepared prepare(LockedSheet sheet, String sourceKey, AttendanceContext context);

    /**
     * Whether {@link #prepare} maps Edusign's justified-absence reasons ({@link AttendanceContext#absenceReasonNames()}).
     * Only then does the run read them from Edusign (the reason list and every page of justified absences).
     */
    default boolean usesAbsenceReasons() {
        return false;
    }

    /** Sends it; a refusal by the source is a {@link SourceRejectedException}. */
    void send(AttendanceWrite write);

    record Prepared(AttendanceWrite write, java.util.List<String> leftOut) {
    }
}
