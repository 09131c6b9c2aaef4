package org.edusignconnector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every outbound call ends: through the real runtime's gateway and http-call route, a server that
 * trickles its answer a byte at a time (which never trips the per-read timeout) is cut at the call's
 * total deadline, and the call fails as a timeout — redelivered for a GET, never re-sent for a POST;
 * an answer above the size limit is refused and not asked again, whether its size was announced or not.
 */
class CallLimitsTest {

    private static final int LIMIT = 1024;
    private static HttpServer server;
    private static RuntimeHarness runtime;
    private static final AtomicInteger hits = new AtomicInteger();
    private static final AtomicInteger cut = new AtomicInteger();
    private static final ScheduledExecutorService TRICKLE = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trickle");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/trickle", CallLimitsTest::trickle);
        server.createContext("/announced", e -> answer(e, LIMIT + 1, true));
        server.createContext("/unannounced", e -> answer(e, LIMIT + 1, false));
        server.createContext("/fits", e -> answer(e, LIMIT, true));
        server.start();
        runtime = RuntimeHarness.create().property("connector.http.call-deadline-ms", "1500")
                .property("connector.http.max-answer-bytes", String.valueOf(LIMIT))
                .property("connector.http.max-redeliveries", "1").start();
    }

    @AfterAll
    static void stop() {
        runtime.close();
        server.stop(0);
    }

    @BeforeEach
    void reset() {
        hits.set(0);
        cut.set(0);
    }

    @Test
    void aTricklingAnswerIsCutAtTheDeadlineAndAGetIsAskedAgain() {
        assertThatThrownBy(() -> gateway().execute(HttpCall.get("celcat", "acme", url("/trickle?who=a@b.c"), Map.of())))
                .isInstanceOf(RetryableHttpException.class)
                .hasMessageContaining("GET " + url("/trickle") + " did not complete within its deadline of 1500 ms")
                .hasMessageNotContaining("a@b.c");
        assertThat(hits.get()).as("the GET was redelivered once, like a timeout").isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(cut.get()).as("both answers cut by the client").isEqualTo(2));
    }

    @Test
    void aTricklingAnswerToAPostIsNotSentAgain() {
        HttpCall post = new HttpCall("fca", "acme", "POST", url("/trickle"), Map.of(), "{}", null);
        assertThatThrownBy(() -> gateway().execute(post)).isInstanceOf(RetryableHttpException.class)
                .hasMessageContaining("deadline of 1500 ms");
        assertThat(hits.get()).isEqualTo(1);
    }

    @Test
    void anAnswerAnnouncedAboveTheLimitIsRefused() {
        assertThatThrownBy(() -> gateway().execute(HttpCall.get("edusign", "acme", url("/announced"), Map.of())))
                .isInstanceOf(AnswerTooLargeException.class)
                .hasMessageContaining("GET " + url("/announced")).hasMessageContaining("max-answer-bytes (1024 bytes)");
        assertThat(hits.get()).as("not asked again").isEqualTo(1);
    }

    @Test
    void anAnswerGrowingAboveTheLimitIsRefused() {
        assertThatThrownBy(() -> gateway().execute(HttpCall.get("celcat", "acme", url("/unannounced"), Map.of())))
                .isInstanceOf(AnswerTooLargeException.class).hasMessageContaining("GET " + url("/unannounced"));
        assertThat(hits.get()).isEqualTo(1);
    }

    @Test
    void anAnswerAtTheLimitIsRead() {
        HttpReply reply = gateway().execute(HttpCall.get("celcat", "acme", url("/fits"), Map.of()));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).hasSize(LIMIT);
    }

    private static HttpGateway gateway() {
        return runtime.context().getRegistry().lookupByNameAndType("httpGateway", HttpGateway.class);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /**
     * One byte every 100 ms for up to a minute, far past the deadline, until the client hangs up: written by a scheduler,
     * so the server's handler thread returns at once.
     */
    private static void trickle(HttpExchange exchange) throws IOException {
        hits.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<ScheduledFuture<?>> task = new CompletableFuture<>();
        task.complete(TRICKLE.scheduleAtFixedRate(() -> {
            try {
                out.write('[');
                out.flush();
                if (sent.incrementAndGet() < 600) {
                    return;
                }
            } catch (IOException hungUp) {
                cut.incrementAndGet();
            }
            task.join().cancel(false);
            exchange.close();
        }, 0, 100, TimeUnit.MILLISECONDS));
    }

    private static void answer(HttpExchange exchange, int size, boolean announced) throws IOException {
        hits.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(200, announced ? size : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("x".repeat(size).getBytes());
        } catch (IOException hungUp) {
            // the client refused the rest
        }
    }
}
