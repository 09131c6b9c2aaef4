package org.edusignconnector.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Configuration;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.Registry;
import org.edusignconnector.api.AccessControl;
import org.edusignconnector.api.DeletionsEndpoint;
import org.edusignconnector.api.DoctorEndpoint;
import org.edusignconnector.api.EventsEndpoint;
import org.edusignconnector.api.ExplainEndpoint;
import org.edusignconnector.api.LoginThrottle;
import org.edusignconnector.api.RunEndpoint;
import org.edusignconnector.api.SyncEndpoint;
import org.edusignconnector.api.TenantsEndpoint;
import org.edusignconnector.api.WebhookEndpoint;
import org.edusignconnector.api.WebhookFollowUps;
import org.edusignconnector.api.WebhookGuard;
import org.edusignconnector.api.OverviewEndpoint;
import org.edusignconnector.doctor.DoctorVerdicts;
import org.edusignconnector.doctor.TenantDoctor;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.sync.ActiveRuns;
import org.edusignconnector.sync.AsyncRuns;
import org.edusignconnector.sync.DeletionHolds;
import org.edusignconnector.sync.SyncLauncher;
import org.edusignconnector.tenant.Secrets;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * The HTTP API's endpoints (sync, runs, events, webhooks, deletions, tenants, explain, doctor) and
 * who may call them. Last of {@code camel.main.configuration-classes}; every value comes from
 * {@code application.properties}.
 */
@Configuration
public class ApiConfiguration implements CamelConfiguration {

    @PropertyInject("connector.api.async-run-threads")
    private int asyncRunThreads;
    @PropertyInject("connector.schedule.enabled")
    private boolean schedulesEnabled;

    @Override
    public void configure(CamelContext context) {
        Registry registry = context.getRegistry();
        ObjectMapper json = Beans.of(context, "connectorJson", ObjectMapper.class);
        TenantCatalog tenants = Beans.of(context, "tenantCatalog", TenantCatalog.class);
        SyncLauncher launcher = Beans.of(context, "syncLauncher", SyncLauncher.class);
        ActiveRuns active = Beans.of(context, "activeRuns", ActiveRuns.class);
        RunStore runs = Beans.of(context, "runStore", RunStore.class);
        EventLog events = Beans.of(context, "eventLog", EventLog.class);
        DeletionHolds holds = Beans.of(context, "deletionHolds", DeletionHolds.class);
        AsyncRuns asyncRuns = new AsyncRuns(launcher, tenants, active,
                context.getExecutorServiceManager().newFixedThreadPool(this, "async-runs", asyncRunThreads));
        registry.bind("syncEndpoint", new SyncEndpoint(launcher, json, asyncRuns));
        registry.bind("runEndpoint", new RunEndpoint(tenants, asyncRuns, active, runs, json));
        registry.bind("eventsEndpoint", new EventsEndpoint(events, tenants, json));
        registry.bind("deletionsEndpoint", new DeletionsEndpoint(launcher, holds, tenants, json));
        registry.bind("tenantsEndpoint", new TenantsEndpoint(tenants, runs, active, holds, json));
        registry.bind("explainEndpoint", new ExplainEndpoint(tenants, Beans.of(context, "ledger", Ledger.class), events, json));
        Clock clock = Beans.of(context, "connectorClock", Clock.class);
        DoctorVerdicts verdicts = Beans.of(context, "doctorVerdicts", DoctorVerdicts.class);
        registry.bind("doctorEndpoint", new DoctorEndpoint(Beans.of(context, "tenantDoctor", TenantDoctor.class), verdicts, json));
        registry.bind("overviewEndpoint", new OverviewEndpoint(tenants, runs, holds, verdicts, clock, schedulesEnabled, json));
        Supplier<MeterRegistry> meters = () -> context.getRegistry().findSingleByType(MeterRegistry.class);
        webhooks(context, tenants, launcher, events, json, meters);
        registry.bind("accessControl", new AccessControl(Beans.of(context, DatabaseConfiguration.SECRETS, Secrets.class), json,
                LoginThrottle.forLogins(Clock.systemUTC()), meters));
    }

    /** Edusign's on_course_locked webhook, and the runs it asks for later. */
    private void webhooks(CamelContext context, TenantCatalog tenants, SyncLauncher launcher, EventLog events, ObjectMapper json,
            Supplier<MeterRegistry> meters) {
        WebhookFollowUps followUps = new WebhookFollowUps(launcher::run,
                context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "webhook-follow-ups"),
                Duration.ofSeconds(2), Duration.ofHours(1));
        context.getRegistry().bind("webhookFollowUps", followUps);
        // Replays are recognised for 10 minutes, among the last 10,000 calls accepted.
        WebhookGuard webhookGuard = new WebhookGuard(Clock.systemUTC(), Duration.ofMinutes(10), 10_000, meters);
        context.getRegistry().bind("webhookEndpoint", new WebhookEndpoint(tenants, launcher, followUps, events, json, webhookGuard));
    }
}
