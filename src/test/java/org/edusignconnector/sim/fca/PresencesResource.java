package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.sim.common.ApiException;
import org.edusignconnector.sim.common.SimJson;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/**
 * {@code PUT /seances/{id}/presences}. In order: JSON media type (415), readable JSON (400), known séance (404),
 * not validated (409), every problem of {@link PresenceCheck} (422 {@code {"erreurs":[...]}}), then stored (200).
 * The same body twice is stored twice (idempotent for FCA, two entries in {@link FcaData#presenceWrites()}).
 */
final class PresencesResource implements Resource {

    @Override
    public SimResponse answer(SimRequest request, String seanceId, FcaData data) {
        requireJson(request.contentType());
        JsonNode body = FcaApi.DIALECT.parseBody(request.body());
        FcaData.PresenceOutcome outcome =
                data.writePresences(seanceId, body, (seance, d) -> PresenceCheck.problems(body, seance, d));
        return switch (outcome.kind()) {
            case STORED -> SimResponse.json(200, SimJson.object().put("seanceId", seanceId)
                    .put("enregistres", body.get("apprenants").size() + body.get("formateurs").size()));
            case UNKNOWN_SEANCE -> FcaApi.message(404, "Séance inconnue");
            case VALIDATED -> FcaApi.message(409, "Séance déjà validée");
            case REFUSED -> refused(outcome);
        };
    }

    private static SimResponse refused(FcaData.PresenceOutcome outcome) {
        ObjectNode body = SimJson.object();
        ArrayNode errors = body.putArray("erreurs");
        outcome.problems().forEach(errors::add);
        return SimResponse.json(422, body);
    }

    private static void requireJson(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!type.equalsIgnoreCase("application/json")) {
            throw new ApiException(415, "Type de contenu non supporté : '" + type + "' (application/json attendu)");
        }
    }
}
