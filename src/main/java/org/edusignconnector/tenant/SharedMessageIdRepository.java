package org.edusignconnector.tenant;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Camel's JDBC idempotent repository, safe when several instances share the table. Its
 * {@code add} counts the key, then inserts it: two nodes adding the same key at once both count
 * zero, one insert wins and the other meets the primary key. Camel lets that duplicate-key error
 * fail the exchange; here it means what it says — the key is already stored, the work is already
 * done — so {@code add} answers {@code false}, exactly as when the count had found it.
 */
public class SharedMessageIdRepository extends JdbcMessageIdRepository {

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    public SharedMessageIdRepository(DataSource dataSource, String processorName) {
        super(dataSource, processorName);
        setCreateTableIfNotExists(false);
    }

    @Override
    public boolean add(String key) {
        try {
            return super.add(key);
        } catch (DuplicateKeyException e) {
            log.debug("key {} of {} was stored by another instance meanwhile: already done", key, processorName);
            return false;
        } catch (DataIntegrityViolationException e) {
            if (isUniqueViolation(e)) {
                log.debug("key {} of {} was stored by another instance meanwhile: already done", key, processorName);
                return false;
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
