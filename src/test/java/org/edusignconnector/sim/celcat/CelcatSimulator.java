package org.edusignconnector.sim.celcat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A strict in-process Celcat WebAPI on 127.0.0.1 (contract: shared reference, source-apis.md section 1).
 * Only timetables created through {@link #timetable(String)} exist; others answer 404.
 */
public final class CelcatSimulator implements AutoCloseable {

    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, CelcatTimetable> timetables = new ConcurrentHashMap<>();
    private final RequestLog log = new RequestLog();
    private final FaultSwitch faults = new FaultSwitch();
    private final SimulatorHandler handler;

    private CelcatSimulator(int port, String apiCode) throws IOException {
        handler = new SimulatorHandler(apiCode, id -> Optional.ofNullable(timetables.get(id)), log, faults);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
    }

    /** Starts on {@code port} (0 = any free port); {@code apiCode} null means no APICode is required. */
    public static CelcatSimulator start(int port, String apiCode) {
        try {
            return new CelcatSimulator(port, apiCode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Celcat simulator on port " + port, e);
        }
    }

    /** {@code http://127.0.0.1:<port>/api}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    /**
     * Also serves CELCAT's Attendance Web Services at {@link #cawsBaseUrl()}: a password grant for this user,
     * tokens valid {@code expiresInSeconds} (as announced), registers and mark definitions behind them.
     */
    public void enableCaws(String username, String password, long expiresInSeconds) {
        handler.caws().enable(username, password, expiresInSeconds);
    }

    /** {@code http://127.0.0.1:<port>/caws/}, with its trailing slash (CAWS paths are relative to it). */
    public String cawsBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + CawsAuth.PREFIX;
    }

    /** How many tokens the CAWS token endpoint granted so far. */
    public int cawsTokensGranted() {
        return handler.caws().granted().size();
    }

    /** The tokens granted so far, in order (secrets a test looks for where they must not be). */
    public List<String> cawsTokens() {
        return handler.caws().granted();
    }

    /** Every CAWS token granted so far is refused from now on (401), as after its expiry. */
    public void expireCawsTokens() {
        handler.caws().expireAll();
    }

    /** The timetable served for header {@code TimetableId: id}, created empty on first use. */
    public CelcatTimetable timetable(String timetableId) {
        return timetables.computeIfAbsent(timetableId, CelcatTimetable::new);
    }

    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** Time from the first request since {@link #clearRequests()} to the last: how long a run read the source. */
    public java.time.Duration requestSpan() {
        return java.time.Duration.ofNanos(log.spanNanos());
    }

    public void clearRequests() {
        log.clear();
    }

    /** Installs (null = removes) the injector; request numbers passed to it restart at 1. */
    public void setFaultInjector(FaultInjector f) {
        faults.install(f);
    }

    public void setLatencyMillis(long ms) {
        handler.setLatencyMillis(ms);
    }

    @Override
    public void close() {
        handler.release();
        server.stop(0);
        executor.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "celcat-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
