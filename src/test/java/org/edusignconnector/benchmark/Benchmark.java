package org.edusignconnector.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.celcat.CelcatTimetable;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.sim.edusign.SchoolState;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.edusignconnector.testing.RuntimeHarness;

/**
 * {@code mvn -q test-compile exec:java@benchmark [-Dexec.args="--courses 2000 ..."]}: the real runtime and a naive
 * baseline client against the simulators, on a generated Celcat timetable, scenario by scenario; prints the
 * tables and the targets (see docs/benchmark.md). Not part of the test suite.
 */
public final class Benchmark {

    static final String TENANT = "bench";
    private static final String KEY = "bench-edusign-key";
    private static final String API_CODE = "bench-celcat-code";
    private static final String RATE_PROPERTY = "connector.edusign.rate-per-minute";
    private static final long WINDOW_MILLIS = 60_000;
    private static final int LIST_PAGE = 40;
    private static final String HEAVY_RATE_PROPERTY = "connector.edusign.heavy-rate-per-minute";

    private final Options options;
    private final Report report;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final LocalDate today = now.atZone(SyncWindow.PARIS).toLocalDate();
    private final boolean runtimeThrottle;
    /** The runtime's spacing of v3 batches (Edusign's HEAVY class), as application.properties sets it. */
    private final int heavyRate;

    private Benchmark(Options options) throws Exception {
        this.options = options;
        this.report = new Report(options.rate(), options.shape().courses() * options.scaleFactor());
        String properties = Files.readString(Path.of("application.properties"));
        this.runtimeThrottle = properties.contains(RATE_PROPERTY);
        java.util.regex.Matcher heavy = java.util.regex.Pattern.compile("(?m)^\\s*" + java.util.regex.Pattern.quote(HEAVY_RATE_PROPERTY)
                + "\\s*[=:]\\s*(\\d+)").matcher(properties);
        this.heavyRate = heavy.find() ? Integer.parseInt(heavy.group(1)) : 24;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + "\n" + Options.usage());
            return;
        }
        long t0 = System.nanoTime();
        if (options.waveOnly()) {
            new Benchmark(options).waveOnly();
        } else {
            new Benchmark(options).run();
        }
        System.out.printf(java.util.Locale.ROOT, "%nbenchmark wall time: %.1f min%n", (System.nanoTime() - t0) / 60e9);
    }

    private void run() throws Exception {
        TimetableGenerator.Shape shape = options.shape();
        report.setting(String.format("school: %d courses over the weekdays of %d days, %d learners per course from %d groups"
                        + " (%d learners), %d instructors, groups option %s", shape.courses(), shape.days(),
                shape.learnersPerCourse(), shape.groups(), shape.learners(), shape.instructors(), options.groups() ? "on" : "off"));
        report.setting(String.format("simulated latency %d ms per request (Edusign and Celcat); Edusign rate limit %d requests/min"
                        + " per school, +%d ms per request beyond (real Edusign: 480/min, +100 ms)", options.latencyMillis(),
                options.rate(), options.slowDownMillis()));
        report.setting(runtimeThrottle
                ? "runtime throttle: " + RATE_PROPERTY + " = " + options.rate()
                : "runtime throttle: none (" + RATE_PROPERTY + " is not in application.properties): the runtime sends as fast"
                        + " as it can and the simulator's slow-down is what holds it to the limit");
        report.setting("runtime JVM: -Xmx" + options.xmx() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores shared with the simulators; clock fixed at " + now + " (window from " + today.plusDays(1) + ")");
        runtimeScenarios();
        if (options.v3()) {
            v3Scenarios(shape);
            if (options.v3ScaleFactor() > 1) {
                v3Scenarios(shape.times(options.v3ScaleFactor()));
            }
        }
        if (options.naive()) {
            naiveScenarios();
        }
        if (options.scale()) {
            scaling();
        }
        if (options.wave() > 0) {
            wave();
        }
        report.print(System.out);
    }

    /** The multi-tenant wave alone ({@code --wave N}), its table and target printed as in the full report. */
    private void waveOnly() throws Exception {
        wave();
        report.printWave(System.out);
    }

    /** The multi-tenant wave on H2, PostgreSQL or both, into the report. */
    private void wave() throws Exception {
        Wave wave = new Wave(options.wave(), options.waveCourses(), options.rate(), options.latencyMillis(), options.xmx(), now, today);
        report.waveSetting(String.format("%d tenants x %d courses, fired at once on one runtime (-Xmx%s, %d cores)",
                options.wave(), options.waveCourses(), options.xmx(), Runtime.getRuntime().availableProcessors()));
        for (String db : options.waveDb().equals("both") ? List.of("h2", "postgresql") : List.of(options.waveDb())) {
            report.add(wave.run(db.equals("postgresql")));
        }
    }

    // ------------------------------------------------------------------ the runtime

    private void runtimeScenarios() {
        TimetableGenerator.Shape shape = options.shape();
        try (EdusignSimulator edusign = EdusignSimulator.start(0);
             CelcatSimulator celcat = CelcatSimulator.start(0, API_CODE)) {
            edusign.addSchool(KEY);
            edusign.setLatencyMillis(options.latencyMillis());
            edusign.setSlowDown(options.rate(), options.slowDownMillis());
            celcat.setLatencyMillis(options.latencyMillis());
            CelcatTimetable timetable = celcat.timetable("1");
            List<String> ids = TimetableGenerator.populate(timetable, shape, today);
            try (Measurement runtime = Measurement.start(config(edusign, celcat), options.xmx(), secrets())) {
                RateWindow window = new RateWindow();
                long people = shape.learners() + shape.instructors() + (options.groups() ? shape.groups() : 0);
                scenario(runtime, edusign, window, "first sync", "down", shape.courses() + people, shape.courses(),
                        "courses + distinct learners + distinct instructors" + (options.groups() ? " + groups" : "")
                                + " = " + shape.courses() + " + " + shape.learners() + " + " + shape.instructors()
                                + (options.groups() ? " + " + shape.groups() : "") + " creates, no read");
                scenario(runtime, edusign, window, "unchanged re-sync", "down", 0, shape.courses(), "nothing changed: 0");
                int changed = TimetableGenerator.changeFivePercent(timetable, ids);
                scenario(runtime, edusign, window, "5% changed", "down", changed, shape.courses(),
                        "one PATCH per changed course (renamed, moved or new room) = " + changed);
                int removed = TimetableGenerator.removeOnePercent(timetable, ids);
                scenario(runtime, edusign, window, "1% removed", "down", removed, shape.courses() - removed,
                        "one DELETE per removed course = " + removed);
                int locked = lock(edusign.school(KEY), options.locked());
                celcat.clearRequests();
                // A list is read to its first empty page, not a short one (a server that caps its pages silently
                // cannot hide a sheet): the minimum for such a reader is every page holding sheets, plus that empty one.
                int listReads = (locked + LIST_PAGE - 1) / LIST_PAGE + 1;
                scenario(runtime, edusign, window, "reverse, " + locked + " locked", "up", listReads, locked,
                        "0 Edusign writes; the locked list read to its first empty page, " + LIST_PAGE + " sheets a page: ceil("
                                + locked + "/" + LIST_PAGE + ") + 1 = " + listReads + " reads");
                long registerWrites = celcat.requests().stream().filter(r -> r.method().equals("PUT")).count();
                report.note("reverse route: " + registerWrites + " Celcat register PUTs for " + locked
                        + " locked sheets (the minimum on the source side is one per sheet)");
            }
        }
    }

    /**
     * The same school shape on a tenant with {@code edusignApi: v3-batch} (Edusign's HEAVY class for its batches,
     * simulator and runtime): first sync, unchanged re-sync, 5 % changed, each against its request limit.
     */
    private void v3Scenarios(TimetableGenerator.Shape shape) {
        try (EdusignSimulator edusign = EdusignSimulator.start(0);
             CelcatSimulator celcat = CelcatSimulator.start(0, API_CODE)) {
            edusign.addSchool(KEY);
            edusign.setLatencyMillis(options.latencyMillis());
            edusign.setSlowDown(options.rate(), options.slowDownMillis());
            celcat.setLatencyMillis(options.latencyMillis());
            CelcatTimetable timetable = celcat.timetable("1");
            List<String> ids = TimetableGenerator.populate(timetable, shape, today);
            try (Measurement runtime = Measurement.start(config(edusign, celcat, "v3-batch"), options.xmx(), secrets())) {
                v3Scenario(runtime, edusign, celcat, shape.courses(), "first sync", shape.courses() <= 2000 ? 10 : 60);
                v3Scenario(runtime, edusign, celcat, shape.courses(), "unchanged re-sync", 0);
                TimetableGenerator.changeFivePercent(timetable, ids);
                v3Scenario(runtime, edusign, celcat, shape.courses(), "5% changed", 3);
            }
        }
    }

    private void v3Scenario(Measurement runtime, EdusignSimulator edusign, CelcatSimulator celcat, int courses, String name,
                            long limit) {
        edusign.clearRequests();
        celcat.clearRequests();
        System.out.printf("[benchmark] runtime, v3-batch, %d courses: %s ...%n", courses, name);
        Measurement.Sample sample = runtime.sync(TENANT, "down");
        Report.Requests requests = count(edusign.requests(KEY));
        double sourceRead = celcat.requestSpan().toNanos() / 1e9;
        // what the rate limits alone would impose: the school's requests at its per-minute rate, and the batches
        // (POSTs) under the HEAVY class's sliding minute (HeavyPace): up to heavyRate at once, the next a minute after
        // the one heavyRate before it, so the last of n goes at floor((n - 1) / heavyRate) minutes
        double rateBound = requests.total() * 60.0 / options.rate();
        double heavyBound = Math.max(0, requests.creates() - 1) / heavyRate * 60.0;
        if (!"COMPLETED".equals(sample.summary().path("status").asText())) {
            report.note("v3-batch " + name + ": the run ended " + sample.summary().path("status").asText() + ": "
                    + sample.summary().path("message"));
        }
        System.out.printf("[benchmark]   %d Edusign requests in %.1f s; runtime counts %s%n", requests.total(),
                sample.wallNanos() / 1e9, sample.summary().path("counts"));
        report.add(new Report.V3Scenario(courses, name, requests, limit, sample.wallNanos() / 1e9,
                sample.summary().path("counts").toString(), sourceRead, rateBound, heavyBound));
    }

    private void scenario(Measurement runtime, EdusignSimulator edusign, RateWindow window, String name, String direction,
                          long minimum, long items, String rule) {
        window.awaitEmpty();
        edusign.clearRequests();
        long slowed0 = edusign.slowedRequestCount(KEY);
        System.out.printf("[benchmark] runtime: %s ...%n", name);
        Measurement.Sample sample = runtime.sync(TENANT, direction);
        Report.Requests requests = count(edusign.requests(KEY));
        window.sent(requests.total());
        if (!"COMPLETED".equals(sample.summary().path("status").asText())) {
            report.note(name + ": the run ended " + sample.summary().path("status").asText() + ": " + sample.summary().path("message"));
        }
        double wall = sample.wallNanos() / 1e9;
        System.out.printf("[benchmark]   %d Edusign requests in %.1f s; runtime counts %s%n", requests.total(), wall,
                sample.summary().path("counts"));
        String reads = readsByEndpoint(edusign.requests(KEY));
        if (!reads.isEmpty()) {
            report.note(name + ": the runtime's reads were " + reads);
        }
        report.add(new Report.Scenario(name, requests, minimum, rule, wall, requests.total() * 60.0 / options.rate(),
                edusign.slowedRequestCount(KEY) - slowed0, items, sample));
    }

    /**
     * Before a scenario, waits until the simulator's 60 s rate window holds at most a tenth of the limit from the
     * previous ones, so that each scenario starts as a scheduled run does, hours after the last.
     */
    private final class RateWindow {

        private final List<long[]> sent = new ArrayList<>();

        void sent(long requests) {
            sent.add(new long[] {System.currentTimeMillis(), requests});
        }

        void awaitEmpty() {
            long now = System.currentTimeMillis();
            sent.removeIf(s -> s[0] + WINDOW_MILLIS <= now);
            long inWindow = sent.stream().mapToLong(s -> s[1]).sum();
            if (inWindow > options.rate() / 10 && !sent.isEmpty()) {
                long oldestLeaves = sent.get(0)[0] + WINDOW_MILLIS;
                System.out.printf("[benchmark] waiting %d s for the rate window to empty%n", (oldestLeaves - now) / 1000);
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMillis(WINDOW_MILLIS + 1000))
                        .pollInterval(java.time.Duration.ofMillis(250)).until(() -> System.currentTimeMillis() >= oldestLeaves);
                awaitEmpty();
            }
        }
    }

    private RuntimeHarness config(EdusignSimulator edusign, CelcatSimulator celcat) {
        return config(edusign, celcat, "v1");
    }

    private RuntimeHarness config(EdusignSimulator edusign, CelcatSimulator celcat, String edusignApi) {
        return RuntimeHarness.create()
                .property("bench.edusign.url", edusign.baseUrl())
                .property("bench.celcat.url", celcat.baseUrl())
                .property(RATE_PROPERTY, String.valueOf(options.rate()))
                // production redelivery settings, not the harness's fast test ones
                .property("connector.http.redelivery-delay-ms", "1000")
                .property("connector.http.max-redelivery-delay-ms", "60000")
                .clock(now.toString())
                .tenantYaml(TENANT + ".yaml", """
                        - templatedRoute:
                            routeTemplateRef: celcat-to-edusign
                            routeId: bench
                            parameters:
                              - name: tenant
                                value: bench
                              - name: edusignUrl
                                value: "{{bench.edusign.url}}"
                              - name: edusignApiKeyEnv
                                value: BENCH_EDUSIGN_API_KEY
                              - name: celcatUrl
                                value: "{{bench.celcat.url}}"
                              - name: celcatApiCodeEnv
                                value: BENCH_CELCAT_API_CODE
                              - name: userNameFormat
                                value: LAST_COMMA_FIRST
                              - name: sendAttendance
                                value: "true"
                              - name: groups
                                value: "%s"
                              - name: edusignApi
                                value: %s
                              - name: edusignV3Url
                                value: "{{bench.edusign.url}}"
                        """.formatted(options.groups(), edusignApi));
    }

    private static Map<String, String> secrets() {
        return Map.of("BENCH_EDUSIGN_API_KEY", KEY, "BENCH_CELCAT_API_CODE", API_CODE);
    }

    /** Locks the first {@code n} sheets: learners present, every 8th absent, every 10th 10 minutes late; professor signed. */
    static int lock(SchoolState school, int n) {
        int locked = 0;
        for (ObjectNode course : school.courses()) {
            if (locked == n) {
                break;
            }
            List<StudentAttendance> attendance = new ArrayList<>();
            int i = 0;
            for (JsonNode row : course.path("STUDENTS")) {
                String student = row.path("studentId").asText();
                attendance.add(i % 8 == 7 ? StudentAttendance.absent(student)
                        : new StudentAttendance(student, true, i % 10 == 9 ? 10 : null, null, null, null, null));
                i++;
            }
            school.lockCourse(course.path("ID").asText(), attendance, List.of(true));
            locked++;
        }
        return locked;
    }

    /** CPU time of this JVM: the simulators, while the runtime runs in its own. */
    private static long benchmarkCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** "GET /v1/student/by-email x 1000, ..." with ids and e-mails left out of the paths. */
    static String readsByEndpoint(List<RecordedRequest> log) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (RecordedRequest r : log) {
            if (r.method().equals("GET")) {
                String[] segments = r.path().split("/");
                String path = segments.length > 3 && List.of("by-email", "get-id", "absence-reason", "lock").contains(segments[3])
                        ? String.join("/", java.util.Arrays.copyOf(segments, 4))
                        : segments.length > 3 ? String.join("/", java.util.Arrays.copyOf(segments, 3)) + "/{id}" : r.path();
                counts.merge("GET " + path, 1L, Long::sum);
            }
        }
        return counts.entrySet().stream().map(e -> e.getKey() + " x " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static Report.Requests count(List<RecordedRequest> log) {
        long reads = 0;
        long creates = 0;
        long updates = 0;
        long deletes = 0;
        for (RecordedRequest r : log) {
            switch (r.method()) {
                case "POST" -> creates++;
                case "PATCH", "PUT" -> updates++;
                case "DELETE" -> deletes++;
                default -> reads++;
            }
        }
        return new Report.Requests(reads, creates, updates, deletes);
    }

    // ------------------------------------------------------------------ the naive baseline

    private void naiveScenarios() {
        TimetableGenerator.Shape shape = options.shape();
        try (EdusignSimulator edusign = EdusignSimulator.start(0);
             CelcatSimulator celcat = CelcatSimulator.start(0, null)) {
            edusign.addSchool(KEY);
            edusign.setSlowDown(Integer.MAX_VALUE, 0);
            CelcatTimetable timetable = celcat.timetable("1");
            List<String> ids = TimetableGenerator.populate(timetable, shape, today);
            NaiveClient naive = new NaiveClient(edusign.baseUrl(), KEY);
            LocalDate from = today.plusDays(1);
            LocalDate to = today.plusDays(shape.days());
            naive(edusign, "first sync", () -> naive.sync(timetable, from, to));
            naive(edusign, "unchanged re-sync", () -> naive.sync(timetable, from, to));
            TimetableGenerator.changeFivePercent(timetable, ids);
            naive(edusign, "5% changed", () -> naive.sync(timetable, from, to));
            TimetableGenerator.removeOnePercent(timetable, ids);
            naive(edusign, "1% removed", () -> naive.sync(timetable, from, to));
            int locked = lock(edusign.school(KEY), options.locked());
            naive(edusign, "reverse, " + locked + " locked", () -> naive.readLocked(today.minusDays(30), to));
        }
    }

    private void naive(EdusignSimulator edusign, String name, Runnable scenario) {
        System.out.printf("[benchmark] naive client: %s ...%n", name);
        edusign.clearRequests();
        long t0 = System.nanoTime();
        scenario.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        Report.Requests requests = count(edusign.requests(KEY));
        System.out.printf("[benchmark]   %d Edusign requests in %.1f s%n", requests.total(), wall);
        report.add(new Report.Naive(name, requests, wall));
    }

    // ------------------------------------------------------------------ scaling

    /** First sync and unchanged re-sync at the benchmark's size and at scaleFactor times it, without rate limit. */
    private void scaling() {
        for (int factor : List.of(1, options.scaleFactor())) {
            TimetableGenerator.Shape shape = options.shape().times(factor);
            try (EdusignSimulator edusign = EdusignSimulator.start(0);
                 CelcatSimulator celcat = CelcatSimulator.start(0, API_CODE)) {
                edusign.addSchool(KEY);
                edusign.setLatencyMillis(options.latencyMillis());
                edusign.setSlowDown(Integer.MAX_VALUE, 0);
                celcat.setLatencyMillis(options.latencyMillis());
                TimetableGenerator.populate(celcat.timetable("1"), shape, today);
                try (Measurement runtime = Measurement.start(config(edusign, celcat), options.xmx(), secrets())) {
                    for (String run : List.of("first sync", "unchanged re-sync")) {
                        System.out.printf("[benchmark] scaling, %d courses: %s ...%n", shape.courses(), run);
                        edusign.clearRequests();
                        long simulatorCpu = benchmarkCpu();
                        Measurement.Sample sample = runtime.sync(TENANT, "down");
                        simulatorCpu = benchmarkCpu() - simulatorCpu;
                        long requests = count(edusign.requests(KEY)).total();
                        System.out.printf("[benchmark]   %d Edusign requests in %.1f s%n", requests, sample.wallNanos() / 1e9);
                        report.add(new Report.ScalePoint(shape.courses(), run, requests, sample.wallNanos() / 1e9, simulatorCpu, sample));
                        if (factor > 1 && run.equals("first sync")) {
                            report.note(String.format("scaling run: no rate limit (the simulator's slow-down off), same latency; at %d"
                                    + " requests/min the %d requests of the bigger first sync would take at least %.1f min",
                                    options.rate(), requests, requests / (double) options.rate()));
                        }
                    }
                }
            }
        }
    }
}
