package org.edusignconnector.sim.common;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** A JDK HTTP server on 127.0.0.1 with one handler at {@code /} and a fixed pool of daemon threads. */
public final class SimServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server's separate header/body writes meet the client's delayed ACK:
        // ~40 ms per request. Read once per JVM by sun.net.httpserver.ServerConfig; set it unless chosen already.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private SimServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts on {@code port} (0 = a free port); threads are named {@code <threadPrefix>-1}, {@code -2}… */
    public static SimServer start(int port, int threads, String threadPrefix, HttpHandler handler)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(threads, daemonThreads(threadPrefix));
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        return new SimServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops at once: requests still being served are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
