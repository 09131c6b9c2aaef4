package org.edusignconnector.edusign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.common.Texts;
import org.edusignconnector.http.HttpReply;

/**
 * Edusign v1's answer envelope, {@code {status, result|message}}: HTTP 200 with {@code status: error} is a
 * business failure carrying Edusign's message, and an answer without the envelope is not Edusign speaking.
 */
final class EdusignEnvelope {

    private EdusignEnvelope() {
    }

    /** The {@code result} of a successful answer; throws what the answer means otherwise. */
    static JsonNode result(ObjectMapper json, HttpReply reply, String request) {
        JsonNode node;
        try {
            node = json.readTree(reply.body());
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject() || !node.has("status")) {
            // A bare 404 or an HTML page comes from whatever stands between us and Edusign (a proxy, a gateway,
            // a wrong base URL): not Edusign saying "absent".
            throw new EdusignUnknownAnswerException(request, "HTTP " + reply.status() + " without Edusign's JSON envelope: "
                    + Texts.oneLine(reply.body(), 200), reply.status());
        }
        if ("success".equals(node.path("status").asText())) {
            return node.get("result");
        }
        JsonNode message = node.get("message");
        String text = message == null ? "(no message)" : message.isArray() || message.isObject() ? message.toString() : message.asText();
        throw new EdusignBusinessException(request, text);
    }
}
