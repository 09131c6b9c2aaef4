package org.edusignconnector.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What one run knows of its tenant lease: when it was last renewed (on this process's monotonic
 * clock, taken before the renewal was sent, so never later than the database's expiry), and whether
 * a renewal found it taken. The run is fenced once the lease is lost, or once its last renewal is a
 * whole lease old: a paused process or a lost database cannot know that nobody took over.
 */
public final class RunLease {

    private final String tenant;
    private final String runId;
    private final long leaseNanos;
    private final LongSupplier ticker;
    private volatile long renewedAt;
    private volatile boolean lost;
    private volatile TenantRunLock.Holder lostTo;

    RunLease(String tenant, String runId, Duration lease, LongSupplier ticker, long acquiredAt) {
        this.tenant = tenant;
        this.runId = runId;
        this.leaseNanos = lease.toNanos();
        this.ticker = ticker;
        this.renewedAt = acquiredAt;
    }

    public String tenant() {
        return tenant;
    }

    public String runId() {
        return runId;
    }

    /** A renewal sent at {@code sentAt} (ticker value) succeeded. */
    void renewed(long sentAt) {
        if (sentAt - renewedAt > 0) {
            renewedAt = sentAt;
        }
    }

    /** A renewal found the row gone or held by {@code holder} (null when gone or unreadable). */
    void lost(TenantRunLock.Holder holder) {
        lostTo = holder;
        lost = true;
    }

    /** Why the run may no longer write, if it may not. */
    public Optional<String> fenced() {
        if (lost) {
            TenantRunLock.Holder holder = lostTo;
            return Optional.of("the run lease of tenant '" + tenant + "' was lost to "
                    + (holder == null ? "another holder or none (its row was deleted or could not be read)" : "run " + holder.runId() + " of instance " + holder.owner())
                    + ": another instance took the tenant over");
        }
        long age = ticker.getAsLong() - renewedAt;
        if (age >= leaseNanos) {
            return Optional.of("the run lease of tenant '" + tenant + "' was last renewed " + Duration.ofNanos(age).toSeconds()
                    + " s ago, not within its " + Duration.ofNanos(leaseNanos).toSeconds()
                    + " s (process paused or database out of reach): another instance may have taken the tenant over");
        }
        return Optional.empty();
    }
}
