package org.edusignconnector.attendance;

import java.time.Instant;
import java.util.List;

/**
 * A locked (archived) Edusign sheet with its attendance: per student {@code state}, {@code delay},
 * {@code earlyDeparture}, {@code excluded}, {@code absenceId}, {@code comment}; per professor slot
 * whether {@code PROFESSOR_SIGNATURE(_n)} holds a signature.
 */
public record LockedSheet(String id, String apiId, String name, Instant start, List<Mark> students, List<ProfessorPresence> professors) {

    public record Mark(String studentId, boolean present, int delayMinutes, Instant earlyDeparture, Instant excluded,
                       String absenceId, String comment) {
    }

    public record ProfessorPresence(String professorId, boolean signed) {
    }
}
