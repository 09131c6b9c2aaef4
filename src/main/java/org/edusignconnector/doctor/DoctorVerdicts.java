package org.edusignconnector.doctor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The doctor's last verdict per tenant, from {@code GET /api/tenants/{t}/doctor} or {@code --doctor}, kept in the
 * database (table {@code doctor_verdict}): the doctor probes Edusign and the source with the tenant's keys, so the
 * overview shows what was found rather than running it again — after a restart too, and on every instance.
 */
public class DoctorVerdicts {

    /** The counts of a report, never its texts: the overview shows how bad, the doctor's page says why. */
    public record Last(Instant checkedAt, boolean failed, long fails, long warns) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public DoctorVerdicts(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void record(DoctorReport report) {
        long fails = report.checks().stream().filter(c -> c.verdict() == Verdict.FAIL).count();
        long warns = report.checks().stream().filter(c -> c.verdict() == Verdict.WARN).count();
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            if (write(c, "UPDATE doctor_verdict SET checked_at = ?, fails = ?, warns = ? WHERE tenant = ?", at, fails, warns, report.tenant()) == 0) {
                try {
                    write(c, "INSERT INTO doctor_verdict (checked_at, fails, warns, tenant) VALUES (?, ?, ?, ?)", at, fails, warns, report.tenant());
                } catch (SQLException insertedMeanwhile) {
                    // Another instance examined the same tenant at the same moment: the later write wins.
                    write(c, "UPDATE doctor_verdict SET checked_at = ?, fails = ?, warns = ? WHERE tenant = ?", at, fails, warns, report.tenant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("doctor verdict of tenant '" + report.tenant() + "' not stored: " + e.getMessage(), e);
        }
    }

    public Optional<Last> find(String tenant) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT checked_at, fails, warns FROM doctor_verdict WHERE tenant = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long fails = rs.getLong(2);
                return Optional.of(new Last(rs.getObject(1, OffsetDateTime.class).toInstant(), fails > 0, fails, rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("doctor verdict of tenant '" + tenant + "' unreadable: " + e.getMessage(), e);
        }
    }

    private static int write(Connection c, String sql, OffsetDateTime at, long fails, long warns, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, at);
            ps.setLong(2, fails);
            ps.setLong(3, warns);
            ps.setString(4, tenant);
            return ps.executeUpdate();
        }
    }
}
