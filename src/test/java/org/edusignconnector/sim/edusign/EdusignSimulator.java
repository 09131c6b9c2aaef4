package org.edusignconnector.sim.edusign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.edusignconnector.sim.common.SimServer;

/**
 * In-process simulator of the Edusign v1 REST API, and of v3's batch upserts on the same schools ({@link V3Api}) (see the shared reference edusign-api.md): one school per
 * API key, v1 envelopes, validation as strict as the real API, request recording, faults, maintenance and the
 * 480 req/min slow-down. Bound to 127.0.0.1.
 */
public final class EdusignSimulator implements AutoCloseable {

    private static final int THREADS = 16;
    private static final long ID_SEED = 0x5EED_ED05L;

    private final SimServer server;
    private final Map<String, SchoolState> schools = new ConcurrentHashMap<>();
    private final IdGenerator ids = new IdGenerator(ID_SEED);
    private final RequestLog log = new RequestLog();
    private final SlowDown slowDown = new SlowDown();
    private final RequestPipeline.Settings settings = new RequestPipeline.Settings();
    private final CountDownLatch closed = new CountDownLatch(1);

    private EdusignSimulator(int port) throws IOException {
        server = SimServer.start(port, THREADS, "edusign-sim", new RequestPipeline(schools::get, Router.edusignV1(),
                log, slowDown, settings, closed));
    }

    /** Starts a simulator on {@code port} (0 = a free port). */
    public static EdusignSimulator start(int port) {
        try {
            return new EdusignSimulator(port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Edusign simulator on port " + port, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}; clients append {@code /v1/...}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.port();
    }

    /** Each API key is one school; adding an existing key keeps its data. */
    public void addSchool(String apiKey) {
        schools.computeIfAbsent(apiKey, key -> new SchoolState(key, ids, Clock.systemUTC()));
    }

    /** Live view of one school's data. */
    public SchoolState school(String apiKey) {
        SchoolState school = schools.get(apiKey);
        if (school == null) {
            throw new IllegalArgumentException("No school with API key " + apiKey);
        }
        return school;
    }

    /** Every request recorded since the last {@link #clearRequests()}, in arrival order. */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    public List<RecordedRequest> requests(String apiKey) {
        return log.of(apiKey);
    }

    /** POST/PATCH/PUT/DELETE of that school answered "success", since the last {@link #clearRequests()}. */
    public long writeCount(String apiKey) {
        return log.writeCount(apiKey);
    }

    public void clearRequests() {
        log.clear();
    }

    /** null = no faults. */
    public void setFaultInjector(FaultInjector injector) {
        settings.faultInjector = injector;
    }

    /** On: every request answers 503 with the plain-text body "Service Unavailable". */
    public void setMaintenance(boolean on) {
        settings.maintenance = on;
    }

    /**
     * Past {@code perMinute} requests of one school in the last 60 s, the n-th extra request waits
     * n x {@code incrementMillis}. Default 480/100; {@code setSlowDown(Integer.MAX_VALUE, 0)} disables it.
     */
    public void setSlowDown(int perMinute, long incrementMillis) {
        slowDown.configure(perMinute, incrementMillis);
    }

    /** The same for v3's HEAVY routes (the batch upserts), counted apart; default 24/100. */
    public void setHeavySlowDown(int perMinute, long incrementMillis) {
        settings.heavySlowDown.configure(perMinute, incrementMillis);
    }

    /** v3 batch requests of that school that were past the HEAVY per-minute limit. */
    public long slowedHeavyRequestCount(String apiKey) {
        return settings.heavySlowDown.slowedCount(apiKey);
    }

    /** The nanosecond ticker of v3's 5 s idempotency window (default System::nanoTime), for a test to move it on. */
    public void setV3Ticker(java.util.function.LongSupplier nanos) {
        settings.v3Idempotency.ticker(nanos);
    }

    /** Requests of that school that were past the per-minute limit. */
    public long slowedRequestCount(String apiKey) {
        return slowDown.slowedCount(apiKey);
    }

    /** Added to every authenticated request (benchmarks); 0 = none. */
    public void setLatencyMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("latency must be >= 0");
        }
        settings.latencyMillis = millis;
    }

    /** Stops the server; pending hangs and delays are released. */
    @Override
    public void close() {
        closed.countDown();
        server.close();
    }
}
