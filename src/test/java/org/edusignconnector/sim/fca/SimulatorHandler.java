package org.edusignconnector.sim.fca;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The request pipeline: read, latency, fault, HTTP Basic (401), route (404), resource.
 * The request is recorded before its response is written, so a client that has its answer sees it logged.
 */
final class SimulatorHandler implements HttpHandler {

    private final BasicAuth auth;
    private final FcaData data;
    private final RequestLog log;
    private final java.util.concurrent.CountDownLatch stopping = new java.util.concurrent.CountDownLatch(1);
    private final FaultSwitch faults;
    private final ApiRouter router = new ApiRouter();
    private volatile long latencyMillis;

    SimulatorHandler(BasicAuth auth, FcaData data, RequestLog log, FaultSwitch faults) {
        this.auth = auth;
        this.data = data;
        this.log = log;
        this.faults = faults;
    }

    void setLatencyMillis(long millis) {
        latencyMillis = Math.max(0, millis);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SimRequest request = SimRequest.read(exchange);
            delay();
            Optional<Fault> fault = faults.check(request.method(), request.rawPath());
            if (fault.isPresent() && fault.get().dropsConnection()) {
                log.record(request, 0);
                return; // closing without headers drops the connection
            }
            if (fault.isPresent() && fault.get().losesAnswer()) {
                log.record(request, answer(request).status());
                return; // served, then closed without headers: the client never learns the outcome
            }
            SimResponse response = fault.map(SimulatorHandler::toResponse).orElseGet(() -> answer(request));
            log.record(request, response.status());
            write(exchange, response);
        }
    }

    private SimResponse answer(SimRequest request) {
        if (!auth.accepts(request.authorization())) {
            return BasicAuth.refusal();
        }
        try {
            Optional<ApiRouter.Route> route = router.route(request.method(), request.rawPath());
            if (route.isEmpty()) {
                return SimResponse.message(404, "Ressource inconnue");
            }
            return route.get().resource().answer(request, route.get().pathId(), data);
        } catch (ApiException e) {
            return e.toResponse();
        } catch (RuntimeException e) {
            e.printStackTrace();
            return SimResponse.message(500, "Erreur interne");
        }
    }

    /** Releases the requests waiting for their simulated latency (the simulator is closing). */
    void release() {
        stopping.countDown();
    }

    private void delay() {
        long millis = latencyMillis;
        if (millis > 0) {
            try {
                // Simulated server latency on the server thread; close() releases it at once.
                stopping.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static SimResponse toResponse(Fault fault) {
        return new SimResponse(fault.status(), fault.body(), fault.headers());
    }

    private static void write(HttpExchange exchange, SimResponse response) throws IOException {
        for (Map.Entry<String, String> h : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(h.getKey(), h.getValue());
        }
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
