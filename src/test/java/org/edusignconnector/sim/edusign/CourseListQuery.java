package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The query of GET /v1/course: page, start/end (course START date, inclusive, at most 90 days), filters. */
record CourseListQuery(int page, LocalDate start, LocalDate end, Set<String> filters, Set<String> groupIds,
                       Set<String> studentIds, Set<String> professorIds) {

    static final int PAGE_SIZE = 40;
    private static final Set<String> PARAMETERS =
            Set.of("page", "start", "end", "filters", "groupId", "studentId", "professorId");
    private static final Set<String> FILTERS = Set.of("locked", "unlocked", "absencesent", "absencesnotsent");

    static CourseListQuery parse(ApiCall call) {
        Map<String, String> query = call.query();
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new EdusignError("Unsupported query parameter: " + name);
            }
        }
        LocalDate start = date(query, "start");
        LocalDate end = date(query, "end");
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                throw new EdusignError("end must not be before start");
            }
            if (ChronoUnit.DAYS.between(start, end) > 90) {
                throw new EdusignError("The date range cannot exceed 90 days");
            }
        }
        Set<String> filters = list(query, "filters");
        for (String filter : filters) {
            if (!FILTERS.contains(filter)) {
                throw new EdusignError("Unknown filter: " + filter);
            }
        }
        return new CourseListQuery(call.page(), start, end, filters, list(query, "groupId"),
                list(query, "studentId"), list(query, "professorId"));
    }

    boolean matches(ObjectNode course) {
        LocalDate day = Instant.parse(course.get("START").asText()).atZone(ZoneOffset.UTC).toLocalDate();
        if ((start != null && day.isBefore(start)) || (end != null && day.isAfter(end))) {
            return false;
        }
        boolean locked = course.get("LOCKED").asInt() == 1;
        if (filters.contains("locked") && !locked || filters.contains("unlocked") && locked
                || filters.contains("absencesent")) {
            return false;
        }
        return (groupIds.isEmpty() || anyIn(course.get("SCHOOL_GROUP"), groupIds))
                && (studentIds.isEmpty() || course.get("STUDENTS").findValuesAsText("studentId").stream()
                        .anyMatch(studentIds::contains))
                && (professorIds.isEmpty() || CourseLock.professorSlots(course).stream()
                        .anyMatch(slot -> professorIds.contains(course.path(slot).asText())));
    }

    private static boolean anyIn(JsonNode array, Set<String> wanted) {
        for (JsonNode item : array) {
            if (wanted.contains(item.asText())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(Map<String, String> query, String name) {
        String raw = query.get(name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(raw);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new EdusignError(name + " must be a date formatted YYYY-MM-DD, got: " + raw);
    }

    private static Set<String> list(Map<String, String> query, String name) {
        String raw = query.get(name);
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
