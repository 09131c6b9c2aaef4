package org.edusignconnector.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Instances sharing a PostgreSQL database start one after the other: camel-quartz looks a trigger up
 * and then inserts it, so two instances starting together on a fresh database would both insert
 * the same trigger and one would fail to start. A session advisory lock (per schema) is held from
 * the configuration until the context has started; a process that dies releases it with its
 * connection. After {@code maxWait} an instance starts anyway, with a warning.
 */
public final class StartupLock extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
    private static final String KEY = "hashtext(current_schema() || ':edusign-connector-startup')";

    private Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    public static StartupLock acquire(DataSource dataSource, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean logged = false;
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                while (true) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            return new StartupLock(c);
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        LOG.warn("another instance has been starting for more than {} s: starting anyway", maxWait.toSeconds());
                        c.close();
                        return new StartupLock(null);
                    }
                    if (!logged) {
                        LOG.info("another instance is starting on this database: waiting for it");
                        logged = true;
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
                }
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up lock: " + e.getMessage(), e);
        }
    }

    /** Lets the next instance start; called once this runtime has started (and when it stops). */
    public synchronized void release() {
        if (connection == null) {
            return;
        }
        try (Connection c = connection; PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(" + KEY + ")")) {
            ps.executeQuery().close();
        } catch (SQLException e) {
            LOG.warn("could not release the start-up lock (closing its connection does): {}", e.getMessage());
        } finally {
            connection = null;
        }
    }

    @Override
    protected void doStop() {
        release();
    }
}
