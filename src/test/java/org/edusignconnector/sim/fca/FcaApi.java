package org.edusignconnector.sim.fca;

import java.util.Optional;
import org.edusignconnector.sim.common.SimDialect;
import org.edusignconnector.sim.common.SimJson;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/**
 * FCA Manager's answer to a request that passed latency and faults: HTTP Basic (401), route (404),
 * resource. Worded in French, as the real API words it.
 */
final class FcaApi {

    static final SimDialect DIALECT = new SimDialect("message", "application/json;charset=UTF-8", SimJson.STRICT,
            "Corps de requête obligatoire", "Corps de requête JSON illisible", "Encodage invalide dans le chemin",
            "Paramètres de requête mal encodés", "Erreur interne");

    private final BasicAuth auth;
    private final FcaData data;
    private final ApiRouter router = new ApiRouter();

    FcaApi(BasicAuth auth, FcaData data) {
        this.auth = auth;
        this.data = data;
    }

    /** FCA error body {@code {"message":"..."}}. */
    static SimResponse message(int status, String message) {
        return DIALECT.message(status, message);
    }

    /** The {@code Via} header, else {@code X-Forwarded-For}, else null: what a proxy in between leaves. */
    static String via(SimRequest request) {
        String via = request.header("Via");
        return via != null ? via : request.header("X-Forwarded-For");
    }

    SimResponse answer(SimRequest request) {
        if (!auth.accepts(request.authorization())) {
            return BasicAuth.refusal();
        }
        return DIALECT.guarded(() -> {
            Optional<ApiRouter.Route> route = router.route(request.method(), request.rawPath());
            if (route.isEmpty()) {
                return message(404, "Ressource inconnue");
            }
            return route.get().resource().answer(request, route.get().pathId(), data);
        });
    }
}
