package org.edusignconnector.http;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** Sends {@link HttpCall}s through the {@code http-call} route, where redelivery and throttling live. */
public class HttpGateway {

    private final ProducerTemplate template;

    public HttpGateway(CamelContext context) {
        this.template = context.createProducerTemplate();
    }

    public HttpReply execute(HttpCall call) {
        Exchange result = template.send("direct:http-call", e -> e.setProperty(HttpExchange.CALL, call));
        Exception failure = result.getException();
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure != null) {
            throw new RetryableHttpException(call.system() + " could not be reached for " + call.describe()
                    + ": " + failure.getClass().getSimpleName() + " " + failure.getMessage(), 0, failure);
        }
        return result.getMessage().getBody(HttpReply.class);
    }
}
