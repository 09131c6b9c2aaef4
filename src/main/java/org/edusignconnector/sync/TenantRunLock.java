package org.edusignconnector.sync;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run per tenant across every instance that shares the database: a lease row per tenant in
 * {@code tenant_run_lock} (tenant primary key, run id, owner instance, expiry on the database's
 * clock). {@link ActiveRuns} keeps one run per tenant inside a process; this keeps it between
 * processes.
 *
 * <ul>
 *   <li><b>acquire</b>: {@code INSERT} — the primary key refuses a second holder. When the row is
 *   there and its lease expired (its instance died, or lost the database for longer than the lease),
 *   it is taken over by an {@code UPDATE ... WHERE run_id = <stale run> AND expires_at < now}: of
 *   two instances taking over at once, one updates the row, the other finds it held.</li>
 *   <li><b>renew</b>: every third of the lease, each lease this instance holds is pushed back by
 *   one lease. A renewal that finds the row gone or another run in it logs that the lease was lost
 *   and marks the run's {@link RunLease} lost: the run writes nothing more ({@link RunGuard}).</li>
 *   <li><b>release</b>: {@code DELETE} of the row, at the end of the run (completed or failed), and
 *   of every lease still held when the runtime stops.</li>
 * </ul>
 */
public class TenantRunLock extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(TenantRunLock.class);

    /** Who holds a tenant's lease. */
    public record Holder(String tenant, String runId, String owner, OffsetDateTime expiresAt) {
    }

    /** The answer to {@link #acquire}: the lease is ours (perhaps taken over from a dead holder), or another run holds it. */
    public sealed interface Outcome {
        /** Acquired; {@code abandoned} is the expired lease taken over, when there was one. */
        record Acquired(Holder abandoned) implements Outcome {
        }

        record Refused(Holder holder) implements Outcome {
        }
    }

    private final LeaseRows rows;
    private final String owner;
    private final int leaseSeconds;
    private final Map<String, RunLease> held = new ConcurrentHashMap<>();
    private final LongSupplier ticker;
    private ScheduledExecutorService renewal;

    public TenantRunLock(DataSource dataSource, String owner, Duration lease) {
        this(dataSource, owner, lease, System::nanoTime);
    }

    /** {@code ticker}: the monotonic clock (nanoseconds) a run's lease age is measured on. */
    public TenantRunLock(DataSource dataSource, String owner, Duration lease, LongSupplier ticker) {
        if (lease.toSeconds() < 3) {
            throw new IllegalArgumentException("the run lease must be at least 3 s, got " + lease);
        }
        this.owner = owner;
        this.leaseSeconds = (int) lease.toSeconds();
        this.rows = new LeaseRows(dataSource, owner, leaseSeconds);
        this.ticker = ticker;
    }

    /** This instance's name, as written in the leases it holds. */
    public String owner() {
        return owner;
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    /** Takes the tenant's lease for the run, unless a live lease of another run holds it. */
    public Outcome acquire(String tenant, String runId) {
        Holder last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            long sentAt = ticker.getAsLong();
            if (rows.insert(tenant, runId)) {
                held.put(tenant, new RunLease(tenant, runId, lease(), ticker, sentAt));
                return new Outcome.Acquired(null);
            }
            Optional<LeaseRows.Row> current = rows.read(tenant);
            if (current.isEmpty()) {
                continue; // released between our insert and our read: try again
            }
            last = current.get().holder();
            if (!current.get().expired()) {
                return new Outcome.Refused(last);
            }
            if (rows.takeOver(tenant, runId, last.runId())) {
                held.put(tenant, new RunLease(tenant, runId, lease(), ticker, sentAt));
                LOG.warn("tenant '{}': took over the expired run lease of run {} held by instance {}", tenant, last.runId(), last.owner());
                return new Outcome.Acquired(last);
            }
        }
        return new Outcome.Refused(last);
    }

    /** The lease the run holds, as long as this instance has not seen it lost. */
    public Optional<RunLease> lease(String tenant, String runId) {
        RunLease lease = held.get(tenant);
        return lease != null && lease.runId().equals(runId) ? Optional.of(lease) : Optional.empty();
    }

    /** Frees the tenant's lease if this run holds it (a row another run took over is left alone). */
    public void release(String tenant, String runId) {
        held.computeIfPresent(tenant, (t, lease) -> lease.runId().equals(runId) ? null : lease);
        try {
            rows.delete(tenant, runId);
        } catch (SQLException e) {
            LOG.warn("tenant '{}': could not release the run lease of run {} (it expires by itself): {}", tenant, runId, e.getMessage());
        }
    }

    /** Drops every lease: only for a database no other process can use (embedded H2), at start-up. */
    public void releaseAll() {
        try {
            rows.deleteAll();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear the run leases: " + e.getMessage(), e);
        }
    }

    /** The tenant's current lease, if any (expired or not). */
    public Optional<Holder> holder(String tenant) {
        return rows.read(tenant).map(LeaseRows.Row::holder);
    }

    /** Pushes back every lease this instance holds; a lease found lost is marked so and dropped, with an error. */
    void renewAll() {
        held.forEach((tenant, lease) -> {
            String runId = lease.runId();
            try {
                long sentAt = ticker.getAsLong();
                if (rows.renew(tenant, runId)) {
                    lease.renewed(sentAt);
                } else if (held.remove(tenant, lease)) {
                    Holder holder = currentHolder(tenant);
                    lease.lost(holder);
                    LOG.error("tenant '{}': the run lease of run {} was lost (expired and taken over, or deleted), now held by {}:"
                            + " the run writes nothing more", tenant, runId, holder == null ? "nobody" : holder.owner());
                }
            } catch (SQLException e) {
                LOG.warn("tenant '{}': could not renew the run lease of run {}: {}", tenant, runId, e.getMessage());
            }
        });
    }

    /** Who holds the tenant's lease now, or null when nobody does or it cannot be read (the renewal must go on). */
    private Holder currentHolder(String tenant) {
        try {
            return holder(tenant).orElse(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    @Override
    protected void doStart() {
        long period = Math.max(1000, leaseSeconds * 1000L / 3);
        renewal = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-lease-renewal");
            t.setDaemon(true);
            return t;
        });
        renewal.scheduleWithFixedDelay(this::renewAll, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        if (renewal != null) {
            renewal.shutdownNow();
            renewal = null;
        }
        held.forEach((tenant, lease) -> release(tenant, lease.runId()));
    }
}
