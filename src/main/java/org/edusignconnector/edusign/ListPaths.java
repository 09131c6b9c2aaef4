package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The paged list reads that show what a school holds on Edusign, per kind ({@link PagedList#PAGE} for the page). */
final class ListPaths {

    /** Edusign's limit on a course list's date range (end − start). */
    private static final int MAX_COURSE_DAYS = 90;

    private ListPaths() {
    }

    static List<String> of(ObjectKind kind, LocalDate firstDay, LocalDate lastDay) {
        return switch (kind) {
            case STUDENT -> List.of("/v1/student?page=" + PagedList.PAGE + "&limit=100");
            case PROFESSOR -> List.of("/v1/professor?page=" + PagedList.PAGE);
            case GROUP -> List.of("/v1/group?page=" + PagedList.PAGE);
            case COURSE -> courseSlices(firstDay, lastDay);
        };
    }

    /** The window in slices Edusign accepts, one day past its end for late time zones. */
    private static List<String> courseSlices(LocalDate firstDay, LocalDate lastDay) {
        List<String> paths = new ArrayList<>();
        LocalDate end = lastDay.plusDays(1);
        for (LocalDate from = firstDay; !from.isAfter(end); from = from.plusDays(MAX_COURSE_DAYS)) {
            LocalDate to = from.plusDays(MAX_COURSE_DAYS - 1L).isAfter(end) ? end : from.plusDays(MAX_COURSE_DAYS - 1L);
            paths.add("/v1/course?start=" + from + "&end=" + to + "&page=" + PagedList.PAGE);
        }
        return paths;
    }
}
