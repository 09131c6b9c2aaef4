package org.edusignconnector.events;

import org.edusignconnector.common.Texts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * Whether a person's problem is news: recorded as {@code INVALID_PERSON} when it appears or changes,
 * and in every course of the run that saw it so (each course's explanation names who was left out),
 * but not again at every later run while nothing changed. The last problem of each person is kept in
 * {@code person_problem}, per tenant.
 */
public class PersonProblems {

    private static final int MAX_KEY = 400;
    private static final int MAX_PROBLEM = 1000;

    private final DataSource dataSource;
    private final Clock clock;

    public PersonProblems(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** True when the run should record this person's problem; remembers it. A dry run changes nothing. */
    public boolean isNews(LoggedRun run, String personKey, String problem) {
        if (run.dryRun()) {
            return true;
        }
        String key = cut(personKey, MAX_KEY);
        String text = cut(problem == null ? "" : problem, MAX_PROBLEM);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT problem, run_id FROM person_problem WHERE tenant = ? AND person_key = ?")) {
                ps.setString(1, run.tenantName());
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        if (rs.getString(1).equals(text)) {
                            return rs.getString(2).equals(run.runId());
                        }
                        update(c, run, key, text);
                        return true;
                    }
                }
            }
            insert(c, run, key, text);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("person problem log failed: " + e.getMessage(), e);
        }
    }

    private void update(Connection c, LoggedRun run, String key, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE person_problem SET problem = ?, run_id = ?, recorded_at = ?"
                + " WHERE tenant = ? AND person_key = ?")) {
            ps.setString(1, text);
            ps.setString(2, run.runId());
            ps.setObject(3, now());
            ps.setString(4, run.tenantName());
            ps.setString(5, key);
            ps.executeUpdate();
        }
    }

    private void insert(Connection c, LoggedRun run, String key, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_problem (tenant, person_key, problem, run_id, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, run.tenantName());
            ps.setString(2, key);
            ps.setString(3, text);
            ps.setString(4, run.runId());
            ps.setObject(5, now());
            ps.executeUpdate();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return Texts.cut(text, max);
    }
}
