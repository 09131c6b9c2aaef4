package org.edusignconnector.doctor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.celcat.RegisterId;
import org.edusignconnector.tenant.Tenant;

/**
 * What the connector assumes of a school's Celcat, checked with reads only: the APICode is accepted, each
 * configured timetable answers with the {@code Pagination} header, a past event's id gives a register that
 * answers {@code GET}, and the mark definitions hold P, A and L (attendance write-back needs all three).
 */
final class CelcatChecks {

    static final String FAMILY = "celcat";

    /** Reads of one timetable ({@code TimetableId} header). */
    interface Timetables {
        Probe of(String timetableId);
    }

    private final Tenant tenant;
    private final Timetables timetables;
    private final LocalDate today;

    CelcatChecks(Tenant tenant, Timetables timetables, LocalDate today) {
        this.tenant = tenant;
        this.timetables = timetables;
        this.today = today;
    }

    List<Check> run() {
        List<Check> checks = new ArrayList<>();
        List<String> ids = tenant.settings().list("timetables");
        for (String id : ids) {
            Probe celcat = timetables.of(id);
            Probe.Answer staff = celcat.get("/Staff?page=0&pageSize=1");
            if (staff.refused()) {
                checks.add(Check.fail(FAMILY, "APICode", "Celcat refused the APICode (HTTP " + staff.status() + "): nothing can be read",
                        "celcatApiCodeEnv (the variable it names)"));
                return checks;
            }
            if (staff.failure() != null || (staff.status() != 200 && staff.status() != 404)) {
                checks.add(Check.fail(FAMILY, "timetable " + id, "does not answer (HTTP " + staff.status() + ")"
                        + (staff.failure() == null ? "" : ": " + staff.failure()), "celcatUrl, timetables"));
                continue;
            }
            checks.add(Check.pass(FAMILY, "timetable " + id, "answers; the APICode is accepted"));
            checks.add(staff.header("Pagination") != null || staff.status() == 404
                    ? Check.pass(FAMILY, "Pagination " + id, "lists carry the Pagination header")
                    : Check.warn(FAMILY, "Pagination " + id, "lists carry no Pagination header: the connector reads them to the first"
                            + " short or empty page", "celcatPageSize"));
            if (tenant.sendAttendance()) {
                checks.add(register(celcat, id));
                checks.add(marks(celcat, id));
            }
        }
        return checks;
    }

    /** A past event's register ({@link RegisterId}), read through the WebAPI. */
    private Check register(Probe celcat, String timetable) {
        String name = "registers " + timetable;
        Probe.Answer events = celcat.get("/Events?startDate=" + today.minusDays(7) + "&endDate=" + today.minusDays(1) + "&page=0&pageSize=20");
        JsonNode list = events.json();
        if (list == null || !list.isArray() || list.isEmpty()) {
            return Check.warn(FAMILY, name, "no event in the past week to try a register with: cannot be judged yet", null);
        }
        String eventId = list.get(0).path("id").asText("");
        Optional<RegisterId> id = RegisterId.ofEvent(eventId);
        if (id.isEmpty()) {
            return Check.warn(FAMILY, name, "event id '" + eventId + "' does not carry an event number and week: no register id can be"
                    + " derived from it, attendance write-back may be refused", "sendAttendance");
        }
        String register = id.get().toString();
        Probe.Answer answer = celcat.get("/Registers/" + register);
        if (answer.status() != 200) {
            return Check.warn(FAMILY, name, "register " + register + " of past event " + eventId + " does not answer GET (HTTP "
                    + answer.status() + "): attendance write-back will be refused", "sendAttendance");
        }
        return Check.pass(FAMILY, name, "past event " + eventId + " gives register " + register + ", which answers");
    }

    private Check marks(Probe celcat, String timetable) {
        String name = "mark definitions " + timetable;
        Probe.Answer answer = celcat.get("/MarkDefinitions");
        Set<String> found = new TreeSet<>();
        if (answer.json() != null && answer.json().isArray()) {
            answer.json().forEach(m -> found.add(m.path("Definition").asText("")));
        }
        Set<String> missing = new TreeSet<>(Set.of("P", "A", "L"));
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            return Check.fail(FAMILY, name, "no mark whose Definition is " + missing + " (HTTP " + answer.status() + "): attendance cannot"
                    + " be written back", "sendAttendance (or the marks in Celcat)");
        }
        return Check.pass(FAMILY, name, "marks P, A and L are defined");
    }

    /** The headers of a call to one timetable. */
    static Map<String, String> headers(String timetableId, String apiCode) {
        Map<String, String> h = new HashMap<>();
        h.put("TimetableId", timetableId);
        if (apiCode != null) {
            h.put("APICode", apiCode);
        }
        return h;
    }
}
