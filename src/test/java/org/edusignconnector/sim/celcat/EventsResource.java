package org.edusignconnector.sim.celcat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.edusignconnector.sim.common.ApiException;
import org.edusignconnector.sim.common.SimJson;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/** {@code GET /Events?startDate=YYYY-MM-DD&endDate=YYYY-MM-DD}: events touching those days (end inclusive). */
final class EventsResource implements Resource {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Comparator<CelcatEvent> ORDER =
            Comparator.comparing(CelcatEvent::start).thenComparing(CelcatEvent::id);

    @Override
    public SimResponse answer(SimRequest request, CelcatTimetable timetable) {
        LocalDate from = date(request, "startDate");
        LocalDate to = date(request, "endDate");
        if (to.isBefore(from)) {
            throw ApiException.badRequest("endDate must not be before startDate");
        }
        Paging paging = Paging.from(request);
        String raw = timetable.rawEventsOverride();
        if (raw != null) {
            return rawPage(raw, paging);
        }
        List<ObjectNode> rows = timetable.events().stream()
                .filter(e -> !e.firstDay().isAfter(to) && !e.lastDay().isBefore(from))
                .sorted(ORDER)
                .map(e -> EventJson.of(e, timetable))
                .toList();
        return paging.respond(rows, timetable.lists());
    }

    private static LocalDate date(SimRequest request, String name) {
        String value = request.param(name)
                .orElseThrow(() -> ApiException.badRequest("The " + name + " parameter is required (YYYY-MM-DD)"));
        try {
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("The value '" + value + "' is not a valid " + name + " (YYYY-MM-DD)");
        }
    }

    /** The override body is served as page 0 of a one-page list; later pages are 404. */
    private static SimResponse rawPage(String raw, Paging paging) {
        if (paging.page() > 0) {
            return SimResponse.empty(404);
        }
        int rows;
        try {
            JsonNode parsed = SimJson.LENIENT.readTree(raw);
            rows = parsed != null && parsed.isArray() ? parsed.size() : 1;
        } catch (Exception e) {
            rows = 1;
        }
        return SimResponse.raw(200, raw).withHeader("Pagination", paging.header(rows, 1));
    }
}
