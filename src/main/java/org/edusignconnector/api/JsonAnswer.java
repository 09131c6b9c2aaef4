package org.edusignconnector.api;

import org.apache.camel.Exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Sets a JSON body and the HTTP status on a platform-http exchange. */
final class JsonAnswer {

    private JsonAnswer() {
    }

    static void send(Exchange exchange, ObjectMapper json, int status, Object body) {
        try {
            exchange.getMessage().setBody(json.writerWithDefaultPrettyPrinter().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
    }

    static void error(Exchange exchange, ObjectMapper json, int status, String message) {
        send(exchange, json, status, java.util.Map.of("error", message));
    }
}
