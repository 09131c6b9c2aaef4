package org.edusignconnector.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.edusignconnector.tenant.Tenant;

/**
 * Purges idempotent keys older than {@code connector.housekeeping.max-age-days}, except what the
 * attendance write-back still needs: a tenant's upstream keys and its journal of unconfirmed writes
 * ({@code attendance_attempt}) live at least as long as a run can still read their sheets — the
 * look-back plus the window (a sheet can be locked before its course) plus a day. A tenant no longer
 * configured keeps them for the longest look-back and window a tenant may have. Camel stamps keys with
 * the system clock, so the cutoffs are computed on the system clock too (not the runtime's replay clock).
 * Runs, events and the persons' last recorded problems go after {@code connector.housekeeping.runs-max-age-days}
 * (on the connector's clock, which stamps them), so that the state stops growing.
 */
public class Housekeeping {

    static final String UPSTREAM_SUFFIX = "-upstream";
    /** The longest look-back (365) and window (90) a tenant may configure, and a day. */
    static final Duration LONGEST_UPSTREAM_RETENTION = Duration.ofDays(365 + 90 + 1);

    private final Duration maxAge;
    private final Duration runsMaxAge;
    private final Clock clock;
    private final DataSource dataSource;
    private final Function<String, Tenant> tenants;

    /**
     * {@code clock}: the connector's, which stamps runs and events (fixed in replays and tests); {@code tenants}
     * answers the configured tenant of that name, or null.
     */
    public Housekeeping(int maxAgeDays, int runsMaxAgeDays, Clock clock, DataSource dataSource, Function<String, Tenant> tenants) {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("connector.housekeeping.max-age-days must be >= 0, got " + maxAgeDays);
        }
        if (runsMaxAgeDays < 1) {
            throw new IllegalArgumentException("connector.housekeeping.runs-max-age-days must be >= 1, got " + runsMaxAgeDays);
        }
        this.maxAge = Duration.ofDays(maxAgeDays);
        this.runsMaxAge = Duration.ofDays(runsMaxAgeDays);
        this.clock = clock;
        this.dataSource = dataSource;
        this.tenants = tenants;
    }

    /**
     * Camel stamps idempotent keys with the system clock, so this cutoff is computed on the system
     * clock too (not the runtime's replay clock).
     */
    public Timestamp cutoff() {
        return Timestamp.from(Instant.now().minus(maxAge));
    }

    /** How long a tenant's upstream keys and journal rows are kept. */
    Duration upstreamRetention(String tenant) {
        Tenant t = tenants.apply(tenant);
        Duration needed = t == null ? LONGEST_UPSTREAM_RETENTION : Duration.ofDays(t.attendanceLookbackDays() + t.windowDays() + 1L);
        return needed.compareTo(maxAge) > 0 ? needed : maxAge;
    }

    /** Runs the purge; answers what it removed, for the log. */
    public String purge() {
        try (Connection c = dataSource.getConnection()) {
            int downstream = update(c, "DELETE FROM CAMEL_MESSAGEPROCESSED WHERE createdAt < ? AND processorName NOT LIKE ?",
                    cutoff(), "%" + UPSTREAM_SUFFIX);
            int upstream = 0;
            for (String processor : distinct(c, "SELECT DISTINCT processorName FROM CAMEL_MESSAGEPROCESSED WHERE processorName LIKE ?",
                    "%" + UPSTREAM_SUFFIX)) {
                String tenant = processor.substring(0, processor.length() - UPSTREAM_SUFFIX.length());
                upstream += update(c, "DELETE FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ? AND createdAt < ?", processor,
                        Timestamp.from(Instant.now().minus(upstreamRetention(tenant))));
            }
            int journal = 0;
            for (String tenant : distinct(c, "SELECT DISTINCT tenant FROM attendance_attempt")) {
                journal += update(c, "DELETE FROM attendance_attempt WHERE tenant = ? AND attempted_at < ?", tenant,
                        Timestamp.from(Instant.now().minus(upstreamRetention(tenant))));
            }
            return downstream + " keys older than " + maxAge.toDays() + " days, " + upstream + " upstream keys and " + journal
                    + " unconfirmed attendance attempts past their tenant's look-back purged";
        } catch (SQLException e) {
            throw new IllegalStateException("housekeeping failed: " + e.getMessage(), e);
        }
    }

    private static List<String> distinct(Connection c, String sql, String... args) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** Runs that started, and events that occurred, before this are purged (an offset time: the columns have a zone). */
    public OffsetDateTime runsCutoff() {
        return OffsetDateTime.ofInstant(clock.instant().minus(runsMaxAge), ZoneOffset.UTC);
    }
}
