package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** {@code GET /actions/{codRefComAcn}/inscriptions}: every registration, {@code ANNULEE} included; 404 unknown action. */
final class InscriptionsResource implements Resource {

    @Override
    public SimResponse answer(SimRequest request, String actionRef, FcaData data) {
        List<FcaInscription> list = data.inscriptions(actionRef)
                .orElseThrow(() -> new ApiException(404, "Action inconnue"));
        ArrayNode body = Json.array();
        list.forEach(i -> body.add(SeanceJson.inscription(i)));
        return SimResponse.json(200, body);
    }
}
