package org.edusignconnector.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * The Quartz component of an instance sharing a PostgreSQL database with others: the tenants'
 * triggers live in the {@code QRTZ_*} tables (JobStoreTX, PostgreSQLDelegate) on the connector's own
 * connection pool, and the job store is clustered, so each fire runs on exactly one instance and a
 * dead instance's triggers are taken over by the others.
 *
 * <p>Every instance must carry the same {@code camel.main.name}: Camel names the Quartz scheduler
 * after it ({@code scheduler-<name>}), and Quartz clusters the instances of one scheduler name.
 * Instance ids are generated ({@code AUTO}: host name + start time).
 */
public final class ClusteredQuartz {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ClusteredQuartz() {
    }

    /**
     * A Quartz component on {@code dataSource}. {@code misfireThresholdMillis} must stay below the
     * shortest period of a tenant's cron: a fire later than that is a misfire, dropped by the
     * triggers' "do nothing" instruction, instead of replayed after a fail-over.
     */
    public static QuartzComponent component(DataSource dataSource, long checkinIntervalMillis, long misfireThresholdMillis, int threads) {
        QuartzComponent quartz = new QuartzComponent();
        quartz.setProperties(properties(register(dataSource), checkinIntervalMillis, misfireThresholdMillis, threads));
        return quartz;
    }

    static Map<String, String> properties(String dataSourceName, long checkinIntervalMillis, long misfireThresholdMillis, int threads) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("org.quartz.scheduler.instanceId", "AUTO");
        p.put("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.put("org.quartz.threadPool.threadCount", String.valueOf(threads));
        p.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.put("org.quartz.jobStore.dataSource", dataSourceName);
        p.put("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.put("org.quartz.jobStore.isClustered", "true");
        p.put("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(checkinIntervalMillis));
        p.put("org.quartz.jobStore.misfireThreshold", String.valueOf(misfireThresholdMillis));
        p.put("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return p;
    }

    /**
     * Quartz finds its data sources by name in a JVM-wide registry: the pool is registered under a
     * name of its own (several runtimes may share a JVM in tests).
     */
    private static String register(DataSource dataSource) {
        String name = "connector-" + SEQUENCE.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(name, new PoolConnections(dataSource));
        return name;
    }

    /** Connections of the connector's pool; the pool is the connector's to close, not Quartz's. */
    private record PoolConnections(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // the connector closes its pool when the runtime stops
        }

        @Override
        public void initialize() {
            // the pool is open already
        }
    }
}
