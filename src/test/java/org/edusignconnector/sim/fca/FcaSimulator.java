package org.edusignconnector.sim.fca;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A strict in-process FCA Manager REST API on 127.0.0.1 (contract: shared reference, source-apis.md section 2).
 * Every call needs HTTP Basic with the account given to {@link #start}; the data is {@link #data()}.
 */
public final class FcaSimulator implements AutoCloseable {

    private static final int THREADS = 8;

    static {
        // Without TCP_NODELAY the JDK server's separate header/body writes meet the client's delayed ACK:
        // ~40 ms per request. Read once per JVM by sun.net.httpserver.ServerConfig; set it unless chosen already.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final FcaData data = new FcaData();
    private final RequestLog log = new RequestLog();
    private final FaultSwitch faults = new FaultSwitch();
    private final SimulatorHandler handler;

    private FcaSimulator(int port, BasicAuth auth) throws IOException {
        handler = new SimulatorHandler(auth, data, log, faults);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
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
        return server.getAddress().getPort();
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
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "fca-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
