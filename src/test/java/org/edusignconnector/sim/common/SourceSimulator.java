package org.edusignconnector.sim.common;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * What every source simulator (Celcat, FCA Manager) offers a test besides its own data: the requests it
 * answered, faults on purpose, server latency, its port; and one way to start and stop.
 *
 * @param <R> the simulator's record of one request
 */
public abstract class SourceSimulator<R> implements AutoCloseable {

    /** Makes the simulator's record of a request answered with {@code status} (0: connection dropped). */
    @FunctionalInterface
    protected interface Recording<R> {
        R of(SimRequest request, int status);
    }

    private final RequestLog<R> log = new RequestLog<>();
    private final FaultSwitch faults = new FaultSwitch();
    private final SimHandler handler;
    private final SimServer server;

    protected SourceSimulator(int port, int threads, String threadPrefix, SimDialect dialect, Recording<R> recording,
            Function<SimRequest, SimResponse> answer) throws IOException {
        handler = new SimHandler(dialect, faults, (request, status) -> log.record(recording.of(request, status)), answer);
        server = SimServer.start(port, threads, threadPrefix, handler);
    }

    public int port() {
        return server.port();
    }

    /** The requests answered since the last {@link #clearRequests()}, in the order they were answered. */
    public List<R> requests() {
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

    /** Stops the server; requests waiting for their latency are released. */
    @Override
    public void close() {
        handler.release();
        server.close();
    }
}
