package org.edusignconnector.doctor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether the student and course lists page as the connector reads them: page 1 differs from page 0 (a list
 * that ignores {@code page} cannot be used to find what exists), a page shorter than its size is the end of
 * the list (a capped page is not), and the items carry API_ID. Two pages read per list, nothing more.
 */
final class ListChecks {

    private final Probe edusign;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    /** {@code firstDay}..{@code lastDay}: the window a run would read courses in. */
    ListChecks(Probe edusign, LocalDate firstDay, LocalDate lastDay) {
        this.edusign = edusign;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    Check students() {
        return check("student list", "/v1/student?limit=100&page=", 100);
    }

    Check courses() {
        return check("course list", "/v1/course?start=" + firstDay + "&end=" + lastDay + "&page=", 40);
    }

    private Check check(String name, String path, int pageSize) {
        Probe.Answer zero = edusign.get(path + 0);
        JsonNode first = zero.json() == null ? null : zero.json().get("result");
        if (first == null || !first.isArray()) {
            return Check.fail(EdusignChecks.FAMILY, name, "page 0 is not a list (HTTP " + zero.status() + ")", "edusignUrl");
        }
        if (first.isEmpty()) {
            return Check.pass(EdusignChecks.FAMILY, name, "empty: paging cannot be judged until it holds something");
        }
        Probe.Answer one = edusign.get(path + 1);
        JsonNode second = one.json() == null ? null : one.json().get("result");
        if (second == null || !second.isArray()) {
            return Check.fail(EdusignChecks.FAMILY, name, "page 1 is not a list (HTTP " + one.status() + ")", "edusignUrl");
        }
        if (!second.isEmpty() && ids(first).containsAll(ids(second))) {
            return Check.fail(EdusignChecks.FAMILY, name, "page 1 repeats page 0: the list ignores page, so the connector cannot"
                    + " rely on it to find what exists and looks objects up one by one (LIST_UNRELIABLE)", "edusignUrl (a cache or proxy in the way?)");
        }
        if (first.size() < pageSize && !second.isEmpty()) {
            return Check.warn(EdusignChecks.FAMILY, name, "pages are capped at " + first.size() + " items, below the " + pageSize
                    + " assumed: a short page does not end this list; the connector reads to the first empty page, so nothing is missed", null);
        }
        boolean apiIds = false;
        for (JsonNode item : first) {
            apiIds |= item.has("API_ID");
        }
        if (!apiIds) {
            return Check.warn(EdusignChecks.FAMILY, name, "the items carry no API_ID: the connector looks objects up one by one", null);
        }
        return Check.pass(EdusignChecks.FAMILY, name, "pages as read (page 1 differs from page 0, a short page ends it) and carries API_ID");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.forEach(item -> ids.add(item.path("ID").asText(item.toString())));
        return ids;
    }
}
