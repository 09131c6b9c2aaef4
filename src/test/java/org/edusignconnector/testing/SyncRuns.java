package org.edusignconnector.testing;

import java.time.Instant;

import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.edusign.RequestCounter;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.tenant.Tenant;

/**
 * Down runs built directly, for the unit tests of what reads a run (guards, logs): a tenant with no source
 * and no Edusign client, the two-week window seen on Sunday 2026-03-22 10:00 UTC.
 */
public final class SyncRuns {

    public static final Instant STARTED = Instant.parse("2026-03-22T10:00:00Z");

    private SyncRuns() {
    }

    /** Run {@code runId} of {@code tenant}, started by {@code trigger}; {@code dryRun} writes nothing. */
    public static SyncRun down(String tenant, String runId, String trigger, boolean dryRun, int maxDeletionPercent) {
        return down(tenant, runId, trigger, dryRun, maxDeletionPercent, STARTED);
    }

    /** The same, started at {@code startedAt}. */
    public static SyncRun down(String tenant, String runId, String trigger, boolean dryRun, int maxDeletionPercent,
            Instant startedAt) {
        Tenant t = new Tenant(tenant, null, null, "http://127.0.0.1:1", "key", 14, false, false, null, false, 7, null,
                maxDeletionPercent);
        return new SyncRun(runId, t, new SyncRequest(tenant, SyncRequest.DOWN, dryRun, trigger),
                SyncWindow.of(new MovableClock(startedAt), 14), startedAt, null, new RequestCounter());
    }

    /** A scheduled up run (attendance back to the source) of {@code tenant}, started at {@code startedAt}. */
    public static SyncRun up(String tenant, String runId, Instant startedAt) {
        Tenant t = new Tenant(tenant, null, null, "http://127.0.0.1:1", "key", 14, false, false, null, false, 7, null, 20);
        return new SyncRun(runId, t, new SyncRequest(tenant, SyncRequest.UP, false, "schedule"),
                SyncWindow.of(new MovableClock(startedAt), 14), startedAt, null, new RequestCounter());
    }

    /** A scheduled run of {@code tenant} that writes, with the default 20% deletion guard. */
    public static SyncRun down(String tenant, String runId) {
        return down(tenant, runId, "schedule", false, 20);
    }
}
