package org.edusignconnector.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.edusign.EdusignApi;

/**
 * Reads attendance from Edusign: locked courses of a date range ({@code filters=locked}, paged by
 * 40, in slices within Edusign's 90-day limit), one course by id, and the justified absences with
 * their reason names.
 */
public final class EdusignAttendance {

    static final int PAGE = 40;
    static final int MAX_DAYS = 90;
    private static final int MAX_PAGES = 10_000;

    private EdusignAttendance() {
    }

    public static List<JsonNode> lockedCourses(EdusignApi api, LocalDate from, LocalDate to) {
        List<JsonNode> courses = new ArrayList<>();
        for (LocalDate sliceStart = from; !sliceStart.isAfter(to); sliceStart = sliceStart.plusDays(MAX_DAYS)) {
            LocalDate sliceEnd = sliceStart.plusDays(MAX_DAYS - 1L).isAfter(to) ? to : sliceStart.plusDays(MAX_DAYS - 1L);
            for (int page = 0; page < MAX_PAGES; page++) {
                JsonNode result = api.get("/v1/course?filters=locked&start=" + sliceStart + "&end=" + sliceEnd + "&page=" + page);
                if (result == null || !result.isArray()) {
                    break;
                }
                result.forEach(c -> {
                    if (c.path("LOCKED").asInt(0) == 1) {
                        courses.add(c);
                    }
                });
                if (result.size() < PAGE) {
                    break;
                }
            }
        }
        return courses;
    }

    public static JsonNode course(EdusignApi api, String id) {
        return api.get("/v1/course/" + id);
    }

    /** Justified-absence id → the name of its reason. */
    public static Map<String, String> absenceReasonNames(EdusignApi api) {
        Map<String, String> reasonNames = new HashMap<>();
        JsonNode reasons = api.get("/v1/justified-absence/absence-reason");
        if (reasons != null && reasons.isArray()) {
            reasons.forEach(r -> reasonNames.put(EdusignApi.idOrNull(r), r.path("NAME").asText(null)));
        }
        Map<String, String> byAbsence = new HashMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode absences = api.get("/v1/justified-absence?page=" + page);
            if (absences == null || !absences.isArray() || absences.isEmpty()) {
                break;
            }
            absences.forEach(a -> byAbsence.put(EdusignApi.idOrNull(a), reasonNames.get(a.path("TYPE").asText(null))));
        }
        return byAbsence;
    }
}
