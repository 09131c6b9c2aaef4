package org.edusignconnector.benchmark;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.testing.RuntimeHarness;

/**
 * The multi-tenant wave: {@code tenants} Celcat tenants of about {@code courses} courses each, each with its own
 * Edusign school, all fired at once ({@code sync?wait=false}) on one runtime, as a midday slot would. Measures the
 * wave's wall time, the runtime's CPU, its heap after GC once the wave is over, and on PostgreSQL the peak number
 * of the runtime's database connections (its JDBC URL carries an application name counted in pg_stat_activity; an
 * H2 runtime's connections are inside its process, bounded by connector.db.pool-size).
 */
final class Wave {

    /** The target: the whole wave within 30 minutes on this machine. */
    static final double TARGET_MINUTES = 30;
    private static final String API_CODE = "wave-celcat-code";
    private static final String APPLICATION_NAME = "connector-wave";

    record Result(String database, int tenants, int courses, double wallSeconds, double cpuSeconds, long heapAfterGcBytes,
                  int peakConnections, Map<String, Integer> statuses) {
    }

    private final int tenants;
    private final int courses;
    private final int rate;
    private final long latency;
    private final String xmx;
    private final Instant now;
    private final LocalDate today;

    Wave(int tenants, int courses, int rate, long latency, String xmx, Instant now, LocalDate today) {
        this.tenants = tenants;
        this.courses = courses;
        this.rate = rate;
        this.latency = latency;
        this.xmx = xmx;
        this.now = now;
        this.today = today;
    }

    Result run(boolean postgresql) throws Exception {
        TimetableGenerator.Shape shape = new TimetableGenerator.Shape(courses, 25, Math.max(1, courses / 25), Math.max(1, courses / 5), 14);
        try (EdusignSimulator edusign = EdusignSimulator.start(0);
             CelcatSimulator celcat = CelcatSimulator.start(0, API_CODE)) {
            edusign.setLatencyMillis(latency);
            edusign.setSlowDown(rate, 100);
            celcat.setLatencyMillis(latency);
            RuntimeHarness config = postgresql ? RuntimeHarness.createOnPostgresql() : RuntimeHarness.create();
            config.property("bench.edusign.url", edusign.baseUrl()).property("bench.celcat.url", celcat.baseUrl())
                    .property("connector.edusign.rate-per-minute", String.valueOf(rate)).clock(now.toString());
            if (postgresql) {
                config.property("connector.db.url", config.databaseUrl() + "&ApplicationName=" + APPLICATION_NAME);
            }
            Map<String, String> env = new HashMap<>();
            for (int i = 1; i <= tenants; i++) {
                String key = "wave-key-" + i;
                edusign.addSchool(key);
                TimetableGenerator.populate(celcat.timetable(String.valueOf(i)), shape, today);
                env.put("WAVE_" + i + "_EDUSIGN_API_KEY", key);
                config.tenantYaml("w" + i + ".yaml", tenantYaml(i));
            }
            env.put("WAVE_CELCAT_API_CODE", API_CODE);
            System.out.printf("[wave] %d tenants x %d courses on %s ...%n", tenants, courses, postgresql ? "PostgreSQL" : "H2");
            try (Measurement runtime = Measurement.start(config, xmx, env)) {
                return fire(runtime, config, postgresql);
            }
        }
    }

    private Result fire(Measurement runtime, RuntimeHarness config, boolean postgresql) throws Exception {
        int peakConnections;
        double wall;
        double cpu;
        Map<String, Integer> statuses = new LinkedHashMap<>();
        try (ConnectionWatch watch = postgresql ? new ConnectionWatch(config) : null) {
            long cpu0 = runtime.cpuNanos();
            long t0 = System.nanoTime();
            Map<String, URI> runs = new LinkedHashMap<>();
            for (int i = 1; i <= tenants; i++) {
                runs.put("w" + i, runtime.startRun("w" + i, "down"));
            }
            List<URI> pending = new ArrayList<>(runs.values());
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofHours(2)).pollInterval(java.time.Duration.ofSeconds(1)).until(() -> {
                for (var it = pending.iterator(); it.hasNext(); ) {
                    JsonNode state = runtime.runState(it.next());
                    if (Measurement.ended(state)) {
                        statuses.merge(state.path("status").asText(), 1, Integer::sum);
                        it.remove();
                    }
                }
                return pending.isEmpty();
            });
            wall = (System.nanoTime() - t0) / 1e9;
            cpu = (runtime.cpuNanos() - cpu0) / 1e9;
            peakConnections = watch == null ? -1 : watch.peak.get();
        }
        return new Result(postgresql ? "PostgreSQL" : "H2", tenants, courses, wall, cpu, runtime.heapAfterGc(),
                peakConnections, statuses);
    }

    /** Samples the runtime's PostgreSQL connections every 100 ms, on a connection of its own, until closed. */
    private static final class ConnectionWatch implements AutoCloseable {

        private final AtomicInteger peak = new AtomicInteger();
        private final Connection connection;
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wave-connections");
            t.setDaemon(true);
            return t;
        });

        ConnectionWatch(RuntimeHarness config) throws SQLException {
            connection = DriverManager.getConnection(config.databaseUrl().replaceFirst("\\?.*$", ""), "postgres", "");
            sampler.scheduleWithFixedDelay(this::sample, 0, 100, TimeUnit.MILLISECONDS);
        }

        private void sample() {
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + APPLICATION_NAME + "'")) {
                rs.next();
                peak.accumulateAndGet(rs.getInt(1), Math::max);
            } catch (SQLException e) {
                System.out.println("[wave] connection count unavailable: " + e.getMessage());
                sampler.shutdown();
            }
        }

        @Override
        public void close() throws Exception {
            sampler.shutdown();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
            connection.close();
        }
    }

    private static String tenantYaml(int i) {
        return """
                - templatedRoute:
                    routeTemplateRef: celcat-to-edusign
                    routeId: w%1$d
                    parameters:
                      - name: tenant
                        value: w%1$d
                      - name: edusignUrl
                        value: "{{bench.edusign.url}}"
                      - name: edusignApiKeyEnv
                        value: WAVE_%1$d_EDUSIGN_API_KEY
                      - name: celcatUrl
                        value: "{{bench.celcat.url}}"
                      - name: celcatApiCodeEnv
                        value: WAVE_CELCAT_API_CODE
                      - name: timetables
                        value: "%1$d"
                      - name: userNameFormat
                        value: LAST_COMMA_FIRST
                """.formatted(i);
    }
}
