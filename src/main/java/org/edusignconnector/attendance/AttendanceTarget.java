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

    /**
     * Delivers it: a source that can be read back first checks whether it already holds this attendance
     * (a write whose answer was lost, or marks the school entered itself) and then writes nothing.
     * A source that cannot be read back (FCA Manager) sends it, identically each time.
     */
    default Delivery deliver(AttendanceWrite write) {
        send(write);
        return Delivery.WRITTEN;
    }

    /** Whether {@link #deliver} reads the source back before it writes (so a repeat is never sent blindly). */
    default boolean readsBack() {
        return false;
    }

    /** What {@link #deliver} did. */
    enum Delivery {
        /** The source stored the write. */
        WRITTEN,
        /** The source already held this attendance: nothing was written. */
        ALREADY_AT_SOURCE
    }

    record Prepared(AttendanceWrite write, java.util.List<String> leftOut) {
    }
}
