package org.edusignconnector.sync;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.edusign.EdusignApi;
import org.edusignconnector.edusign.EdusignRun;
import org.edusignconnector.events.PlannedItem;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.edusign.RequestCounter;
import org.edusignconnector.edusign.EdusignDirectory;
import org.edusignconnector.tenant.Tenant;

/**
 * The state of one run of one tenant, carried through the route as an exchange property:
 * window, counts by outcome, the courses the source listed (for deletions), a per-run cache of
 * people and groups already ensured on Edusign, what the school holds on Edusign (its lists, read once
 * when first needed), and progress.
 */
public final class SyncRun implements EdusignRun {

    public enum Status { RUNNING, COMPLETED, FAILED }

    private final String runId;
    private final Tenant tenant;
    private final SyncRequest request;
    private final SyncWindow window;
    private final Instant startedAt;
    private final EdusignApi edusign;
    private final RequestCounter requests;
    private final Map<ReasonCode, AtomicLong> counts = new EnumMap<>(ReasonCode.class);
    private final Set<String> listedCourses = ConcurrentHashMap.newKeySet();
    private final Map<String, String> ensured = new ConcurrentHashMap<>();
    private final EdusignDirectory directory;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final java.util.List<PlannedItem> plan = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private volatile boolean sourceComplete;
    private volatile Status status = Status.RUNNING;
    private volatile String message;
    private volatile Instant endedAt;

    public SyncRun(String runId, Tenant tenant, SyncRequest request, SyncWindow window,
                   Instant startedAt, EdusignApi edusign, RequestCounter requests) {
        this.runId = runId;
        this.tenant = tenant;
        this.request = request;
        this.window = window;
        this.startedAt = startedAt;
        this.edusign = edusign;
        this.requests = requests;
        this.directory = new EdusignDirectory(window.firstDay(), window.lastDay());
        for (ReasonCode r : ReasonCode.values()) {
            counts.put(r, new AtomicLong());
        }
    }

    public void count(ReasonCode reason) {
        counts.get(reason).incrementAndGet();
    }

    public Map<String, Long> counts() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) -> {
            if (v.get() > 0) {
                out.put(k.name(), v.get());
            }
        });
        return out;
    }

    public void plan(PlannedItem item) {
        plan.add(item);
    }

    public java.util.List<PlannedItem> plan() {
        synchronized (plan) {
            return java.util.List.copyOf(plan);
        }
    }

    public void listed(String courseKey) {
        listedCourses.add(courseKey);
    }

    public boolean wasListed(String courseKey) {
        return listedCourses.contains(courseKey);
    }

    public int listedCount() {
        return listedCourses.size();
    }

    public Map<String, String> ensured() {
        return ensured;
    }

    /** What the school holds on Edusign, read from its lists when first needed: this run's own. */
    public EdusignDirectory directory() {
        return directory;
    }

    public void total(int n) {
        total.set(n);
    }

    public void progressed() {
        done.incrementAndGet();
    }

    public int total() {
        return total.get();
    }

    public int done() {
        return done.get();
    }

    public void finish(Status finalStatus, String finalMessage, Instant at) {
        this.status = finalStatus;
        this.message = finalMessage;
        this.endedAt = at;
    }

    public void sourceComplete(boolean complete) {
        this.sourceComplete = complete;
    }

    public boolean sourceComplete() {
        return sourceComplete;
    }

    /**
     * Whether the tenant's down runs write through Edusign's v3 batch upserts ({@code edusignApi: v3-batch})
     * rather than v1's one request per object ({@code v1}, the default while v3 is beta).
     */
    public boolean v3Batch() {
        String api = tenant.settings().text("edusignApi", "v1").trim();
        if (!api.equals("v1") && !api.equals("v3-batch")) {
            throw new IllegalArgumentException("tenant '" + tenant.name() + "': edusignApi must be v1 or v3-batch, got '" + api + "'");
        }
        return api.equals("v3-batch");
    }

    /** Base URL of Edusign's v3 API for this tenant (the reference gives https://api.edusign.com). */
    public String edusignV3Url() {
        return tenant.settings().text("edusignV3Url", "https://api.edusign.com");
    }

    /** The endpoint of the tenant's own filter route. */
    public String courseFilter() {
        return tenant.settings().text("courseFilter", "direct:no-course-filter");
    }

    public String runId() { return runId; }
    public Tenant tenant() { return tenant; }
    public String tenantName() { return tenant.name(); }
    public SyncRequest request() { return request; }
    public String direction() { return request.direction(); }
    public String trigger() { return request.trigger(); }
    public boolean dryRun() { return request.dryRun(); }
    public SyncWindow window() { return window; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public EdusignApi edusign() { return edusign; }
    public RequestCounter requests() { return requests; }
    public Status status() { return status; }
    public String message() { return message; }

    /** The run as its JSON answer and stored row show it; a dry run's plan only for a dry run. */
    public RunSummary summary() {
        return new RunSummary(runId, tenant.name(), direction(), trigger(), dryRun(), status.name(), startedAt, endedAt, counts(),
                requests.snapshot(), requests.outcomes(), total(), done(), message, dryRun() ? plan() : null);
    }

    @Override
    public String toString() {
        return "SyncRun[" + runId + " " + tenant.name() + " " + request.direction() + "]";
    }

    /** Tenant option: sheets and groups another connector made are matched and taken over instead of created again. */
    public boolean adoptExistingSheets() {
        return tenant.settings().flag("adoptExistingSheets");
    }
}
