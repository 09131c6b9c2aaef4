package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Handles one exchange: maintenance, auth, latency, slow-down, fault, routing, body checks, endpoint, recording.
 * The request is recorded before the answer is sent.
 */
final class RequestPipeline implements HttpHandler {

    /** Mutable knobs of the simulator. */
    static final class Settings {
        volatile FaultInjector faultInjector;
        volatile boolean maintenance;
        volatile long latencyMillis;
        final V3Idempotency v3Idempotency = new V3Idempotency();
        /** v3 batch upserts are in Edusign's HEAVY rate class (DOC-AUTH: 24 requests/min, then slowed down). */
        final SlowDown heavySlowDown = new SlowDown(24, 100);
    }

    private final Function<String, SchoolState> schools;
    private final Router router;
    private final RequestLog log;
    private final SlowDown slowDown;
    private final Settings settings;
    private final CountDownLatch closed;
    private final AtomicLong arrivals = new AtomicLong();

    RequestPipeline(Function<String, SchoolState> schools, Router router, RequestLog log, SlowDown slowDown,
                    Settings settings, CountDownLatch closed) {
        this.schools = schools;
        this.router = router;
        this.log = log;
        this.slowDown = slowDown;
        this.settings = settings;
        this.closed = closed;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long number = arrivals.incrementAndGet();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = Json.tryParse(bytes);
            String apiKey = bearer(exchange.getRequestHeaders().getFirst("Authorization"));
            SchoolState school = apiKey == null ? null : schools.apply(apiKey);
            SimResponse response;
            try {
                response = respond(number, method, path, query, exchange.getRequestHeaders(), bytes, body, school);
            } catch (RuntimeException e) {
                e.printStackTrace();
                response = SimResponse.plain(500, "Internal Server Error");
            }
            log.add(number, new RecordedRequest(school == null ? null : apiKey, method, path, query, body,
                    response.status(), response.envelopeStatus(), response.message()));
            ResponseWriter.send(exchange, response, closed);
        }
    }

    private SimResponse respond(long number, String method, String path, String query, Headers headers,
                                byte[] bytes, JsonNode body, SchoolState school) {
        if (settings.maintenance) {
            return SimResponse.plain(503, "Service Unavailable");
        }
        if (school == null) {
            return SimResponse.plain(401, "Unauthorized");
        }
        pause(settings.latencyMillis);
        pause(slowDown.delayMillis(school.apiKey()));
        if (V3Api.handles(path)) {
            pause(settings.heavySlowDown.delayMillis(school.apiKey()));
        }
        FaultInjector injector = settings.faultInjector;
        Optional<Fault> fault = injector == null ? Optional.empty() : injector.faultFor(school.apiKey(), method, path, number);
        if (fault.isPresent()) {
            Fault f = fault.get();
            if (f instanceof Fault.HttpError error) {
                return SimResponse.plain(error.status(), error.plainTextBody());
            } else if (f instanceof Fault.BusinessError error) {
                return SimResponse.error(error.message());
            } else if (f instanceof Fault.RetryAfter retry) {
                return SimResponse.retryAfter(retry.status(), retry.seconds());
            } else if (f instanceof Fault.SuccessWithoutResult empty) {
                return SimResponse.successWithoutResult(empty.resultNull());
            } else if (f instanceof Fault.Hang hang) {
                pause(hang.millis());
            }
        }
        Fault.V3ItemsRefused refusal = fault.isPresent() && fault.get() instanceof Fault.V3ItemsRefused r ? r : null;
        SimResponse answer = process(method, path, query, headers, bytes, body, school, refusal);
        if (fault.isPresent() && fault.get() instanceof Fault.AppliedThenLost lost) {
            return SimResponse.plain(lost.status(), SimResponse.reason(lost.status()));
        }
        if (fault.isPresent() && fault.get() instanceof Fault.Trickle trickle) {
            return answer.trickled(trickle.millisPerByte());
        }
        return answer;
    }

    private SimResponse process(String method, String path, String query, Headers headers, byte[] bytes,
                                JsonNode body, SchoolState school, Fault.V3ItemsRefused refusal) {
        if (V3Api.handles(path)) {
            try {
                checkBody(method, headers.getFirst("Content-Type"), bytes, body);
            } catch (EdusignError e) {
                return SimResponse.json(400, Json.object().put("code", "VALIDATION_ERROR").put("message", e.getMessage()), "error",
                        e.getMessage());
            }
            return V3Api.respond(method, path, body, school, settings.v3Idempotency, refusal);
        }
        List<String> segments = segments(path);
        Optional<Router.Match> match = segments == null ? Optional.empty() : router.match(method, segments);
        if (match.isEmpty()) {
            return SimResponse.plain(404, "Not Found");
        }
        try {
            checkBody(method, headers.getFirst("Content-Type"), bytes, body);
            ApiCall call = new ApiCall(method, match.get().params(), queryParams(query), body);
            return SimResponse.success(school.atomically(() -> match.get().endpoint().handle(call, school)));
        } catch (EdusignError e) {
            return SimResponse.error(e.getMessage());
        }
    }

    private static void checkBody(String method, String contentType, byte[] bytes, JsonNode body) {
        boolean bodyMethod = method.equals("POST") || method.equals("PATCH") || method.equals("PUT");
        if (!bodyMethod || bytes.length == 0) {
            return;
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).split(";")[0].trim()
                .equals("application/json")) {
            throw new EdusignError("Content-Type must be application/json");
        }
        if (body == null) {
            throw new EdusignError("Invalid JSON body");
        }
    }

    private void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            closed.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String key = authorization.substring("Bearer ".length()).trim();
        return key.isEmpty() ? null : key;
    }

    /** Decoded segments without the leading empty one; null when the path cannot be decoded. */
    static List<String> segments(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        List<String> segments = new ArrayList<>();
        try {
            for (String part : path.split("/", -1)) {
                segments.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return segments;
    }

    static Map<String, String> queryParams(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                params.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new EdusignError("Malformed query string");
            }
        }
        return params;
    }

}
