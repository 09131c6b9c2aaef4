package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Read-only /v1/justified-absence routes (absences are created by {@link SchoolState#lockCourse}). */
final class AbsenceEndpoints {

    /** Not documented; the simulator pages justified absences by 100. */
    static final int PAGE_SIZE = 100;

    private AbsenceEndpoints() {
    }

    static void register(Router router) {
        router.add("GET", "/v1/justified-absence/absence-reason", AbsenceEndpoints::reasons);
        router.add("GET", "/v1/justified-absence", AbsenceEndpoints::list);
    }

    private static JsonNode reasons(ApiCall call, SchoolState school) {
        ArrayNode result = Json.array();
        school.absenceReasonStore().values().forEach(reason -> result.add(reason.deepCopy()));
        return result;
    }

    private static JsonNode list(ApiCall call, SchoolState school) {
        ArrayNode result = Json.array();
        school.justifiedAbsenceStore().stream()
                .skip((long) call.page() * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .map(ObjectNode::deepCopy)
                .forEach(result::add);
        return result;
    }
}
