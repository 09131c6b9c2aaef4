package org.edusignconnector.sim.fca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.edusignconnector.sim.common.FaultInjector;
import org.edusignconnector.sim.common.FaultSwitch;
import org.edusignconnector.sim.common.RequestLog;
import org.edusignconnector.sim.common.SimHandler;
import org.edusignconnector.sim.common.SimServer;

/**
 * A strict in-process FCA Manager REST API on 127.0.0.1 (contract: shared reference, source-apis.md section 2).
 * Every call needs HTTP Basic with the account given to {@link #start}; the data is {@link #data()}.
 */
public final class FcaSimulator implements AutoCloseable {

    private static final int THREADS = 8;

    private final FcaData data = new FcaData();
    private final RequestLog<RecordedRequest> log = new RequestLog<>();
    private final FaultSwitch faults = new FaultSwitch();
    private final SimHandler handler;
    private final SimServer server;

    private FcaSimulator(int port, BasicAuth auth) throws IOException {
        handler = new SimHandler(FcaApi.DIALECT, faults, (r, status) -> log.record(new RecordedRequest(r.method(),
                r.rawPath(), r.rawQuery(), r.body(), status, FcaApi.via(r))), new FcaApi(auth, data)::answer);
        server = SimServer.start(port, THREADS, "fca-sim", handler);
    }

    /** Starts on {@code port} (0 = any free port); every call must carry HTTP Basic {@code username:password}. */
    public static FcaSimulator start(int port, String username, String password) {
        BasicAuth auth = new BasicAuth(username, password);
        try {
            return new FcaSimulator(port, auth);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start FCA Manager simulator on port " + port, e);
        }
    }

    /** {@code http://127.0.0.1:<port>/api}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/api";
    }

    public int port() {
        return server.port();
    }

    /** The live data served (mutable, thread-safe). */
    public FcaData data() {
        return data;
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
