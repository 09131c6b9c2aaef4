package org.edusignconnector.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The JDBC plumbing of the {@link Ledger}: one connection per statement, typed nulls, timestamps as
 * {@link OffsetDateTime} in UTC, a row read as a {@link LedgerEntry}. The ledger keeps the meaning of
 * each statement; this class only how it reaches the database, the same on H2 and PostgreSQL.
 */
final class LedgerSql {

    /** The columns of a {@link LedgerEntry}, in the order {@link #entries} reads them. */
    static final String COLUMNS = "tenant, kind, source_key, api_id, edusign_id, fingerprint, source_fingerprint, state, starts_at, label, adopted, updated_at";

    private final DataSource dataSource;

    LedgerSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A null of a known SQL type. An untyped null ({@code Types.NULL}) inside COALESCE or a boolean
     * expression leaves PostgreSQL to guess the parameter's type; typed nulls behave the same on H2
     * and PostgreSQL.
     */
    enum SqlNull {
        TEXT(Types.VARCHAR), TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE);

        private final int sqlType;

        SqlNull(int sqlType) {
            this.sqlType = sqlType;
        }
    }

    static Object timestamp(Instant i) {
        return i == null ? SqlNull.TIMESTAMP : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static Object text(String s) {
        return s == null ? SqlNull.TEXT : s;
    }

    int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("ledger write failed: " + e.getMessage(), e);
        }
    }

    /** Rows selected with {@link #COLUMNS}. */
    List<LedgerEntry> entries(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<LedgerEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LedgerEntry(rs.getString(1), ObjectKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), LedgerState.valueOf(rs.getString(8)), instant(rs, 9),
                            rs.getString(10), rs.getBoolean(11), instant(rs, 12)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed: " + e.getMessage(), e);
        }
    }

    /** The first column of the first row as an integer; null when there is no row or the value is NULL. */
    Integer integer(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int value = rs.getInt(1);
                return rs.wasNull() ? null : value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed: " + e.getMessage(), e);
        }
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof SqlNull typed) {
                ps.setNull(i + 1, typed.sqlType);
            } else if (a == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (a instanceof OffsetDateTime odt) {
                ps.setObject(i + 1, odt);
            } else if (a instanceof Timestamp t) {
                ps.setTimestamp(i + 1, t);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime odt = rs.getObject(column, OffsetDateTime.class);
        return odt == null ? null : odt.toInstant();
    }
}
