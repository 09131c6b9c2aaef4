package org.edusignconnector.runtime;

import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Configuration;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.Registry;
import org.edusignconnector.attendance.AttendanceAttempts;
import org.edusignconnector.celcat.CelcatSource;
import org.edusignconnector.doctor.TenantDoctor;
import org.edusignconnector.edusign.EdusignPayloads;
import org.edusignconnector.edusign.EdusignSink;
import org.edusignconnector.edusign.HeavyPace;
import org.edusignconnector.edusign.LedgerWrites;
import org.edusignconnector.edusign.LostAnswerSettle;
import org.edusignconnector.edusign.V3Writer;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.PersonProblems;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.fca.FcaSource;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.sync.ActiveRuns;
import org.edusignconnector.sync.DeletionGuard;
import org.edusignconnector.sync.DeletionHolds;
import org.edusignconnector.sync.CourseChecks;
import org.edusignconnector.sync.CourseListing;
import org.edusignconnector.sync.DownPlanner;
import org.edusignconnector.sync.PlanReport;
import org.edusignconnector.sync.CourseWrites;
import org.edusignconnector.sync.VanishedCourses;
import org.edusignconnector.sync.VanishedPlanner;
import org.edusignconnector.sync.RunGuards;
import org.edusignconnector.sync.RunLifecycle;
import org.edusignconnector.sync.SyncLauncher;
import org.edusignconnector.sync.SyncMetrics;
import org.edusignconnector.sync.TenantRunLock;
import org.edusignconnector.sync.Upstream;
import org.edusignconnector.sync.V3Downstream;
import org.edusignconnector.tenant.Secrets;
import org.edusignconnector.tenant.TenantCatalog;
import org.edusignconnector.tenant.TenantIdempotency;

/**
 * The tenants and their runs: the catalog built from the templates, the down and up flows the
 * sync-run route calls, the deletion guard, housekeeping, the scheduler's loader and the doctor.
 * Third of {@code camel.main.configuration-classes}; every value comes from {@code application.properties}.
 */
@Configuration
public class SyncConfiguration implements CamelConfiguration {

    @PropertyInject("connector.db.url")
    private String dbUrl;
    @PropertyInject("connector.schedule.enabled")
    private boolean scheduleEnabled;
    @PropertyInject("connector.deletion-guard.always-allowed")
    private int deletionsAlwaysAllowed;
    @PropertyInject("connector.edusign.heavy-rate-per-minute")
    private int heavyRatePerMinute;
    @PropertyInject("connector.edusign.v3-batch-size")
    private int v3BatchSize;
    @PropertyInject("connector.edusign.lost-answer-settle-ms")
    private String lostAnswerSettleMs;
    @PropertyInject("connector.http.endpoint-options")
    private String endpointOptions;
    @PropertyInject("connector.housekeeping.max-age-days")
    private int keysMaxAgeDays;
    @PropertyInject("connector.housekeeping.runs-max-age-days")
    private int runsMaxAgeDays;

    @Override
    public void configure(CamelContext context) {
        Registry registry = context.getRegistry();
        DataSource dataSource = Beans.of(context, "dataSource", DataSource.class);
        Clock clock = Beans.of(context, "connectorClock", Clock.class);
        ObjectMapper json = Beans.of(context, "connectorJson", ObjectMapper.class);
        Secrets secrets = Beans.of(context, DatabaseConfiguration.SECRETS, Secrets.class);
        HttpGateway gateway = Beans.of(context, "httpGateway", HttpGateway.class);
        TenantCatalog tenants = new TenantCatalog(
                Map.of(CelcatSource.TEMPLATE, new CelcatTenantFactory(gateway, json, secrets),
                        FcaSource.TEMPLATE, new FcaTenantFactory(gateway, json, secrets)),
                secrets, dataSource);
        ActiveRuns active = new ActiveRuns();
        registry.bind("tenantCatalog", tenants);
        registry.bind("activeRuns", active);
        registry.bind("housekeeping", new Housekeeping(keysMaxAgeDays, runsMaxAgeDays, clock, dataSource,
                name -> tenants.exists(name) ? tenants.get(name) : null));
        registry.bind("runLifecycle", new RunLifecycle(tenants, Beans.of(context, "eventLog", EventLog.class),
                Beans.of(context, "runStore", RunStore.class), gateway, json, active, Beans.of(context, "tenantRunLock", TenantRunLock.class),
                clock, new SyncMetrics(context), Beans.of(context, "runGuards", RunGuards.class)));
        flows(context, tenants, dataSource, clock, json, gateway);
        SyncLauncher launcher = new SyncLauncher(context, tenants);
        registry.bind("syncLauncher", launcher);
        registry.bind("tenantsHealthCheck", new TenantsHealthCheck(tenants, Beans.of(context, "runStore", RunStore.class),
                Beans.of(context, "deletionHolds", DeletionHolds.class)));
        registry.bind("tenantDoctor", new TenantDoctor(tenants, gateway, json, clock, secrets));
        registry.bind("tenantLoader", new TenantLoader(tenants, scheduleEnabled, Database.Engine.of(dbUrl) == Database.Engine.POSTGRESQL));
    }

    /** The down flow (v1 and v3 batches) and the up flow, each with its tenant's idempotent repository. */
    private void flows(CamelContext context, TenantCatalog tenants, DataSource dataSource, Clock clock, ObjectMapper json,
            HttpGateway gateway) {
        Registry registry = context.getRegistry();
        Ledger ledger = Beans.of(context, "ledger", Ledger.class);
        EventLog events = Beans.of(context, "eventLog", EventLog.class);
        TenantIdempotency downstreamKeys = new TenantIdempotency(tenants, TenantCatalog.DOWNSTREAM);
        TenantIdempotency upstreamKeys = new TenantIdempotency(tenants, TenantCatalog.UPSTREAM);
        registry.bind("downstreamIdempotency", downstreamKeys);
        registry.bind("upstreamIdempotency", upstreamKeys);
        LedgerWrites writes = new LedgerWrites(ledger, events, LostAnswerSettle.of(lostAnswerSettleMs, endpointOptions),
                LedgerWrites.sleeping());
        EdusignSink sink = new EdusignSink(writes, new EdusignPayloads(json));
        // The down route's steps, one bean each (routes/sync-run.yaml calls them by these names).
        CourseWrites courseWrites = new CourseWrites(events, sink, downstreamKeys);
        registry.bind("courseListing", new CourseListing(events));
        registry.bind("downPlanner", new DownPlanner(new CourseChecks(events, new PersonProblems(dataSource, clock)), ledger, writes,
                new VanishedPlanner(ledger, new DeletionGuard(deletionsAlwaysAllowed)), context.createProducerTemplate()));
        registry.bind("planReport", new PlanReport(ledger, events));
        registry.bind("courseWrites", courseWrites);
        registry.bind("vanishedCourses", new VanishedCourses(events, sink, downstreamKeys, Beans.of(context, "deletionHolds", DeletionHolds.class)));
        registry.bind("v3Downstream", new V3Downstream(courseWrites, ledger, new V3Writer(writes, new EdusignPayloads(json)), downstreamKeys,
                gateway, json, new HeavyPace(heavyRatePerMinute), v3BatchSize));
        registry.bind("upstream", new Upstream(ledger, events, upstreamKeys, new AttendanceAttempts(dataSource, clock)));
    }
}
