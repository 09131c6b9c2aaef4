package org.edusignconnector.sync;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.edusignconnector.events.SyncRun;

/** The runs in progress in this process, one per tenant at a time: a second request is refused. */
public class ActiveRuns {

    private final Map<String, SyncRun> running = new ConcurrentHashMap<>();

    /** Registers the run, or returns the run already in progress for that tenant. */
    public Optional<SyncRun> claim(SyncRun run) {
        SyncRun existing = running.putIfAbsent(run.tenantName(), run);
        return existing == null ? Optional.empty() : Optional.of(existing);
    }

    public void release(SyncRun run) {
        running.remove(run.tenantName(), run);
    }

    public Optional<SyncRun> current(String tenant) {
        return Optional.ofNullable(running.get(tenant));
    }
}
