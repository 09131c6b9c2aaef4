package org.edusignconnector.cluster;

import org.edusignconnector.edusign.ApiIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.celcat.DemoTimetables;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two runtime processes on one PostgreSQL database, with the same configuration and a tenant whose
 * cron fires every {@value #PERIOD_SECONDS} s (and sends attendance back): each fire runs on one
 * instance only, on-demand syncs asked of both at once never run together (one answers 409), and
 * when the instance running a sync is killed (kill -9) in the middle of its Edusign writes, the
 * other takes the tenant over: Quartz fires the interrupted job again there (recoverable job) once
 * the dead instance's run lease has expired — without a duplicate on Edusign and with each register
 * written once.
 * The simulators run in this JVM; the processes reach them on loopback. It also measures a run's
 * time and CPU (printed, quoted in docs/clustering.md, "Sizing").
 */
class ClusteredInstancesTest {

    private static final int PERIOD_SECONDS = 3;
    private static final String KEY = "key-cluster";
    private static final String API_CODE = "code-cluster";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String TENANT = """
            - templatedRoute:
                routeTemplateRef: celcat-to-edusign
                routeId: acme
                parameters:
                  - name: tenant
                    value: acme
                  - name: edusignUrl
                    value: "{{test.edusign.url}}"
                  - name: edusignApiKeyEnv
                    value: ACME_EDUSIGN_API_KEY
                  - name: celcatUrl
                    value: "{{test.celcat.url}}"
                  - name: celcatApiCodeEnv
                    value: ACME_CELCAT_API_CODE
                  - name: userNameFormat
                    value: LAST_COMMA_FIRST
                  - name: sendAttendance
                    value: "true"
                  - name: cron
                    value: "0/%d * * * * ?"
            """.formatted(PERIOD_SECONDS);

    @Test
    @Timeout(value = 115, unit = TimeUnit.SECONDS)
    void eachFireRunsOnceAndTheSurvivorTakesOverWithoutDuplicates() throws Exception {
        long testStart = System.nanoTime();
        try (EdusignSimulator edusign = EdusignSimulator.start(0);
             CelcatSimulator celcat = CelcatSimulator.start(0, API_CODE);
             RuntimeHarness config = RuntimeHarness.createOnPostgresql();
             Instances instances = new Instances()) {
            edusign.addSchool(KEY);
            LocalDate tomorrow = LocalDate.now(SyncWindow.PARIS).plusDays(1);
            DemoTimetables.populate(celcat.timetable("1"), tomorrow, 14);
            config.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .property("connector.schedule.enabled", "true")
                    .property("connector.cluster.checkin-interval-ms", "1000")
                    .property("connector.cluster.misfire-threshold-ms", "1000")
                    .property("connector.run-lock.lease-seconds", "3")
                    .tenantYaml("acme.yaml", TENANT).writeConfiguration();
            Runs runs = new Runs(config);

            // Both instances, same configuration directory and database; only their HTTP ports differ.
            Instance a = instances.start(config.configDir(), "a");
            Instance b = instances.start(config.configDir(), "b");
            await().atMost(Duration.ofSeconds(45)).until(() -> a.answers() && b.answers());
            System.out.printf("[cluster] both instances answer %.1f s after the test started%n", (System.nanoTime() - testStart) / 1e9);

            // 1. Scheduled fires: the first one creates the school on Edusign, later ones find it unchanged.
            await().atMost(Duration.ofSeconds(30)).until(() -> runs.completedScheduled("down").size() >= 1);
            ObjectNode[] locked = lockTwoSheets(edusign);
            await().atMost(Duration.ofSeconds(30)).until(() -> celcat.timetable("1").registerWrites().size() >= 2);
            int before = runs.completedScheduled("up").size();
            await().atMost(Duration.ofSeconds(30)).until(() -> runs.completedScheduled("up").size() > before);

            // 2. On demand, the same tenant asked of both instances at once: one runs it, the other answers 409.
            int refusedPairs = 0;
            for (int attempt = 0; attempt < 6 && refusedPairs < 2; attempt++) {
                int upRuns = runs.completedScheduled("up").size();
                await().atMost(Duration.ofSeconds(15)).until(() -> runs.completedScheduled("up").size() > upRuns);
                celcat.setLatencyMillis(150); // a run of about a second: both requests certainly overlap
                try {
                    CompletableFuture<HttpResponse<String>> toA = a.sync();
                    CompletableFuture<HttpResponse<String>> toB = b.sync();
                    List<HttpResponse<String>> answers = List.of(toA.get(30, TimeUnit.SECONDS), toB.get(30, TimeUnit.SECONDS));
                    assertThat(answers).extracting(HttpResponse::statusCode).allMatch(s -> s == 200 || s == 409)
                            .as("never two runs at once").filteredOn(s -> s == 200).hasSizeLessThanOrEqualTo(1);
                    if (answers.stream().anyMatch(r -> r.statusCode() == 200)) {
                        HttpResponse<String> refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
                        assertThat(refused.body()).contains("tenant 'acme' is already running").contains("try again when it has finished");
                        refusedPairs++;
                    }
                } finally {
                    celcat.setLatencyMillis(0);
                }
            }
            assertThat(refusedPairs).as("pairs of simultaneous on-demand syncs answered 200 + 409").isEqualTo(2);

            // 3. Three new courses; the instance running the sync that writes them is killed during its first POST.
            for (int i = 1; i <= 3; i++) {
                celcat.timetable("1").addEvent(CelcatEvent.builder(newEventId(i)).start(tomorrow.plusDays(i).atTime(17, 0))
                        .end(tomorrow.plusDays(i).atTime(18, 0)).name("Soutien " + i).category("TD").department("D : SCIENCES")
                        .sites("CAMPUS NORD").staff(501).groups(77).rooms(12).build());
            }
            AtomicBoolean armed = new AtomicBoolean(true);
            CountDownLatch postInFlight = new CountDownLatch(1);
            edusign.setFaultInjector((method, path, n) -> {
                if (armed.get() && method.equals("POST") && path.equals("/v1/course")) {
                    postInFlight.countDown();
                    return Optional.of(new Fault.Hang(1500)); // applied by Edusign after the instance died
                }
                return Optional.empty();
            });
            assertThat(postInFlight.await(20, TimeUnit.SECONDS)).isTrue();
            Run victimRun = await().atMost(Duration.ofSeconds(5)).until(() -> runs.running("down"), Optional::isPresent).orElseThrow();
            assertThat(victimRun.trigger()).isEqualTo("schedule");
            Instance victim = instances.byId(victimRun.instanceId());
            Instance survivor = victim == a ? b : a;
            victim.process().destroyForcibly();
            assertThat(victim.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            Instant killedAt = Instant.now();
            double killedAtSeconds = (System.nanoTime() - testStart) / 1e9;
            armed.set(false);
            System.out.printf("[cluster] killed instance %s (pid %d) during run %s%n", victim.name(), victim.pid(), victimRun.runId());

            // 4. The survivor runs the interrupted fire again (same fire time) once the dead lease expired, and goes on firing.
            Run recovered = await().atMost(Duration.ofSeconds(40)).until(() -> runs.completedScheduled("down").stream()
                    .filter(r -> r.scheduledAt().equals(victimRun.scheduledAt())).findFirst(), Optional::isPresent).orElseThrow();
            assertThat(recovered.instanceId()).isEqualTo(survivor.id());
            Instant takeover = recovered.startedAt();
            ObjectNode third = course(edusign, newEventId(1));
            edusign.school(KEY).lockCourse(third.get("ID").asText(), List.of(), List.of(true));
            await().atMost(Duration.ofSeconds(20)).until(() -> celcat.timetable("1").registerWrites().size() >= 3);

            // Steady state on the survivor: time and CPU of unchanged runs (down + up per fire).
            int fires = 3;
            int doneBefore = runs.completedScheduled("up").size();
            await().atMost(Duration.ofSeconds(15)).until(() -> runs.completedScheduled("up").size() > doneBefore);
            Duration cpu0 = survivor.cpu();
            int from = runs.completedScheduled("up").size();
            long wall0 = System.nanoTime();
            await().atMost(Duration.ofSeconds(25)).until(() -> runs.completedScheduled("up").size() >= from + fires);
            Duration cpu1 = survivor.cpu();
            double wallSeconds = (System.nanoTime() - wall0) / 1e9;

            // --- Each fire ran once: one completed down and one completed up run per fire time, whichever
            // instance ran it; the only other row is the run the killed instance abandoned, of the fire it recovered.
            List<Run> all = runs.all();
            assertThat(all).filteredOn(r -> "schedule".equals(r.trigger())).allMatch(r -> r.scheduledAt() != null);
            Map<String, List<Run>> perFire = all.stream().filter(r -> "schedule".equals(r.trigger()))
                    .collect(Collectors.groupingBy(r -> r.scheduledAt() + " " + r.direction()));
            assertThat(perFire).isNotEmpty().allSatisfy((fire, rows) -> {
                assertThat(rows).as(fire).filteredOn(r -> "COMPLETED".equals(r.status())).hasSize(1);
                assertThat(rows).as(fire).filteredOn(r -> !"COMPLETED".equals(r.status()))
                        .allMatch(r -> r.runId().equals(victimRun.runId()));
            });

            // --- Never two runs of the tenant at once, across both instances (a run's start is read just before it claims the tenant).
            List<Run> closed = all.stream().filter(r -> r.endedAt() != null).sorted(Comparator.comparing(Run::startedAt)).toList();
            for (int i = 1; i < closed.size(); i++) {
                assertThat(closed.get(i).startedAt()).as("%s starts after %s ended", closed.get(i), closed.get(i - 1))
                        .isAfterOrEqualTo(closed.get(i - 1).endedAt().minusMillis(50));
            }

            // --- The killed run is closed as abandoned by the survivor, which ran every fire since.
            Run killed = runs.byId(victimRun.runId());
            assertThat(killed.status()).isEqualTo("FAILED");
            assertThat(killed.message()).contains("abandoned").contains(victim.id()).contains(survivor.id());
            assertThat(all).filteredOn(r -> r.startedAt().isAfter(killedAt)).isNotEmpty()
                    .allMatch(r -> r.instanceId().equals(survivor.id()));

            // --- Zero duplicates on Edusign: the course in flight at the kill was found again (get-id), not re-created.
            List<ObjectNode> courses = edusign.school(KEY).courses();
            assertThat(courses).extracting(c -> c.get("API_ID").asText()).doesNotHaveDuplicates();
            for (int i = 1; i <= 3; i++) {
                String apiId = ApiIds.of("celcat", "acme", "course", "tt1/" + newEventId(i));
                assertThat(courses).filteredOn(c -> apiId.equals(c.get("API_ID").asText())).as(apiId).hasSize(1);
            }
            assertThat(edusign.school(KEY).students()).extracting(s -> s.path("EMAIL").asText()).filteredOn(e -> !e.isBlank())
                    .isNotEmpty().doesNotHaveDuplicates();
            assertThat(edusign.school(KEY).professors()).extracting(p -> p.path("EMAIL").asText()).filteredOn(e -> !e.isBlank())
                    .isNotEmpty().doesNotHaveDuplicates();

            // --- Attendance written back once per locked sheet, whichever instance sent it.
            List<String> registerWrites = celcat.timetable("1").registerWrites();
            assertThat(registerWrites).hasSize(3).doesNotHaveDuplicates()
                    .contains(sourceEventId(locked[0], celcat), sourceEventId(locked[1], celcat), newEventId(1));

            // --- Measures for the sizing note of docs/clustering.md.
            Run first = all.stream().filter(r -> "down".equals(r.direction()) && "COMPLETED".equals(r.status()))
                    .min(Comparator.comparing(Run::startedAt)).orElseThrow();
            List<Run> steady = all.stream().filter(r -> "schedule".equals(r.trigger()) && "COMPLETED".equals(r.status())
                    && r.startedAt().isAfter(takeover)).toList();
            System.out.printf("[cluster] %d courses in the window, %d learners, %d instructors; fires run: %d; runs per instance: %s%n",
                    courses.size(), edusign.school(KEY).students().size(), edusign.school(KEY).professors().size(), perFire.size(),
                    all.stream().collect(Collectors.groupingBy(Run::instanceId, Collectors.counting())));
            System.out.printf("[cluster] first run (creates the school): %d ms%n", first.millis());
            System.out.printf("[cluster] unchanged runs: down %s ms, up %s ms (median)%n",
                    median(steady, "down"), median(steady, "up"));
            System.out.printf("[cluster] survivor CPU over %d fires (down + up each) in %.1f s: %d ms, %.0f ms per fire"
                            + " (idle work included: Quartz check-ins, lease renewals)%n",
                    fires, wallSeconds, cpu1.minus(cpu0).toMillis(), cpu1.minus(cpu0).toMillis() / (double) fires);
            System.out.printf("[cluster] kill at +%.1f s; the interrupted fire ran again on the survivor %d ms after the kill%n",
                    killedAtSeconds, Duration.between(killedAt, takeover).toMillis());
            System.out.printf("[cluster] whole test %.1f s%n", (System.nanoTime() - testStart) / 1e9);
        }
    }

    private static ObjectNode[] lockTwoSheets(EdusignSimulator edusign) {
        List<ObjectNode> sheets = edusign.school(KEY).courses().stream()
                .sorted(Comparator.comparing(c -> c.get("API_ID").asText())).limit(2).toList();
        assertThat(sheets).hasSize(2);
        for (ObjectNode sheet : sheets) {
            edusign.school(KEY).lockCourse(sheet.get("ID").asText(), List.of(), List.of(true));
        }
        return sheets.toArray(ObjectNode[]::new);
    }

    private static ObjectNode course(EdusignSimulator edusign, String eventId) {
        return edusign.school(KEY).courses().stream()
                .filter(c -> c.get("API_ID").asText().equals(ApiIds.of("celcat", "acme", "course", "tt1/" + eventId))).findFirst().orElseThrow();
    }

    /** A course added during the test, with a WebAPI composite id (event number and week) so that it has a register. */
    private static String newEventId(int i) {
        return "-1347128091:-662573064:1:17000" + i + ":30";
    }

    /** The Celcat event of a sheet this connector created (the one whose API_ID the sheet carries). */
    private static String sourceEventId(ObjectNode sheet, CelcatSimulator celcat) {
        String apiId = sheet.get("API_ID").asText();
        return celcat.timetable("1").events().stream().map(e -> e.id())
                .filter(id -> ApiIds.of("celcat", "acme", "course", "tt1/" + id).equals(apiId)).findFirst().orElseThrow();
    }

    private static String median(List<Run> runs, String direction) {
        List<Long> ms = runs.stream().filter(r -> direction.equals(r.direction())).map(Run::millis).sorted().toList();
        return ms.isEmpty() ? "-" : ms.get(ms.size() / 2) + " (of " + ms.size() + ")";
    }

    /** One row of sync_run. */
    record Run(String runId, String direction, String trigger, Instant startedAt, Instant endedAt, String status, String message,
               String instanceId, Instant scheduledAt) {
        long millis() {
            return Duration.between(startedAt, endedAt).toMillis();
        }
    }

    /** The sync_run rows of tenant acme, read with the test's own connections. */
    private record Runs(RuntimeHarness config) {

        List<Run> all() throws Exception {
            try (Connection c = config.database().connect();
                 PreparedStatement ps = c.prepareStatement("SELECT run_id, direction, trigger_name, started_at, ended_at, status, message,"
                         + " instance_id, scheduled_at FROM sync_run WHERE tenant = 'acme' ORDER BY started_at")) {
                List<Run> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Run(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5), rs.getString(6),
                                rs.getString(7), rs.getString(8), instant(rs, 9)));
                    }
                }
                return out;
            }
        }

        List<Run> completedScheduled(String direction) throws Exception {
            return all().stream().filter(r -> "schedule".equals(r.trigger()) && direction.equals(r.direction())
                    && "COMPLETED".equals(r.status())).toList();
        }

        Optional<Run> running(String direction) throws Exception {
            return all().stream().filter(r -> "RUNNING".equals(r.status()) && direction.equals(r.direction())).findFirst();
        }

        Run byId(String runId) throws Exception {
            return all().stream().filter(r -> r.runId().equals(runId)).findFirst().orElseThrow();
        }

        private static Instant instant(ResultSet rs, int column) throws Exception {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
    }

    /** A runtime process: ConnectorMain in its own JVM on the shared configuration directory. */
    record Instance(String name, Process process, int port) {

        long pid() {
            return process.pid();
        }

        /** Its instance id as written in sync_run (host name:pid, the default). */
        String id() {
            return host() + ":" + pid();
        }

        private static String host() {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "localhost";
            }
        }

        boolean answers() {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tenants/acme/events?size=1"))
                        .header("Authorization", "Bearer " + org.edusignconnector.testing.RuntimeHarness.ADMIN_TOKEN).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        }

        CompletableFuture<HttpResponse<String>> sync() {
            return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tenants/acme/sync"))
                    .header("Authorization", "Bearer " + org.edusignconnector.testing.RuntimeHarness.ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        Duration cpu() {
            return process.info().totalCpuDuration().orElseThrow();
        }
    }

    /** The processes of the test, killed at the end whatever happened. */
    private static final class Instances implements AutoCloseable {
        private final List<Instance> started = new ArrayList<>();

        Instance start(Path configDir, String name) throws Exception {
            int[] ports = RuntimeHarness.freePorts(2);
            int port = ports[0];
            ProcessBuilder pb = new ProcessBuilder(RuntimeHarness.javaCommand(
                    List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dcamel.server.port=" + port,
                            "-Dcamel.management.port=" + ports[1]),
                    "--config-dir", configDir.toString()))
                    .redirectErrorStream(true).redirectOutput(new File(configDir.toFile(), "instance-" + name + ".log"));
            pb.environment().put("ACME_EDUSIGN_API_KEY", KEY);
            pb.environment().put("ACME_CELCAT_API_CODE", API_CODE);
            pb.environment().put("ACME_WEBHOOK_SECRET", "cluster-webhook-secret");
            pb.environment().put("CONNECTOR_ADMIN_TOKEN", org.edusignconnector.testing.RuntimeHarness.ADMIN_TOKEN);
            Instance instance = new Instance(name, pb.start(), port);
            started.add(instance);
            return instance;
        }

        Instance byId(String instanceId) {
            return started.stream().filter(i -> i.id().equals(instanceId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no process with instance id " + instanceId));
        }

        @Override
        public void close() throws Exception {
            for (Instance i : started) {
                i.process().destroy();
            }
            for (Instance i : started) {
                if (!i.process().waitFor(15, TimeUnit.SECONDS)) {
                    i.process().destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        }
    }
}
