package org.edusignconnector.sim.edusign;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Writes a {@link SimResponse}: all at once, or trickled one byte at a time until done or the simulator closes. */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void send(HttpExchange exchange, SimResponse response, CountDownLatch closed) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        response.headers().forEach(headers::set);
        if (response.millisPerByte() > 0) {
            trickle(exchange, response, closed);
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    /**
     * With the full Content-Length, so that a body cut short by close() ends in a length mismatch the client
     * sees as a broken answer, not as a complete short one.
     */
    private static void trickle(HttpExchange exchange, SimResponse response, CountDownLatch closed)
            throws IOException {
        exchange.sendResponseHeaders(response.status(), response.body().length);
        OutputStream out = exchange.getResponseBody();
        for (byte b : response.body()) {
            if (waitOrClosed(closed, response.millisPerByte())) {
                return;
            }
            out.write(b);
            out.flush();
        }
        out.close();
    }

    /** Waits {@code millis}; true when the simulator closed meanwhile. */
    private static boolean waitOrClosed(CountDownLatch closed, long millis) {
        try {
            return closed.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
