package org.edusignconnector.badinput;

import static org.edusignconnector.badinput.Expect.runCompleted;
import static org.edusignconnector.badinput.Expect.runFailed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.edusignconnector.sim.common.Fault;

/**
 * Whole Celcat answers that are broken: a list that is not JSON or not a list, a page that fails
 * halfway, a listing that ends before the pages it announced, a lying Pagination header, an empty
 * listing. Page size 2, so the timetable's six events come in three pages.
 */
final class CelcatListingCases {

    /**
     * @param path     the Celcat path whose answers are replaced, e.g. "/api/Events"
     * @param fromPage the first page (0-based) answered by the fault; later requests to that path too
     *                 (a retried page is asked again), unless {@code onlyThatPage}
     * @param fault    the answer, made from the real first page of /Events (for the lying-header cases)
     */
    record Input(String path, int fromPage, boolean onlyThatPage, Function<String, Fault> fault) {
        Input(String path, int fromPage, Function<String, Fault> fault) {
            this(path, fromPage, false, fault);
        }

        boolean answers(int request) {
            return onlyThatPage ? request == fromPage : request >= fromPage;
        }
    }

    static final String EVENTS = "/api/Events";
    static final List<BadCase<Input>> CASES = build();

    private CelcatListingCases() {
    }

    private static List<BadCase<Input>> build() {
        Catalog<Input> c = new Catalog<>("celcat listing");
        fails(c, "events-html", "/Events answers an HTML page with 200", EVENTS, 0, "<html><body>502 Bad Gateway</body></html>",
                "Celcat", "/Events", "malformed JSON");
        fails(c, "events-cut", "/Events answers JSON cut in the middle", EVENTS, 0, "[{\"id\":\"ev-1\",\"start\":", "Celcat", "/Events", "malformed JSON");
        fails(c, "events-object", "/Events answers an error object with 200", EVENTS, 0, "{\"Message\":\"An error has occurred.\"}",
                "Celcat", "/Events", "instead of a list");
        fails(c, "events-null", "/Events answers null", EVENTS, 0, "null", "Celcat", "/Events", "instead of a list");
        fails(c, "events-string", "/Events answers a string", EVENTS, 0, "\"everything is fine\"", "Celcat", "/Events", "instead of a list");
        fails(c, "events-number", "/Events answers a number", EVENTS, 0, "42", "Celcat", "/Events", "instead of a list");
        fails(c, "events-empty-body", "/Events answers 200 without a body", EVENTS, 0, "", "Celcat", "/Events");
        c.add("events-500", "/Events answers 500 at every try", new Input(EVENTS, 0, p -> Fault.status(500, "{\"Message\":\"An error has occurred.\"}")),
                runFailed("celcat", "500", "/Events"));
        c.add("events-dropped", "/Events drops the connection at every try", new Input(EVENTS, 0, p -> Fault.dropConnection()),
                runFailed("celcat", "/Events"));
        c.add("page2-500", "page 2 of 3 answers 500 at every try", new Input(EVENTS, 1, p -> Fault.status(500, "{\"Message\":\"An error has occurred.\"}")),
                runFailed("celcat", "500", "/Events"));
        fails(c, "page2-malformed", "page 2 of 3 is not JSON", EVENTS, 1, "Service Unavailable", "Celcat", "/Events", "malformed JSON", "page=1");
        fails(c, "page2-cut", "page 2 of 3 is cut in the middle", EVENTS, 1, "[{\"id\":\"ev-3\",\"start\":\"2026-03-", "Celcat", "/Events", "malformed JSON");
        fails(c, "page2-object", "page 2 of 3 is an object", EVENTS, 1, "{\"items\":[]}", "Celcat", "/Events", "instead of a list");
        c.add("page2-400", "page 2 of 3 answers 400", new Input(EVENTS, 1, p -> Fault.status(400, "{\"Message\":\"The request is invalid.\"}")),
                runFailed("Celcat", "400", "/Events"));
        c.add("page2-404", "page 2 of 3 answers 404 (\"no result\")", new Input(EVENTS, 1, p -> Fault.status(404)),
                runFailed("Celcat", "/Events", "page=1", "incomplete"));
        fails(c, "page2-empty", "page 2 of 3 is an empty list", EVENTS, 1, "[]", "Celcat", "/Events", "page=1", "incomplete");
        c.add("header-zero-pages", "the first page says TotalPages 0", new Input(EVENTS, 0, true, p -> page(p, "{\"TotalRows\":0,\"TotalPages\":0,\"CurrentPage\":0}")),
                runCompleted(null));
        c.add("header-one-page", "the first page, full, says it is the only one", new Input(EVENTS, 0, true,
                p -> page(p, "{\"TotalRows\":2,\"TotalPages\":1,\"CurrentPage\":0}")), runCompleted(null));
        c.add("header-garbage", "the Pagination header is not JSON", new Input(EVENTS, 0, true, p -> page(p, "TotalPages=3")), runCompleted(null));
        c.add("header-negative", "the first page says TotalPages -1", new Input(EVENTS, 0, true, p -> page(p, "{\"TotalPages\":-1}")), runCompleted(null));
        fails(c, "staff-html", "/Staff answers an HTML page", "/api/Staff", 0, "<!DOCTYPE html><title>Login</title>", "Celcat", "/Staff", "malformed JSON");
        fails(c, "students-object", "/Students answers an object", "/api/Students", 0, "{\"students\":[]}", "Celcat", "/Students", "instead of a list");
        c.add("groups-500", "/Groups answers 500 at every try", new Input("/api/Groups", 0, p -> Fault.status(500)), runFailed("celcat", "500", "/Groups"));
        c.add("membership-html", "every /student-membership answers HTML: the courses of groups are invalid, not the run",
                new Input("/api/student-membership", 0, p -> Fault.status(200, "<html/>")),
                runCompleted("INVALID_COURSE_DATA", "the members of group 77 could not be read", "/student-membership", "malformed JSON"));
        c.add("events-empty-list", "/Events answers an empty list: looks like everything was deleted", new Input(EVENTS, 0, p -> new Fault(200, "[]",
                Map.of("Pagination", "{\"TotalRows\":0,\"TotalPages\":0,\"CurrentPage\":0}"))), runCompleted("DELETIONS_HELD", "listed no course at all", "nothing deleted"));
        c.add("events-404", "/Events answers 404 (\"no result\"): looks like everything was deleted", new Input(EVENTS, 0, p -> Fault.status(404)),
                runCompleted("DELETIONS_HELD", "listed no course at all", "nothing deleted"));
        return c.cases();
    }

    private static void fails(Catalog<Input> c, String slug, String what, String path, int fromPage, String body, String... words) {
        c.add(slug, what, new Input(path, fromPage, p -> Fault.status(200, body)), runFailed(words));
    }

    private static Fault page(String realFirstPage, String paginationHeader) {
        return new Fault(200, realFirstPage, Map.of("Pagination", paginationHeader));
    }
}
