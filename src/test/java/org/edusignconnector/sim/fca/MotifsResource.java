package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/** {@code GET /motifs-absence[?page&size]}: every absence reason, justified or not, ordered by id, paged. */
final class MotifsResource implements Resource {

    @Override
    public SimResponse answer(SimRequest request, String pathId, FcaData data) {
        List<JsonNode> rows = data.motifs().stream().map(m -> (JsonNode) SeanceJson.motif(m)).toList();
        return Paging.from(request).respond(rows, data.lists());
    }
}
