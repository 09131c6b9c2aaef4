package org.edusignconnector.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.InstanceNotFoundException;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import org.edusignconnector.testing.RuntimeHarness;

/**
 * The real runtime (ConnectorMain on a configuration directory) in its own JVM, so that what is measured is the
 * runtime alone, not the simulators or the naive client of the benchmark's JVM. A sync is started through the
 * runtime's HTTP API; CPU time, heap and GC come from the runtime JVM's platform MXBeans over JMX, RSS from
 * {@code /proc/<pid>/status}.
 */
final class Measurement implements AutoCloseable {

    /** The admin token the benchmark gives its runtime process (the API refuses anonymous calls). */
    private static final String BENCHMARK_TOKEN = "benchmark-admin-token";


    /** What one run cost the runtime. */
    record Sample(JsonNode summary, long wallNanos, long cpuNanos, long gcMillis, long peakHeapBytes,
                  long peakAfterGcBytes, long heapAfterGcBytes, long peakRssKb, long rssKb) {
    }

    private final Process process;
    private final int httpPort;
    private final JMXConnector jmx;
    private final OperatingSystemMXBean os;
    private final MemoryMXBean memory;
    private final List<MemoryPoolMXBean> heapPools;
    private final List<GarbageCollectorMXBean> collectors;
    /** The most heap in use just after any collection since the last reset: what the runtime really held. */
    private final AtomicLong peakAfterGc = new AtomicLong();
    /** Collection notifications received, and the collections already done when listening began. */
    private final AtomicLong gcNotified = new AtomicLong();
    private final long collectionsBeforeListening;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private Measurement(Process process, int httpPort, JMXConnector jmx) throws IOException, MalformedObjectNameException {
        this.process = process;
        this.httpPort = httpPort;
        this.jmx = jmx;
        MBeanServerConnection mbeans = jmx.getMBeanServerConnection();
        os = ManagementFactory.newPlatformMXBeanProxy(mbeans, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
                OperatingSystemMXBean.class);
        memory = ManagementFactory.newPlatformMXBeanProxy(mbeans, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        heapPools = new ArrayList<>();
        for (ObjectName name : mbeans.queryNames(new ObjectName(ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
            MemoryPoolMXBean pool = ManagementFactory.newPlatformMXBeanProxy(mbeans, name.toString(), MemoryPoolMXBean.class);
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool);
            }
        }
        collectors = new ArrayList<>();
        Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        NotificationListener afterGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPoolNames.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                peakAfterGc.accumulateAndGet(used, Math::max);
                gcNotified.incrementAndGet();
            }
        };
        for (ObjectName name : mbeans.queryNames(new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
            collectors.add(ManagementFactory.newPlatformMXBeanProxy(mbeans, name.toString(), GarbageCollectorMXBean.class));
            try {
                mbeans.addNotificationListener(name, afterGc, null, null);
            } catch (InstanceNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        collectionsBeforeListening = gcCount();
    }

    /**
     * Starts ConnectorMain on the harness's configuration directory (its properties written there first), with
     * the given JVM heap limit and environment (the tenant's secrets); waits until its HTTP API answers.
     */
    static Measurement start(RuntimeHarness config, String xmx, Map<String, String> env) {
        try {
            config.writeConfiguration();
            int jmxPort = RuntimeHarness.freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + xmx, "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                    "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort, "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                    "-Djava.rmi.server.hostname=127.0.0.1", "-Dcom.sun.management.jmxremote.authenticate=false",
                    "-Dcom.sun.management.jmxremote.ssl=false", "-cp", classpath(),
                    "org.edusignconnector.runtime.ConnectorMain", "--config-dir", config.configDir().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(config.configDir().resolve("runtime.log").toFile());
            builder.environment().putAll(env);
            builder.environment().put("CONNECTOR_ADMIN_TOKEN", BENCHMARK_TOKEN);
            builder.environment().putIfAbsent("ACME_WEBHOOK_SECRET", "benchmark-webhook-secret");
            Process process = builder.start();
            int port = config.httpPort();
            try {
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2)).pollInterval(java.time.Duration.ofMillis(200))
                        .until(() -> {
                            if (!process.isAlive()) {
                                throw new IllegalStateException("the runtime process ended");
                            }
                            return answers(port);
                        });
            } catch (RuntimeException notStarted) {
                process.destroyForcibly();
                throw new IllegalStateException("the runtime did not start; see " + config.configDir().resolve("runtime.log"), notStarted);
            }
            JMXConnector jmx = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
            return new Measurement(process, port, jmx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One sync of the tenant ({@code direction} down or up), measured: the heap is collected and its peaks reset
     * and the RSS high-water mark cleared before; after, the peaks are read, then the heap is collected again to
     * read what the run left behind.
     */
    Sample sync(String tenant, String direction) {
        try {
            memory.gc();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            peakAfterGc.set(memory.getHeapMemoryUsage().getUsed());
            clearRssPeak();
            long cpu0 = os.getProcessCpuTime();
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            JsonNode summary = runToItsEnd(tenant, direction);
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            long gc = gcMillis() - gc0;
            long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            Map<String, Long> status = procStatus();
            awaitGcNotifications();
            long peakLive = peakAfterGc.get();
            memory.gc();
            long after = memory.getHeapMemoryUsage().getUsed();
            return new Sample(summary, wall, cpu, gc, peak, peakLive, after, status.getOrDefault("VmHWM", -1L), status.getOrDefault("VmRSS", -1L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts the run without holding the request open ({@code sync?wait=false}: a first sync of a big school outlives
     * what an HTTP request is kept open for) and polls its Location until it ended; answers its summary.
     */
    JsonNode runToItsEnd(String tenant, String direction) throws IOException, InterruptedException {
        URI location = startRun(tenant, direction);
        java.util.concurrent.atomic.AtomicReference<JsonNode> ended = new java.util.concurrent.atomic.AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofHours(2)).pollDelay(java.time.Duration.ZERO)
                .pollInterval(java.time.Duration.ofMillis(250)).until(() -> {
                    JsonNode state = runState(location);
                    ended.set(state);
                    return ended(state);
                });
        return ended.get();
    }

    /** {@code POST .../sync?wait=false}: the Location of the run to poll. */
    URI startRun(String tenant, String direction) throws IOException, InterruptedException {
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/api/tenants/" + tenant + "/sync?wait=false&direction=" + direction))
                .header("Authorization", "Bearer " + BENCHMARK_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("sync " + direction + " answered " + accepted.statusCode() + ": " + accepted.body());
        }
        return URI.create("http://127.0.0.1:" + httpPort + accepted.headers().firstValue("Location").orElseThrow());
    }

    /** The run at {@code location} as the API shows it now. */
    JsonNode runState(URI location) throws IOException, InterruptedException {
        HttpResponse<String> poll = http.send(HttpRequest.newBuilder(location).header("Authorization", "Bearer " + BENCHMARK_TOKEN)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (poll.statusCode() != 200) {
            throw new IllegalStateException("run " + location + " answered " + poll.statusCode() + ": " + poll.body());
        }
        JsonNode state = json.readTree(poll.body());
        if (state.path("status").asText().equals("REFUSED")) {
            throw new IllegalStateException("run " + location + " refused: " + state.path("message").asText());
        }
        return state;
    }

    static boolean ended(JsonNode state) {
        String status = state.path("status").asText();
        return status.equals("COMPLETED") || status.equals("FAILED");
    }

    /** CPU time of the runtime process so far. */
    long cpuNanos() {
        return os.getProcessCpuTime();
    }

    /** The runtime's heap in use right after a full collection. */
    long heapAfterGc() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The last collections' notifications travel over JMX after the collections are counted: wait for them. */
    private void awaitGcNotifications() {
        long collections = gcCount() - collectionsBeforeListening;
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(50))
                    .until(() -> gcNotified.get() >= collections);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.printf("[benchmark] %d of %d collections notified; the after-GC peak may miss the last%n",
                    gcNotified.get(), collections);
        }
    }

    private long gcCount() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private long gcMillis() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Writing 5 to clear_refs resets the process's peak RSS (VmHWM) to its current RSS (Linux). */
    private void clearRssPeak() {
        try {
            Files.writeString(Path.of("/proc/" + process.pid() + "/clear_refs"), "5");
        } catch (IOException e) {
            // not Linux, or not allowed: VmHWM is then the peak since the runtime started
        }
    }

    /** VmHWM and VmRSS in kB from /proc/<pid>/status; empty when unavailable. */
    private Map<String, Long> procStatus() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:") || l.startsWith("VmRSS:"))
                    .collect(Collectors.toMap(l -> l.substring(0, l.indexOf(':')),
                            l -> Long.parseLong(l.replaceAll("[^0-9]", ""))));
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static boolean answers(int port) {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/tenants/none/events")).build(), HttpResponse.BodyHandlers.discarding());
            // 401 is the API's own access check: its routes are up (a bare 404 is the HTTP server before them).
            return r.statusCode() == 401;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The test classpath: exec:java runs the benchmark in a class loader of its own, not on java.class.path. */
    private static String classpath() {
        if (Measurement.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    @Override
    public void close() {
        try {
            jmx.close();
        } catch (IOException ignored) {
            // the runtime is stopped anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
