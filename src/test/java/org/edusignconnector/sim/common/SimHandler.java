package org.edusignconnector.sim.common;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A source simulator's request pipeline: read, latency, fault, then the simulator's own answer
 * (authentication, routing, resources). The request is recorded before its response is written, so a
 * client that has its answer sees it logged.
 */
public final class SimHandler implements HttpHandler {

    /** Records a request with the status answered ({@code 0} when the connection was dropped). */
    @FunctionalInterface
    public interface Recorder {
        void record(SimRequest request, int status);
    }

    private final SimDialect dialect;
    private final FaultSwitch faults;
    private final Recorder recorder;
    private final Function<SimRequest, SimResponse> answer;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile long latencyMillis;

    public SimHandler(SimDialect dialect, FaultSwitch faults, Recorder recorder,
            Function<SimRequest, SimResponse> answer) {
        this.dialect = dialect;
        this.faults = faults;
        this.recorder = recorder;
        this.answer = answer;
    }

    public void setLatencyMillis(long millis) {
        latencyMillis = Math.max(0, millis);
    }

    /** Releases the requests waiting for their simulated latency (the simulator is closing). */
    public void release() {
        stopping.countDown();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SimRequest request = SimRequest.read(exchange, dialect);
            delay();
            Optional<Fault> fault = faults.check(request.method(), request.rawPath());
            if (fault.isPresent() && fault.get().dropsConnection()) {
                recorder.record(request, 0);
                return; // closing without headers drops the connection
            }
            if (fault.isPresent() && fault.get().losesAnswer()) {
                recorder.record(request, answer.apply(request).status());
                return; // served, then closed without headers: the client never learns the outcome
            }
            SimResponse response = fault.map(SimHandler::toResponse).orElseGet(() -> answer.apply(request));
            recorder.record(request, response.status());
            write(exchange, response);
        }
    }

    private void delay() {
        long millis = latencyMillis;
        if (millis > 0) {
            try {
                // Simulated server latency on the server thread; release() ends it at once.
                stopping.await(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static SimResponse toResponse(Fault fault) {
        return new SimResponse(fault.status(), fault.body(), fault.headers());
    }

    private void write(HttpExchange exchange, SimResponse response) throws IOException {
        for (Map.Entry<String, String> h : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(h.getKey(), h.getValue());
        }
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", dialect.contentType());
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
