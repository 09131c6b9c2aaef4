package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query of {@code GET /v1/student?page=&limit=&updatedAfter=&search=} (reference: MC list-students,
 * PD). What the reference says: {@code page} is 0-based, {@code limit} is the number of students per page,
 * {@code updatedAfter} an ISO date, {@code search} looks in first name, last name and e-mail; all optional.
 *
 * <p>What the simulator assumes (not documented anywhere the reference saw):
 * <ul>
 * <li>{@code limit} defaults to {@value #DEFAULT_LIMIT} and is refused outside 1..{@value #MAX_LIMIT}, like
 * a negative {@code page} is refused, with an error envelope; a client asking for more per page is caught
 * here rather than silently capped (a silent cap would make a client that stops on a short page miss
 * students);</li>
 * <li>students come in creation order, so the pages of an unchanged school are stable;</li>
 * <li>archived students (HIDDEN=1) are listed, as {@code by-email} returns them;</li>
 * <li>{@code updatedAfter} takes an ISO date ({@code 2026-03-01}) or date-time ({@code 2026-03-01T10:00:00Z})
 * and keeps the students whose DATE_UPDATED is strictly later; {@code search} is a case-insensitive
 * substring match;</li>
 * <li>any other query parameter is refused, as on the course list.</li>
 * </ul>
 */
record StudentListQuery(int page, int limit, Instant updatedAfter, String search) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 100;
    private static final Set<String> PARAMETERS = Set.of("page", "limit", "updatedAfter", "search");

    static StudentListQuery parse(ApiCall call) {
        Map<String, String> query = call.query();
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new EdusignError("Unsupported query parameter: " + name);
            }
        }
        String search = query.get("search");
        return new StudentListQuery(call.page(), limit(query.get("limit")), updatedAfter(query.get("updatedAfter")),
                search == null || search.isBlank() ? null : search.trim().toLowerCase(Locale.ROOT));
    }

    boolean matches(ObjectNode student) {
        if (updatedAfter != null && !Instant.parse(student.get("DATE_UPDATED").asText()).isAfter(updatedAfter)) {
            return false;
        }
        if (search == null) {
            return true;
        }
        for (String field : new String[] {"FIRSTNAME", "LASTNAME", "EMAIL"}) {
            if (student.path(field).asText("").toLowerCase(Locale.ROOT).contains(search)) {
                return true;
            }
        }
        return false;
    }

    private static int limit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new EdusignError("limit must be an integer between 1 and " + MAX_LIMIT);
    }

    private static Instant updatedAfter(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw new EdusignError("updatedAfter must be an ISO 8601 date, got: " + raw);
        }
    }
}
