package org.edusignconnector.edusign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.attendance.LockedSheet;

/**
 * Reads attendance from Edusign: locked courses of a date range ({@code filters=locked}, in slices within
 * Edusign's 90-day limit, each read to its first empty page: a short page does not end it), one course by id,
 * and the justified absences the sheets refer to, with their reason names.
 */
public final class EdusignAttendance {

    static final int MAX_DAYS = 90;
    private static final int MAX_PAGES = 10_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EdusignAttendance.class);

    private EdusignAttendance() {
    }

    public static List<JsonNode> lockedCourses(EdusignApi api, LocalDate from, LocalDate to) {
        List<JsonNode> courses = new ArrayList<>();
        for (LocalDate sliceStart = from; !sliceStart.isAfter(to); sliceStart = sliceStart.plusDays(MAX_DAYS)) {
            LocalDate sliceEnd = sliceStart.plusDays(MAX_DAYS - 1L).isAfter(to) ? to : sliceStart.plusDays(MAX_DAYS - 1L);
            PagedList.Read read = PagedList.read(api, "/v1/course?filters=locked&start=" + sliceStart + "&end=" + sliceEnd
                    + "&page=" + PagedList.PAGE, MAX_PAGES);
            if (!read.usable()) {
                // What was read is still locked attendance to write; what was not is read again next time.
                LOG.warn("{}: {}; the sheets read so far are written", api, read.problem());
            }
            read.items().forEach(c -> {
                if (c.path("LOCKED").asInt(0) == 1) {
                    courses.add(c);
                }
            });
        }
        return courses;
    }

    public static JsonNode course(EdusignApi api, String id) {
        return api.get("/v1/course/" + id);
    }

    /** The {@code absenceId}s the students of these sheets refer to. */
    public static Set<String> absenceIds(List<LockedSheet> sheets) {
        Set<String> ids = new HashSet<>();
        sheets.forEach(s -> s.students().forEach(m -> {
            if (m.absenceId() != null) {
                ids.add(m.absenceId());
            }
        }));
        return ids;
    }

    /**
     * Justified-absence id → the name of its reason, for the {@code wanted} absences only: the list (which Edusign
     * does not filter by date) is read page by page until every wanted absence is found, not through the school's
     * whole history; nothing is read when no sheet refers to one.
     */
    public static Map<String, String> absenceReasonNames(EdusignApi api, Set<String> wanted) {
        Map<String, String> byAbsence = new HashMap<>();
        if (wanted.isEmpty()) {
            return byAbsence;
        }
        Map<String, String> reasonNames = new HashMap<>();
        JsonNode reasons = api.get("/v1/justified-absence/absence-reason");
        if (reasons != null && reasons.isArray()) {
            reasons.forEach(r -> reasonNames.put(EdusignApi.idOrNull(r), r.path("NAME").asText(null)));
        }
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES && !byAbsence.keySet().containsAll(wanted); page++) {
            JsonNode absences = api.get("/v1/justified-absence?page=" + page);
            if (absences == null || !absences.isArray() || absences.isEmpty()) {
                break;
            }
            boolean news = false;
            for (JsonNode a : absences) {
                String id = EdusignApi.idOrNull(a);
                news |= id != null && seen.add(id);
                if (wanted.contains(id)) {
                    byAbsence.put(id, reasonNames.get(a.path("TYPE").asText(null)));
                }
            }
            if (!news) {
                LOG.warn("{}: page {} of the justified absences repeats earlier pages: the list does not page as asked", api, page);
                break;
            }
        }
        return byAbsence;
    }
}
