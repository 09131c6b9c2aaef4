package org.edusignconnector.sim.celcat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.edusignconnector.sim.common.FaultInjector;
import org.edusignconnector.sim.common.FaultSwitch;
import org.edusignconnector.sim.common.RequestLog;
import org.edusignconnector.sim.common.SimHandler;
import org.edusignconnector.sim.common.SimServer;

/**
 * A strict in-process Celcat WebAPI on 127.0.0.1 (contract: shared reference, source-apis.md section 1).
 * Only timetables created through {@link #timetable(String)} exist; others answer 404.
 */
public final class CelcatSimulator implements AutoCloseable {

    private static final int THREADS = 4;

    private final Map<String, CelcatTimetable> timetables = new ConcurrentHashMap<>();
    private final RequestLog<RecordedRequest> log = new RequestLog<>();
    private final FaultSwitch faults = new FaultSwitch();
    private final WebApi api;
    private final SimHandler handler;
    private final SimServer server;

    private CelcatSimulator(int port, String apiCode) throws IOException {
        api = new WebApi(apiCode, id -> Optional.ofNullable(timetables.get(id)));
        handler = new SimHandler(WebApi.DIALECT, faults, (r, status) -> log.record(new RecordedRequest(r.method(),
                r.rawPath(), r.rawQuery(), WebApi.timetableId(r), r.body(), status)), api::answer);
        server = SimServer.start(port, THREADS, "celcat-sim", handler);
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
        return "http://127.0.0.1:" + server.port() + "/api";
    }

    /**
     * Also serves CELCAT's Attendance Web Services at {@link #cawsBaseUrl()}: a password grant for this user,
     * tokens valid {@code expiresInSeconds} (as announced), registers and mark definitions behind them.
     */
    public void enableCaws(String username, String password, long expiresInSeconds) {
        api.caws().enable(username, password, expiresInSeconds);
    }

    /** {@code http://127.0.0.1:<port>/caws/}, with its trailing slash (CAWS paths are relative to it). */
    public String cawsBaseUrl() {
        return "http://127.0.0.1:" + server.port() + CawsAuth.PREFIX;
    }

    /** How many tokens the CAWS token endpoint granted so far. */
    public int cawsTokensGranted() {
        return api.caws().granted().size();
    }

    /** The tokens granted so far, in order (secrets a test looks for where they must not be). */
    public List<String> cawsTokens() {
        return api.caws().granted();
    }

    /** Every CAWS token granted so far is refused from now on (401), as after its expiry. */
    public void expireCawsTokens() {
        api.caws().expireAll();
    }

    /** The timetable served for header {@code TimetableId: id}, created empty on first use. */
    public CelcatTimetable timetable(String timetableId) {
        return timetables.computeIfAbsent(timetableId, CelcatTimetable::new);
    }

    public List<RecordedRequest> requests() {
        return log.snapshot();
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
        server.close();
    }
}
