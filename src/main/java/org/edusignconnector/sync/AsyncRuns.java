package org.edusignconnector.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * Runs started without waiting ({@code POST .../sync?wait=false}): each gets its run id at once and
 * runs on a pool of its own, so an HTTP answer never waits for a run that may take longer than any
 * proxy or client holds a request open. Remembers the latest runs it started (queued, running, and
 * their summary or refusal once over) so that {@code GET .../runs/{id}} can answer for them; older
 * ones are found in the run log.
 */
public class AsyncRuns {

    /** How many ended runs are remembered with their full summary (Edusign requests included). */
    static final int REMEMBERED = 1000;

    public enum State { QUEUED, RUNNING, ENDED, REFUSED }

    /** One run started here: its state, and its summary once ended or the reason it never ran. */
    public record Accepted(String runId, String tenant, State state, RunSummary summary, String refusal) {
    }

    private final SyncLauncher launcher;
    private final TenantCatalog tenants;
    private final ActiveRuns active;
    private final ExecutorService pool;
    private final Map<String, Accepted> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Accepted> eldest) {
            return size() > REMEMBERED && eldest.getValue().state() != State.QUEUED && eldest.getValue().state() != State.RUNNING;
        }
    };

    public AsyncRuns(SyncLauncher launcher, TenantCatalog tenants, ActiveRuns active, ExecutorService pool) {
        this.launcher = launcher;
        this.tenants = tenants;
        this.active = active;
        this.pool = pool;
    }

    /**
     * Accepts the run and returns its id; refuses at once (409) a tenant whose run is in progress or
     * already waiting here, (404) an unknown tenant.
     */
    public synchronized String start(SyncRequest request) {
        tenants.get(request.tenant());
        active.current(request.tenant()).ifPresent(other -> {
            throw new RunAlreadyInProgressException(request.tenant(), other.runId());
        });
        runs.values().stream().filter(r -> r.tenant().equals(request.tenant()) && r.state() == State.QUEUED).findFirst()
                .ifPresent(queued -> {
                    throw new RunAlreadyInProgressException(request.tenant(), queued.runId());
                });
        String runId = UUID.randomUUID().toString();
        runs.put(runId, new Accepted(runId, request.tenant(), State.QUEUED, null, null));
        try {
            pool.execute(() -> execute(runId, request));
        } catch (RejectedExecutionException e) {
            runs.remove(runId);
            throw new IllegalStateException("the runtime is stopping: no new run is accepted");
        }
        return runId;
    }

    /** What this instance knows of a run it started, if it is one of the latest. */
    public synchronized Optional<Accepted> find(String tenant, String runId) {
        return Optional.ofNullable(runs.get(runId)).filter(r -> r.tenant().equals(tenant));
    }

    private void execute(String runId, SyncRequest request) {
        update(runId, State.RUNNING, null, null);
        try {
            RunSummary summary = launcher.run(request, runId);
            update(runId, State.ENDED, summary, null);
        } catch (RuntimeException e) {
            // Refused by the lease (another instance runs the tenant) or the tenant was removed meanwhile.
            update(runId, State.REFUSED, null, e.getMessage());
        }
    }

    private synchronized void update(String runId, State state, RunSummary summary, String refusal) {
        Accepted before = runs.get(runId);
        runs.put(runId, new Accepted(runId, before == null ? summary.tenant() : before.tenant(), state, summary, refusal));
    }
}
