package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.edusignconnector.sim.common.ApiException;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/** {@code GET /actions/{codRefComAcn}/inscriptions[?page&size]}: every registration, {@code ANNULEE} included, paged; 404 unknown action. */
final class InscriptionsResource implements Resource {

    @Override
    public SimResponse answer(SimRequest request, String actionRef, FcaData data) {
        Paging paging = Paging.from(request);
        List<FcaInscription> list = data.inscriptions(actionRef)
                .orElseThrow(() -> new ApiException(404, "Action inconnue"));
        List<JsonNode> rows = list.stream().map(i -> (JsonNode) SeanceJson.inscription(i)).toList();
        return paging.respond(rows, data.lists());
    }
}
