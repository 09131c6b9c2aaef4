package org.edusignconnector.sync;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.tenant.TenantCatalog;

/** Runs one sync of one tenant through its route and waits for the summary (HTTP and command line). */
public class SyncLauncher {

    private final ProducerTemplate template;
    private final TenantCatalog tenants;

    public SyncLauncher(CamelContext context, TenantCatalog tenants) {
        this.template = context.createProducerTemplate();
        this.tenants = tenants;
    }

    public RunSummary run(SyncRequest request) {
        return run(request, null);
    }

    /** Runs with the given run id (an asynchronous run announced its id before it began), or a new one when null. */
    public RunSummary run(SyncRequest request, String runId) {
        tenants.get(request.tenant());
        Exchange done = template.send("direct:sync-" + request.tenant(), e -> {
            e.getMessage().setBody(request);
            if (runId != null) {
                e.getMessage().setHeader(RunLifecycle.RUN_ID, runId);
            }
        });
        if (done.getException() instanceof RuntimeException re) {
            throw re;
        }
        if (done.getException() != null) {
            throw new IllegalStateException(done.getException());
        }
        return done.getMessage().getBody(RunSummary.class);
    }
}
