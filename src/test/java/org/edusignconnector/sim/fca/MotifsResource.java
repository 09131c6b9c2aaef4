package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** {@code GET /motifs-absence}: every absence reason, justified or not, ordered by id. */
final class MotifsResource implements Resource {

    @Override
    public SimResponse answer(SimRequest request, String pathId, FcaData data) {
        ArrayNode body = Json.array();
        data.motifs().forEach(m -> body.add(SeanceJson.motif(m)));
        return SimResponse.json(200, body);
    }
}
