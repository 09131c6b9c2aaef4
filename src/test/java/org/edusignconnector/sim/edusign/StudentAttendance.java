package org.edusignconnector.sim.edusign;

/**
 * Attendance of one student on a sheet locked by hand ({@link SchoolState#lockCourse}).
 *
 * @param delayMinutes    minutes late, null = 0
 * @param earlyDeparture  ISO-8601 UTC instant ("...Z") or null
 * @param excluded        ISO-8601 UTC instant ("...Z") or null
 * @param absenceReasonId id from {@link SchoolState#addAbsenceReason}; creates a justified absence, or null
 */
public record StudentAttendance(String studentId, boolean present, Integer delayMinutes, String earlyDeparture,
                                String excluded, String absenceReasonId, String comment) {

    public static StudentAttendance present(String studentId) {
        return new StudentAttendance(studentId, true, null, null, null, null, null);
    }

    public static StudentAttendance absent(String studentId) {
        return new StudentAttendance(studentId, false, null, null, null, null, null);
    }
}
