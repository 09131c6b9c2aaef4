package org.edusignconnector.sim.celcat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The request pipeline: read, latency, fault, APICode (401), route (404), timetable (404), resource.
 * The request is recorded before its response is written, so a client that has its answer sees it logged.
 */
final class SimulatorHandler implements HttpHandler {

    private static final String DENIED = "Authorization has been denied for this request.";

    private final String apiCode;
    private final Function<String, Optional<CelcatTimetable>> timetables;
    private final RequestLog log;
    private final java.util.concurrent.CountDownLatch stopping = new java.util.concurrent.CountDownLatch(1);
    private final FaultSwitch faults;
    private final ApiRouter router = new ApiRouter();
    private final CawsAuth caws = new CawsAuth();
    private volatile long latencyMillis;

    SimulatorHandler(String apiCode, Function<String, Optional<CelcatTimetable>> timetables,
            RequestLog log, FaultSwitch faults) {
        this.apiCode = apiCode;
        this.timetables = timetables;
        this.log = log;
        this.faults = faults;
    }

    CawsAuth caws() {
        return caws;
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
                return; // served, then the connection drops before the answer
            }
            SimResponse response = fault.map(SimulatorHandler::toResponse).orElseGet(() -> answer(request));
            log.record(request, response.status());
            write(exchange, response);
        }
    }

    private SimResponse answer(SimRequest request) {
        if (request.rawPath().startsWith(CawsAuth.PREFIX)) {
            return answerCaws(request);
        }
        if (apiCode != null && !apiCode.equals(request.apiCode())) {
            return SimResponse.message(401, DENIED);
        }
        return serve(request);
    }

    /** CAWS: its token endpoint, then only Registers and MarkDefinitions, with a bearer token instead of the APICode. */
    private SimResponse answerCaws(SimRequest request) {
        String path = request.rawPath().substring(CawsAuth.PREFIX.length());
        if (!caws.enabled()) {
            return SimResponse.empty(404);
        }
        if (path.equals("token")) {
            return caws.token(request);
        }
        if (!caws.authorized(request)) {
            return SimResponse.message(401, DENIED);
        }
        if (!path.equals("MarkDefinitions") && !path.startsWith("Registers")) {
            return SimResponse.empty(404);
        }
        return serve(request.withPath("/api/" + path));
    }

    private SimResponse serve(SimRequest request) {
        Optional<Resource> resource = router.route(request.method(), request.rawPath());
        Optional<CelcatTimetable> timetable = timetables.apply(request.timetableId());
        if (resource.isEmpty() || timetable.isEmpty()) {
            return SimResponse.empty(404);
        }
        try {
            return resource.get().answer(request, timetable.get());
        } catch (ApiException e) {
            return e.toResponse();
        } catch (RuntimeException e) {
            e.printStackTrace();
            return SimResponse.message(500, "An error has occurred.");
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
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
