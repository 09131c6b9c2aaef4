package org.edusignconnector.runtime;

import java.util.List;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sync.RunAlreadyInProgressException;
import org.edusignconnector.tenant.Tenant;

/**
 * One Quartz route per tenant, on Paris time, each with its own trigger name: the downstream run,
 * then (when the tenant sends attendance) the upstream run. A missed fire is dropped (misfire
 * instruction "do nothing"), never replayed as a burst. In a clustered job store the jobs are
 * recoverable: a fire whose instance died while running it is fired again on another instance.
 */
public class TenantSchedules extends RouteBuilder {

    /** The Quartz group of the tenants' triggers; each trigger is named after its tenant. */
    static final String GROUP = "edusign-connector";

    /** CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING */
    private static final int MISFIRE_DO_NOTHING = 2;

    private final List<Tenant> tenants;
    private final boolean recoverable;

    public TenantSchedules(List<Tenant> tenants) {
        this(tenants, false);
    }

    public TenantSchedules(List<Tenant> tenants, boolean recoverable) {
        this.tenants = List.copyOf(tenants);
        this.recoverable = recoverable;
    }

    @Override
    public void configure() {
        // A fire that finds its tenant still busy (a long run, an operator's run, another instance) is
        // skipped: the next fire does the work. A warning, not a failed exchange with a stack trace.
        onException(RunAlreadyInProgressException.class).handled(true)
                .log(LoggingLevel.WARN, "scheduled fire skipped: ${exception.message}");
        for (Tenant t : tenants) {
            String cron = t.cron().replace(' ', '+');
            var route = from("quartz:" + GROUP + "/" + t.name() + "?cron=" + cron + "&trigger.timeZone=Europe/Paris"
                    + "&trigger.misfireInstruction=" + MISFIRE_DO_NOTHING + (recoverable ? "&recoverableJob=true" : ""))
                    .routeId(t.name() + "-schedule")
                    .setBody(constant(new SyncRequest(t.name(), SyncRequest.DOWN, false, "schedule")))
                    .to("direct:sync-" + t.name());
            if (t.sendAttendance()) {
                // The same scheduled run then sends back the attendance of the sheets locked meanwhile.
                route.setBody(constant(new SyncRequest(t.name(), SyncRequest.UP, false, "schedule")))
                        .to("direct:sync-" + t.name());
            }
        }
    }
}
