package org.edusignconnector.edusign;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.impl.DefaultCamelContext;

/** An {@link EdusignApi} for one school whose answers a test scripts ({@link ScriptedGateway}). */
public final class ScriptedEdusign implements AutoCloseable {

    private final DefaultCamelContext context = new DefaultCamelContext();
    public final ScriptedGateway gateway = new ScriptedGateway(context);
    public final EdusignApi api = new EdusignApi(gateway, new ObjectMapper(), "http://edusign.test", "key", "acme", new RequestCounter());

    @Override
    public void close() throws Exception {
        context.close();
    }
}
