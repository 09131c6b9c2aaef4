package org.edusignconnector.badinput;

import static org.edusignconnector.badinput.Expect.runCompleted;
import static org.edusignconnector.badinput.Expect.runFailed;
import static org.edusignconnector.badinput.Expect.sourceError;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.sim.common.Fault;

/**
 * Whole FCA Manager answers that are broken: a séance listing that is not JSON or has no items
 * list, a page that fails halfway, a listing that ends before the pages it announced, a missing or
 * lying totalPages, an empty listing. Page size 2, so the six séances come in three pages.
 */
final class FcaListingCases {

    /**
     * @param path     the FCA path whose answers are replaced, e.g. "/api/seances"
     * @param fromPage the first page (0-based) answered by the fault; later requests to that path too
     *                 (a retried page is asked again), unless {@code onlyThatPage}
     * @param fault    the answer, made from the real first page of /seances (for the lying-total cases)
     */
    record Input(String path, int fromPage, boolean onlyThatPage, Function<String, Fault> fault) {
        boolean answers(int request) {
            return onlyThatPage ? request == fromPage : request >= fromPage;
        }
    }

    static final String SEANCES = "/api/seances";
    static final String INSCRIPTIONS = "/api/actions/ACT-OK/inscriptions";
    static final List<BadCase<Input>> CASES = build();

    private FcaListingCases() {
    }

    private static List<BadCase<Input>> build() {
        Catalog<Input> c = new Catalog<>("fca listing");
        fails(c, "seances-html", "/seances answers an HTML page with 200", 0, "<html><body>Proxy error</body></html>",
                "FCA Manager", "/seances", "malformed JSON");
        fails(c, "seances-cut", "/seances answers JSON cut in the middle", 0, "{\"items\":[{\"id\":\"S-1\",", "FCA Manager", "/seances", "malformed JSON");
        fails(c, "seances-no-items", "/seances answers without items", 0, "{\"page\":0,\"totalPages\":1}", "FCA Manager", "/seances", "without an items list");
        fails(c, "seances-null-items", "/seances answers items null", 0, "{\"items\":null,\"page\":0,\"totalPages\":1}", "FCA Manager", "/seances",
                "without an items list");
        fails(c, "seances-object-items", "/seances answers items as an object", 0, "{\"items\":{\"id\":\"S-1\"},\"page\":0,\"totalPages\":1}",
                "FCA Manager", "/seances", "without an items list");
        fails(c, "seances-string", "/seances answers a JSON string", 0, "\"maintenance\"", "FCA Manager", "/seances", "without an items list", "maintenance");
        c.add("seances-bare-list", "/seances answers a bare empty list: read as a list, and an empty listing deletes nothing",
                new Input(SEANCES, 0, false, p -> Fault.status(200, "[]")), runCompleted("DELETIONS_HELD", "listed no course at all", "nothing deleted"));
        fails(c, "seances-empty-body", "/seances answers 200 without a body", 0, "", "FCA Manager", "/seances");
        c.add("seances-500", "/seances answers 500 at every try", new Input(SEANCES, 0, false, p -> Fault.status(500, "{\"erreur\":\"interne\"}")),
                runFailed("fca", "500", "/seances"));
        c.add("seances-dropped", "/seances drops the connection at every try", new Input(SEANCES, 0, false, p -> Fault.dropConnection()),
                runFailed("fca", "/seances"));
        c.add("page2-500", "page 2 of 3 answers 500 at every try", new Input(SEANCES, 1, false, p -> Fault.status(503)), runFailed("fca", "503", "/seances"));
        fails(c, "page2-malformed", "page 2 of 3 is not JSON", 1, "Bad Gateway", "FCA Manager", "/seances", "page=1", "malformed JSON");
        fails(c, "page2-no-items", "page 2 of 3 has no items list", 1, "{\"page\":1,\"totalPages\":3}", "FCA Manager", "/seances", "without an items list");
        fails(c, "page2-empty", "page 2 of 3 has no items", 1, "{\"items\":[],\"page\":1,\"totalPages\":3}", "FCA Manager", "/seances", "page=1", "incomplete");
        c.add("page2-422", "page 2 of 3 answers 422", new Input(SEANCES, 1, false, p -> Fault.status(422, "{\"erreurs\":[\"page invalide\"]}")),
                runFailed("FCA Manager", "422", "/seances"));
        readOn(c, "total-missing", "the first page has no totalPages", p -> p.remove("totalPages"));
        readOn(c, "total-zero", "the first page says totalPages 0", p -> p.put("totalPages", 0));
        readOn(c, "total-one", "the first page, full, says it is the only one", p -> p.put("totalPages", 1));
        readOn(c, "total-text", "totalPages is the text 'trois'", p -> p.put("totalPages", "trois"));
        c.add("inscriptions-html", "/inscriptions answers HTML: the run fails, no séance is marked invalid",
                new Input(INSCRIPTIONS, 0, false, p -> Fault.status(200, "<html/>")),
                sourceError("FCA Manager", "/actions/ACT-OK/inscriptions", "malformed JSON", "<html/>"));
        c.add("inscriptions-object", "/inscriptions answers an object that is no page",
                new Input(INSCRIPTIONS, 0, false, p -> Fault.status(200, "{\"erreur\":\"indisponible\"}")),
                sourceError("FCA Manager", "/actions/ACT-OK/inscriptions", "without an items list", "indisponible"));
        c.add("inscriptions-400", "/inscriptions answers 400", new Input(INSCRIPTIONS, 0, false, p -> Fault.status(400, "{\"erreurs\":[\"action invalide\"]}")),
                sourceError("FCA Manager", "400", "/actions/ACT-OK/inscriptions", "action invalide"));
        c.add("seances-empty", "/seances answers no séance at all: looks like everything was deleted", new Input(SEANCES, 0, false,
                p -> Fault.status(200, "{\"items\":[],\"page\":0,\"totalPages\":1}")), runCompleted("DELETIONS_HELD", "listed no course at all", "nothing deleted"));
        return c.cases();
    }

    private static void fails(Catalog<Input> c, String slug, String what, int fromPage, String body, String... words) {
        c.add(slug, what, new Input(SEANCES, fromPage, false, p -> Fault.status(200, body)), sourceError(words));
    }

    /** The real first page with its totalPages changed: the run reads every page all the same. */
    private static void readOn(Catalog<Input> c, String slug, String what, Consumer<ObjectNode> change) {
        c.add(slug, what, new Input(SEANCES, 0, true, p -> {
            ObjectNode page = (ObjectNode) Json.parse(p);
            change.accept(page);
            return Fault.status(200, Json.write(page));
        }), runCompleted(null));
    }
}
