package org.edusignconnector.sim.celcat;

import java.util.Optional;
import java.util.function.Function;
import org.edusignconnector.sim.common.SimDialect;
import org.edusignconnector.sim.common.SimJson;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/**
 * Celcat's answer to a request that passed latency and faults: APICode (401), route (404),
 * timetable (404), resource; or CAWS with its bearer token. Worded as the ASP.NET WebAPI words it.
 */
final class WebApi {

    static final SimDialect DIALECT = new SimDialect("Message", "application/json; charset=utf-8", SimJson.LENIENT,
            "A request body is required", "The request body is not valid JSON", "Malformed percent-encoding in path",
            "Malformed query string", "An error has occurred.");
    static final String DEFAULT_TIMETABLE = "1";
    private static final String DENIED = "Authorization has been denied for this request.";

    private final String apiCode;
    private final Function<String, Optional<CelcatTimetable>> timetables;
    private final ApiRouter router = new ApiRouter();
    private final CawsAuth caws = new CawsAuth();

    WebApi(String apiCode, Function<String, Optional<CelcatTimetable>> timetables) {
        this.apiCode = apiCode;
        this.timetables = timetables;
    }

    /** ASP.NET-style error body {@code {"Message":"..."}}. */
    static SimResponse message(int status, String message) {
        return DIALECT.message(status, message);
    }

    /** The {@code TimetableId} header, {@code "1"} when absent. */
    static String timetableId(SimRequest request) {
        String id = request.header("TimetableId");
        return id == null ? DEFAULT_TIMETABLE : id;
    }

    CawsAuth caws() {
        return caws;
    }

    SimResponse answer(SimRequest request) {
        if (request.rawPath().startsWith(CawsAuth.PREFIX)) {
            return answerCaws(request);
        }
        if (apiCode != null && !apiCode.equals(request.header("APICode"))) {
            return message(401, DENIED);
        }
        return serve(request);
    }

    /** CAWS: its token endpoint, then only Registers and MarkDefinitions, with a bearer token instead of the APICode. */
    private SimResponse answerCaws(SimRequest request) {
        String path = request.rawPath().substring(CawsAuth.PREFIX.length());
        if (!caws.enabled()) {
            return SimResponse.empty(404);
        }
        if (path.equals("token")) {
            return caws.token(request);
        }
        if (!caws.authorized(request)) {
            return message(401, DENIED);
        }
        if (!path.equals("MarkDefinitions") && !path.startsWith("Registers")) {
            return SimResponse.empty(404);
        }
        return serve(request.withPath("/api/" + path));
    }

    private SimResponse serve(SimRequest request) {
        Optional<Resource> resource = router.route(request.method(), request.rawPath());
        Optional<CelcatTimetable> timetable = timetables.apply(timetableId(request));
        if (resource.isEmpty() || timetable.isEmpty()) {
            return SimResponse.empty(404);
        }
        return DIALECT.guarded(() -> resource.get().answer(request, timetable.get()));
    }
}
