package org.edusignconnector.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;
import org.edusignconnector.api.AccessControl;
import org.edusignconnector.edusign.HeavyPace;
import org.edusignconnector.edusign.V3Writer;
import org.edusignconnector.api.DeletionsEndpoint;
import org.edusignconnector.api.ExplainEndpoint;
import org.edusignconnector.api.LoginThrottle;
import org.edusignconnector.api.RunEndpoint;
import org.edusignconnector.api.TenantsEndpoint;
import org.edusignconnector.api.EventsEndpoint;
import org.edusignconnector.api.SyncEndpoint;
import org.edusignconnector.api.WebhookEndpoint;
import org.edusignconnector.api.WebhookFollowUps;
import org.edusignconnector.api.WebhookGuard;
import org.edusignconnector.attendance.AttendanceAttempts;
import org.edusignconnector.celcat.CelcatSource;
import org.edusignconnector.edusign.EdusignPayloads;
import org.edusignconnector.fca.FcaSource;
import org.edusignconnector.edusign.EdusignSink;
import org.edusignconnector.edusign.LedgerWrites;
import org.edusignconnector.edusign.LostAnswerSettle;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.PersonProblems;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.sync.SyncMetrics;
import org.edusignconnector.http.CallLimits;
import org.edusignconnector.http.HttpExchange;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.sync.ActiveRuns;
import org.edusignconnector.sync.V3Downstream;
import org.edusignconnector.sync.AsyncRuns;
import org.edusignconnector.sync.DeletionGuard;
import org.edusignconnector.sync.DeletionHolds;
import org.edusignconnector.sync.CourseChecks;
import org.edusignconnector.sync.CourseListing;
import org.edusignconnector.sync.CoursePlan;
import org.edusignconnector.sync.CourseWrites;
import org.edusignconnector.sync.VanishedCourses;
import org.edusignconnector.sync.RunGuards;
import org.edusignconnector.sync.RunLifecycle;
import org.edusignconnector.sync.Upstream;
import org.edusignconnector.sync.SyncLauncher;
import org.edusignconnector.sync.TenantRunLock;
import org.edusignconnector.tenant.Secrets;
import org.edusignconnector.tenant.TenantCatalog;
import org.edusignconnector.tenant.TenantIdempotency;

/**
 * Wires the beans the YAML routes call, from {@code application.properties}. Plain constructor
 * wiring, one place: reading this class tells what exists at runtime.
 */
public class ConnectorConfiguration implements CamelConfiguration {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConnectorConfiguration.class);

    /** Registry name of the {@link StartupLock}, held on PostgreSQL until the runtime has started. */
    public static final String STARTUP_LOCK = "startupLock";
    /** Registry name of the {@link Secrets} every secret is resolved by (it masks them in the developer console). */
    public static final String SECRETS = "connectorSecrets";

    @Override
    public void configure(CamelContext context) throws Exception {
        PropertiesComponent props = context.getPropertiesComponent();
        Registry registry = context.getRegistry();
        Secrets secrets = new Secrets();

        int ratePerMinute = Integer.parseInt(props.resolveProperty("connector.edusign.rate-per-minute").orElse("470"));
        if (ratePerMinute < 1) {
            throw new IllegalArgumentException("connector.edusign.rate-per-minute must be at least 1, got " + ratePerMinute);
        }
        // One request per interval and per school: never more than the rate in any sliding minute.
        props.addInitialProperty("connector.edusign.request-interval-ms", String.valueOf((60_000 + ratePerMinute - 1) / ratePerMinute));
        Clock clock = ConnectorClock.from(props.resolveProperty("connector.clock.fixed-instant").orElse(null));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        java.nio.file.Path configDir = java.nio.file.Path.of(props.resolveProperty(ConnectorMain.CONFIG_DIR).orElse("."));
        String dbUrl = H2FilePath.resolve(props.resolveProperty("connector.db.url").orElse("jdbc:h2:file:./data/connector;WRITE_DELAY=0"),
                configDir);
        H2FilePath.file(dbUrl).ifPresent(file -> LOG.info("state: H2 database file {}", file));
        Database.Engine engine = Database.Engine.of(dbUrl);
        HikariDataSource dataSource = Database.open(dbUrl,
                props.resolveProperty("connector.db.user").orElse("sa"),
                secrets.find(props.resolveProperty("connector.db.password-env").orElse("CONNECTOR_DB_PASSWORD")),
                Integer.parseInt(props.resolveProperty("connector.db.pool-size").orElse("10")));
        context.addService(new org.apache.camel.support.service.ServiceSupport() {
            @Override
            protected void doStop() {
                dataSource.close();
            }
        }, true, false);

        String instanceId = instanceId(props.resolveProperty("connector.instance-id").orElse(""));
        // One run per tenant across the instances sharing the database; renewed while a run goes on.
        TenantRunLock runLock = new TenantRunLock(dataSource, instanceId,
                Duration.ofSeconds(Long.parseLong(props.resolveProperty("connector.run-lock.lease-seconds").orElse("30"))));
        if (engine == Database.Engine.H2 && !dbUrl.startsWith("jdbc:h2:tcp:") && !dbUrl.startsWith("jdbc:h2:ssl:")) {
            // An embedded H2 database belongs to this process alone: a lease left by a previous life of it is stale.
            runLock.releaseAll();
        }
        context.addService(runLock, true, false);
        if (engine == Database.Engine.POSTGRESQL) {
            // Instances start one at a time (their Quartz triggers are inserted without a race); released once started.
            StartupLock startup = StartupLock.acquire(dataSource, Duration.ofSeconds(120));
            context.addService(startup, true, true);
            registry.bind(STARTUP_LOCK, startup);
            // A shared database: the tenants' triggers in a clustered Quartz job store, each fire on one instance.
            registry.bind("quartz", ClusteredQuartz.component(dataSource,
                    Long.parseLong(props.resolveProperty("connector.cluster.checkin-interval-ms").orElse("7500")),
                    Long.parseLong(props.resolveProperty("connector.cluster.misfire-threshold-ms").orElse("60000")),
                    Integer.parseInt(props.resolveProperty("connector.cluster.quartz-threads").orElse("10"))));
        }

        // Every outbound call of a run passes its guard: a run that lost its lease or its deadline stops there.
        RunGuards guards = new RunGuards(runLock, maxRunDuration(props.resolveProperty("connector.run.max-duration-minutes").orElse("120")),
                System::nanoTime);
        registry.bind("runGuards", guards);
        HttpGateway gateway = new HttpGateway(context, Duration.ofMillis(
                Long.parseLong(props.resolveProperty("connector.edusign.breaker-open-ms").orElse("30000"))), guards);
        Ledger ledger = new Ledger(dataSource, clock);
        EventLog events = new EventLog(dataSource, clock);
        RunStore runs = new RunStore(dataSource, json, instanceId);
        TenantCatalog tenants = new TenantCatalog(
                Map.of(CelcatSource.TEMPLATE, new CelcatTenantFactory(gateway, json, secrets),
                        FcaSource.TEMPLATE, new FcaTenantFactory(gateway, json, secrets)),
                secrets, dataSource, props.resolveProperty("connector.edusign.base-url").orElse("https://ext.edusign.fr"));
        ActiveRuns active = new ActiveRuns();

        registry.bind(SECRETS, secrets);
        registry.bind("dataSource", dataSource);
        registry.bind("connectorClock", clock);
        registry.bind("connectorJson", json);
        registry.bind("ledger", ledger);
        registry.bind("housekeeping", new Housekeeping(Integer.parseInt(props.resolveProperty("connector.housekeeping.max-age-days").orElse("60")),
                Integer.parseInt(props.resolveProperty("connector.housekeeping.runs-max-age-days").orElse("180")), clock,
                dataSource, name -> tenants.exists(name) ? tenants.get(name) : null));
        registry.bind("eventLog", events);
        registry.bind("runStore", runs);
        registry.bind("tenantCatalog", tenants);
        registry.bind("activeRuns", active);
        registry.bind("tenantRunLock", runLock);
        registry.bind("connectorInstanceId", instanceId);
        registry.bind("httpGateway", gateway);
        CallLimits callLimits = new CallLimits(Long.parseLong(props.resolveProperty("connector.http.call-deadline-ms").orElse("120000")),
                Long.parseLong(props.resolveProperty("connector.http.max-answer-bytes").orElse("67108864")),
                context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "http-call-deadlines"));
        registry.bind(HttpExchange.CALL_LIMITS, callLimits);
        registry.bind("httpExchange", new HttpExchange(props.resolveProperty("connector.http.endpoint-options")
                .orElse("throwExceptionOnFailure=false&connectTimeout=10000&responseTimeout=60000"),
                Long.parseLong(props.resolveProperty("connector.http.max-redelivery-delay-ms").orElse("60000")), callLimits));
        TenantIdempotency downstreamKeys = new TenantIdempotency(tenants, TenantCatalog.DOWNSTREAM);
        TenantIdempotency upstreamKeys = new TenantIdempotency(tenants, TenantCatalog.UPSTREAM);
        registry.bind("downstreamIdempotency", downstreamKeys);
        registry.bind("upstreamIdempotency", upstreamKeys);
        registry.bind("runLifecycle", new RunLifecycle(tenants, events, runs, gateway, json, active, runLock, clock, new SyncMetrics(context), guards));
        DeletionHolds holds = new DeletionHolds(dataSource, clock);
        registry.bind("deletionHolds", holds);
        LedgerWrites writes = new LedgerWrites(ledger, events, LostAnswerSettle.of(props.resolveProperty("connector.edusign.lost-answer-settle-ms").orElse(""),
                props.resolveProperty("connector.http.endpoint-options").orElse("")), LedgerWrites.sleeping());
        EdusignSink sink = new EdusignSink(writes, new EdusignPayloads(json));
        // The down route's steps, one bean each (routes/sync-run.yaml calls them by these names).
        CourseChecks courseChecks = new CourseChecks(events, new PersonProblems(dataSource, clock));
        CoursePlan coursePlan = new CoursePlan(ledger, events);
        CourseWrites courseWrites = new CourseWrites(ledger, events, sink, downstreamKeys);
        registry.bind("courseListing", new CourseListing(events));
        registry.bind("courseChecks", courseChecks);
        registry.bind("coursePlan", coursePlan);
        registry.bind("courseWrites", courseWrites);
        registry.bind("vanishedCourses", new VanishedCourses(ledger, events, sink, downstreamKeys,
                new DeletionGuard(Integer.parseInt(props.resolveProperty("connector.deletion-guard.always-allowed").orElse("3"))), holds));
        registry.bind("v3Downstream", new V3Downstream(courseChecks, coursePlan, courseWrites, ledger, new V3Writer(writes, new EdusignPayloads(json)),
                downstreamKeys, gateway, json, new HeavyPace(Integer.parseInt(props.resolveProperty("connector.edusign.heavy-rate-per-minute").orElse("24"))),
                context.createProducerTemplate(), Integer.parseInt(props.resolveProperty("connector.edusign.v3-batch-size").orElse("1000"))));
        registry.bind("upstream", new Upstream(ledger, events, upstreamKeys, new AttendanceAttempts(dataSource, clock)));
        SyncLauncher launcher = new SyncLauncher(context, tenants);
        registry.bind("syncLauncher", launcher);
        AsyncRuns asyncRuns = new AsyncRuns(launcher, tenants, active, context.getExecutorServiceManager().newFixedThreadPool(this,
                "async-runs", Integer.parseInt(props.resolveProperty("connector.api.async-run-threads").orElse("10"))));
        registry.bind("syncEndpoint", new SyncEndpoint(launcher, json, asyncRuns));
        registry.bind("runEndpoint", new RunEndpoint(tenants, asyncRuns, active, runs, json));
        registry.bind("eventsEndpoint", new EventsEndpoint(events, tenants, json));
        WebhookFollowUps followUps = new WebhookFollowUps(launcher::run,
                context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "webhook-follow-ups"),
                Duration.ofSeconds(2), Duration.ofHours(1));
        registry.bind("webhookFollowUps", followUps);
        // Replays are recognised for 10 minutes, among the last 10,000 calls accepted.
        Supplier<MeterRegistry> meters = () -> context.getRegistry().findSingleByType(MeterRegistry.class);
        WebhookGuard webhookGuard = new WebhookGuard(Clock.systemUTC(), Duration.ofMinutes(10), 10_000, meters);
        registry.bind("webhookEndpoint", new WebhookEndpoint(tenants, launcher, followUps, events, json, webhookGuard));
        registry.bind("deletionsEndpoint", new DeletionsEndpoint(launcher, holds, tenants, json));
        // Failed logins: 100 ms doubling to 3 s per address; a turn more than 5 s away is refused (429).
        registry.bind("accessControl", new AccessControl(secrets, json,
                new LoginThrottle(Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofSeconds(5), 10_000), meters));
        registry.bind("tenantsEndpoint", new TenantsEndpoint(tenants, runs, active, holds, json));
        registry.bind("explainEndpoint", new ExplainEndpoint(tenants, ledger, events, json));
        org.edusignconnector.doctor.TenantDoctor doctor = new org.edusignconnector.doctor.TenantDoctor(tenants, gateway, json, clock, secrets);
        registry.bind("tenantDoctor", doctor);
        org.edusignconnector.doctor.DoctorVerdicts verdicts = new org.edusignconnector.doctor.DoctorVerdicts(clock);
        registry.bind("doctorEndpoint", new org.edusignconnector.api.DoctorEndpoint(doctor, verdicts, json));
        registry.bind("overviewEndpoint", new org.edusignconnector.api.OverviewEndpoint(tenants, runs, holds, verdicts, clock,
                Boolean.parseBoolean(props.resolveProperty("connector.schedule.enabled").orElse("true")), json));
        registry.bind("databaseHealthCheck", new DatabaseHealthCheck(dataSource));
        registry.bind("tenantsHealthCheck", new TenantsHealthCheck(tenants, runs, holds));
        registry.bind("tenantLoader", new TenantLoader(tenants,
                Boolean.parseBoolean(props.resolveProperty("connector.schedule.enabled").orElse("true")), engine == Database.Engine.POSTGRESQL));
    }

    /** {@code connector.run.max-duration-minutes}: minutes, decimals allowed (0.5 is 30 s). */
    static Duration maxRunDuration(String minutes) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(minutes.trim()) * 60_000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("connector.run.max-duration-minutes must be a number of minutes, got '" + minutes + "'");
        }
    }

    /** The configured instance name, else host name and process id: unique among instances sharing a database. */
    static String instanceId(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
