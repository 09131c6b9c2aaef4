package org.edusignconnector.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.edusignconnector.http.HttpCall;

/**
 * What a run checks before each step (course, sheet) and each outbound call: that it is not past its
 * deadline, and, before anything that writes, that it still holds its tenant lease. Stopping is
 * throwing: the run fails at that point with a message saying why, and nothing more is sent.
 */
public final class RunGuard {

    private final String tenant;
    private final String runId;
    private final RunLease lease;
    private final Duration maxDuration;
    private final long deadline;
    private final LongSupplier ticker;

    /** {@code lease} may be absent when the lock did not hand one over (then only the deadline is checked). */
    public RunGuard(String tenant, String runId, Optional<RunLease> lease, Duration maxDuration, LongSupplier ticker) {
        this.tenant = tenant;
        this.runId = runId;
        this.lease = lease.orElse(null);
        this.maxDuration = maxDuration;
        this.ticker = ticker;
        this.deadline = ticker.getAsLong() + maxDuration.toNanos();
    }

    public String runId() {
        return runId;
    }

    /** Before the run's next course or sheet: whatever the step does, a fenced or overdue run does not start it. */
    public void beforeStep() {
        checkDeadline("its next step");
        checkLease("its next step");
    }

    /** Before an outbound call: the deadline always, the lease before a write. */
    public void beforeCall(HttpCall call) {
        checkDeadline(call.describe());
        if (call.writes()) {
            checkLease(call.describe());
        }
    }

    private void checkDeadline(String next) {
        if (ticker.getAsLong() - deadline >= 0) {
            throw new RunDeadlineException("run " + runId + " of tenant '" + tenant + "' reached its deadline of " + minutes(maxDuration)
                    + " (connector.run.max-duration-minutes) and stopped before " + next + "; the next run goes on from there");
        }
    }

    private void checkLease(String next) {
        if (lease == null) {
            return;
        }
        lease.fenced().ifPresent(reason -> {
            throw new LeaseLostException(reason + "; run " + runId + " stopped before " + next + ", nothing more was written");
        });
    }

    private static String minutes(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toMillis() / 1000.0 + " s";
    }
}
