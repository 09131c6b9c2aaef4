package org.edusignconnector.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Configuration;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.service.ServiceSupport;
import org.edusignconnector.doctor.DoctorVerdicts;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.sync.DeletionHolds;
import org.edusignconnector.sync.TenantRunLock;
import org.edusignconnector.tenant.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state (database, ledger, event log, runs, run leases, on PostgreSQL the clustered Quartz) and
 * what every later configuration class needs first: secrets, clock, JSON. First of
 * {@code camel.main.configuration-classes}. Every value comes from {@code application.properties}:
 * a property missing there stops the start-up, naming it.
 */
@Configuration
public class DatabaseConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Registry name of the {@link StartupLock}, held on PostgreSQL until the runtime has started. */
    public static final String STARTUP_LOCK = "startupLock";
    /** Registry name of the {@link Secrets} every secret is resolved by (it masks them in the developer console). */
    public static final String SECRETS = "connectorSecrets";

    @PropertyInject(ConnectorMain.CONFIG_DIR)
    private String configDir;
    @PropertyInject("connector.db.url")
    private String url;
    @PropertyInject("connector.db.user")
    private String user;
    @PropertyInject("connector.db.password-env")
    private String passwordEnv;
    @PropertyInject("connector.db.pool-size")
    private int poolSize;
    @PropertyInject("connector.instance-id")
    private String instanceId;
    @PropertyInject("connector.run-lock.lease-seconds")
    private long leaseSeconds;
    @PropertyInject("connector.cluster.checkin-interval-ms")
    private long checkinIntervalMs;
    @PropertyInject("connector.cluster.misfire-threshold-ms")
    private long misfireThresholdMs;
    @PropertyInject("connector.cluster.quartz-threads")
    private int quartzThreads;
    @PropertyInject("connector.clock.fixed-instant")
    private String fixedInstant;

    @Override
    public void configure(CamelContext context) throws Exception {
        Registry registry = context.getRegistry();
        Secrets secrets = new Secrets();
        Clock clock = ConnectorClock.from(fixedInstant);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        registry.bind(SECRETS, secrets);
        registry.bind("connectorClock", clock);
        registry.bind("connectorJson", json);

        String dbUrl = H2FilePath.resolve(url, Path.of(configDir));
        H2FilePath.file(dbUrl).ifPresent(file -> LOG.info("state: H2 database file {}", file));
        HikariDataSource dataSource = open(context, dbUrl, secrets);
        String instance = instanceId(instanceId);
        TenantRunLock runLock = runLock(context, dataSource, dbUrl, instance);
        if (Database.Engine.of(dbUrl) == Database.Engine.POSTGRESQL) {
            cluster(context, dataSource);
        }
        registry.bind("dataSource", dataSource);
        registry.bind("connectorInstanceId", instance);
        registry.bind("tenantRunLock", runLock);
        registry.bind("ledger", new Ledger(dataSource, clock));
        registry.bind("eventLog", new EventLog(dataSource, clock));
        registry.bind("runStore", new RunStore(dataSource, json, instance));
        registry.bind("deletionHolds", new DeletionHolds(dataSource, clock));
        registry.bind("doctorVerdicts", new DoctorVerdicts(dataSource, clock));
        registry.bind("databaseHealthCheck", new DatabaseHealthCheck(dataSource, Database.Engine.of(dbUrl)));
    }

    /** The pool, closed when the context stops. */
    private HikariDataSource open(CamelContext context, String dbUrl, Secrets secrets) throws Exception {
        HikariDataSource dataSource = Database.open(dbUrl, user, secrets.find(passwordEnv), poolSize);
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                dataSource.close();
            }
        }, true, false);
        return dataSource;
    }

    /** One run per tenant across the instances sharing the database; renewed while a run goes on. */
    private TenantRunLock runLock(CamelContext context, HikariDataSource dataSource, String dbUrl, String instance) throws Exception {
        TenantRunLock runLock = new TenantRunLock(dataSource, instance, Duration.ofSeconds(leaseSeconds));
        if (Database.Engine.of(dbUrl) == Database.Engine.H2 && !dbUrl.startsWith("jdbc:h2:tcp:") && !dbUrl.startsWith("jdbc:h2:ssl:")) {
            // An embedded H2 database belongs to this process alone: a lease left by a previous life of it is stale.
            runLock.releaseAll();
        }
        context.addService(runLock, true, false);
        return runLock;
    }

    /** A shared PostgreSQL database: instances start one at a time, and share a clustered Quartz job store. */
    private void cluster(CamelContext context, HikariDataSource dataSource) throws Exception {
        // Their Quartz triggers are inserted without a race; released once started.
        StartupLock startup = StartupLock.acquire(dataSource, Duration.ofSeconds(120));
        context.addService(startup, true, true);
        context.getRegistry().bind(STARTUP_LOCK, startup);
        // The tenants' triggers in a clustered Quartz job store, each fire on one instance.
        context.getRegistry().bind("quartz", ClusteredQuartz.component(dataSource, checkinIntervalMs, misfireThresholdMs, quartzThreads));
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
