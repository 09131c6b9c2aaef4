package org.edusignconnector.sync;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.edusignconnector.sync.SyncRun;

/**
 * The runs in progress in this process, one per tenant at a time. A second request is refused at
 * once (HTTP, command line, schedule) or waits a little for the slot (a webhook).
 */
public class ActiveRuns {

    private final Map<String, SyncRun> running = new HashMap<>();

    /** Registers the run, or returns the run still in progress for that tenant after waiting up to {@code waitMillis}. */
    public synchronized Optional<SyncRun> claim(SyncRun run, long waitMillis) {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (running.containsKey(run.tenantName())) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return Optional.of(running.get(run.tenantName()));
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(running.get(run.tenantName()));
            }
        }
        running.put(run.tenantName(), run);
        return Optional.empty();
    }

    public synchronized void release(SyncRun run) {
        running.remove(run.tenantName(), run);
        notifyAll();
    }

    public synchronized Optional<SyncRun> current(String tenant) {
        return Optional.ofNullable(running.get(tenant));
    }
}
