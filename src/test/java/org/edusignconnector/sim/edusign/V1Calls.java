package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The v1 routes as v3 reuses them, inside the same school lock: a v3 item becomes the v1 body it stands for,
 * so that both versions keep one state with one set of rules (e-mails, archived people, rosters...).
 */
final class V1Calls {

    private static final Router V1 = Router.edusignV1();

    private V1Calls() {
    }

    /** The v1 {@code result} of {@code method path} with {@code body}; an {@link EdusignError} if refused. */
    static JsonNode call(SchoolState school, String method, String path, ObjectNode body) {
        List<String> segments = RequestPipeline.segments(path);
        Router.Match match = V1.match(method, segments).orElseThrow(() -> new IllegalStateException(method + " " + path));
        return match.endpoint().handle(new ApiCall(method, match.params(), Map.of(), body), school);
    }

    static ObjectNode wrap(String wrapper, ObjectNode inner) {
        ObjectNode body = Json.object();
        body.set(wrapper, inner);
        return body;
    }
}
