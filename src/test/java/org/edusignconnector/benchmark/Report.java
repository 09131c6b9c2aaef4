package org.edusignconnector.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's tables and its targets, PASS/FAIL per line. */
final class Report {

    /** Edusign requests of one scenario, by type, from a simulator's request log. */
    record Requests(long reads, long creates, long updates, long deletes) {

        long total() {
            return reads + creates + updates + deletes;
        }

        long writes() {
            return creates + updates + deletes;
        }
    }

    /** One scenario run by the runtime. {@code items}: courses in the source, or locked sheets for the reverse route. */
    record Scenario(String name, Requests requests, long minimum, String minimumRule, double wallSeconds,
                    double boundSeconds, long overLimit, long items, Measurement.Sample sample) {

        double ratio() {
            return minimum == 0 ? (requests.total() == 0 ? 1 : Double.POSITIVE_INFINITY) : (double) requests.total() / minimum;
        }
    }

    /**
     * A scenario run with {@code edusignApi: v3-batch}, against its own request limit; with the time the runtime
     * spent reading the source (first to last Celcat request) and what the rate limits alone would take: the
     * school's requests at its per-minute rate, and its batches spaced by the HEAVY class.
     */
    record V3Scenario(int courses, String name, Requests requests, long limit, double wallSeconds, String counts,
                      double sourceReadSeconds, double rateBoundSeconds, double heavyBoundSeconds) {

        double rateLimitSeconds() {
            return Math.max(rateBoundSeconds, heavyBoundSeconds);
        }
    }

    /** One scenario run by the naive client. */
    record Naive(String name, Requests requests, double wallSeconds) {
    }

    /** One point of the scaling run. */
    record ScalePoint(int courses, String run, long requests, double wallSeconds, long simulatorCpuNanos,
                      Measurement.Sample sample) {
    }

    private static final double MB = 1024.0 * 1024.0;

    private final List<String> settings = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Naive> naive = new ArrayList<>();
    private final List<V3Scenario> v3 = new ArrayList<>();
    private final List<ScalePoint> scale = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Wave.Result> waves = new ArrayList<>();
    private String waveSetting = "";
    private final int ratePerMinute;
    private final double maxRequestRatio = 1.05;
    private final double maxWallRatio = 1.15;
    private final double rateBoundSeconds = 30;
    private final long heapLimitMb = 256;
    private final int heapCheckCourses;

    Report(int ratePerMinute, int heapCheckCourses) {
        this.ratePerMinute = ratePerMinute;
        this.heapCheckCourses = heapCheckCourses;
    }

    void setting(String line) {
        settings.add(line);
    }

    void note(String line) {
        notes.add(line);
    }

    void add(Scenario s) {
        scenarios.add(s);
    }

    void add(V3Scenario s) {
        v3.add(s);
    }

    void add(Naive n) {
        naive.add(n);
    }

    void add(ScalePoint p) {
        scale.add(p);
    }

    void add(Wave.Result r) {
        waves.add(r);
    }

    void waveSetting(String line) {
        waveSetting = line;
    }

    void print(PrintStream out) {
        out.println();
        out.println("=== Edusign connector benchmark ===");
        settings.forEach(s -> out.println("  " + s));

        out.println();
        out.println("1. The runtime (real ConnectorMain in its own JVM) against the simulators");
        Table t = new Table("scenario", "reads", "creates", "updates", "deletes", "total", "minimum", "ratio",
                "wall s", "rate bound s", "wall/bound", "over limit", "CPU ms/item", "peak heap MB", "peak after GC MB",
                "heap after MB", "peak RSS MB");
        for (Scenario s : scenarios) {
            Measurement.Sample m = s.sample();
            t.row(s.name(), s.requests().reads(), s.requests().creates(), s.requests().updates(), s.requests().deletes(),
                    s.requests().total(), s.minimum(), s.minimum() == 0 && s.requests().total() == 0 ? "-" : ratio(s.ratio()),
                    f1(s.wallSeconds()), f1(s.boundSeconds()),
                    s.boundSeconds() == 0 ? "-" : f2(s.wallSeconds() / s.boundSeconds()), s.overLimit(),
                    f2(m.cpuNanos() / 1e6 / Math.max(1, s.items())), f0(m.peakHeapBytes() / MB),
                    f0(m.peakAfterGcBytes() / MB), f0(m.heapAfterGcBytes() / MB), f0(m.peakRssKb() / 1024.0));
        }
        t.print(out);
        out.println("  minimum = one Edusign request per object that must change, nothing else:");
        scenarios.forEach(s -> out.println("    " + s.name() + ": " + s.minimumRule()));
        out.println("  rate bound = total requests / " + ratePerMinute + " per minute; over limit = requests the"
                + " simulator slowed down because the school's last 60 s already held " + ratePerMinute + ";");
        out.println("  CPU = runtime process CPU time (all threads, GC and JIT included, waiting excluded) per course of"
                + " the source (per locked sheet for the reverse route);");
        out.println("  peak heap = sum of the heap pools' peak usage (reset after a GC before the run): garbage included,"
                + " so it grows with -Xmx, and the pools peak at different moments, so it can exceed -Xmx; peak after GC = the most heap still in use just after any collection during"
                + " the run; heap after = live heap after a GC at the end; peak RSS = VmHWM (reset before the run).");

        if (!v3.isEmpty()) {
            printV3(out);
        }

        if (!naive.isEmpty()) {
            out.println();
            out.println("2. The naive baseline client (no local state) against a simulator, same scenarios");
            Table n = new Table("scenario", "reads", "creates", "updates", "deletes", "total", "runtime total",
                    "naive/runtime", "naive/minimum", "time at rate limit", "measured s (no limit, 0 ms)");
            for (int i = 0; i < naive.size(); i++) {
                Naive r = naive.get(i);
                Scenario s = i < scenarios.size() ? scenarios.get(i) : null;
                long ours = s == null ? -1 : s.requests().total();
                n.row(r.name(), r.requests().reads(), r.requests().creates(), r.requests().updates(),
                        r.requests().deletes(), r.requests().total(), ours < 0 ? "-" : ours,
                        ours < 0 ? "-" : ratio(ours == 0 ? Double.POSITIVE_INFINITY : (double) r.requests().total() / ours),
                        s == null ? "-" : ratio(s.minimum() == 0 ? Double.POSITIVE_INFINITY
                                : (double) r.requests().total() / s.minimum()),
                        minutes(r.requests().total() * 60.0 / ratePerMinute), f1(r.wallSeconds()));
            }
            n.print(out);
        }

        if (!scale.isEmpty()) {
            out.println();
            out.println("3. Scaling: the runtime on the same school " + scale.get(scale.size() - 1).courses() / scale.get(0).courses()
                    + " times bigger (courses, groups, instructors)");
            Table s = new Table("courses", "run", "requests", "wall s", "wall ms/course", "CPU ms/course",
                    "simulators' CPU ms/course",
                    "peak heap MB", "peak after GC MB", "heap after MB", "peak RSS MB", "RSS at end MB", "GC ms");
            for (ScalePoint p : scale) {
                Measurement.Sample m = p.sample();
                s.row(p.courses(), p.run(), p.requests(), f1(p.wallSeconds()), f2(p.wallSeconds() * 1000 / p.courses()),
                        f2(m.cpuNanos() / 1e6 / p.courses()), f2(p.simulatorCpuNanos() / 1e6 / p.courses()),
                        f0(m.peakHeapBytes() / MB), f0(m.peakAfterGcBytes() / MB),
                        f0(m.heapAfterGcBytes() / MB),
                        f0(m.peakRssKb() / 1024.0), f0(m.rssKb() / 1024.0), m.gcMillis());
            }
            s.print(out);
            growth(out);
        }

        if (!waves.isEmpty()) {
            printWaveTable(out);
        }

        if (!notes.isEmpty()) {
            out.println();
            out.println("Notes");
            notes.forEach(l -> out.println("  - " + l));
        }

        out.println();
        out.println("Targets");
        targets(out);
    }

    /** v1 and v3-batch side by side on the same school, then v3-batch alone at the bigger sizes. */
    private void printV3(PrintStream out) {
        out.println();
        out.println("1b. v1 and v3-batch (edusignApi: v3-batch, its own runtime and simulators) on the same generated school");
        Table t = new Table("courses", "scenario", "v1 requests", "v1 wall s", "v3 requests", "v3 reads", "v3 batches",
                "v3 wall s", "source read s", "rate bound s", "HEAVY bound s", "v3 runtime counts");
        for (V3Scenario s : v3) {
            Scenario v1 = scenarios.stream().filter(x -> x.name().equals(s.name()) && x.items() == s.courses()).findFirst()
                    .orElse(null);
            t.row(s.courses(), s.name(), v1 == null ? "-" : v1.requests().total(), v1 == null ? "-" : f1(v1.wallSeconds()),
                    s.requests().total(), s.requests().reads(), s.requests().creates(), f1(s.wallSeconds()),
                    f1(s.sourceReadSeconds()), f1(s.rateBoundSeconds()), f1(s.heavyBoundSeconds()), s.counts());
        }
        t.print(out);
        out.println("  source read = first to last Celcat request of the run; rate bound = the run's Edusign requests / "
                + ratePerMinute + " per minute; HEAVY bound = floor((batches - 1) / HEAVY rate) minutes, the"
                + " runtime's sliding minute (connector.edusign.heavy-rate-per-minute batches at once); v1 is measured at the first size only.");
    }

    /** The multi-tenant wave's table and its target. */
    void printWave(PrintStream out) {
        printWaveTable(out);
        out.println();
        out.println("Targets");
        waveTargets(out);
    }

    private void printWaveTable(PrintStream out) {
        out.println();
        out.println("4. Multi-tenant wave: " + waveSetting);
        Table t = new Table("database", "tenants", "courses each", "wall s", "wall min", "runtime CPU s", "heap after GC MB",
                "peak DB connections", "runs");
        for (Wave.Result r : waves) {
            t.row(r.database(), r.tenants(), r.courses(), f1(r.wallSeconds()), f1(r.wallSeconds() / 60), f1(r.cpuSeconds()),
                    f0(r.heapAfterGcBytes() / MB), r.peakConnections() < 0 ? "n/a (H2 in process)" : r.peakConnections(),
                    r.statuses());
        }
        t.print(out);
        out.println("  wall = the first sync?wait=false to the last run ended; CPU = the runtime process's over the wave;"
                + " heap after GC at the wave's end; peak DB connections = the runtime's in pg_stat_activity, every 100 ms.");
    }

    private void waveTargets(PrintStream out) {
        for (Wave.Result r : waves) {
            boolean pass = r.wallSeconds() <= Wave.TARGET_MINUTES * 60 && r.statuses().keySet().equals(java.util.Set.of("COMPLETED"));
            target(out, pass, "wave on " + r.database() + ": " + r.tenants() + " tenants x " + r.courses()
                    + " courses within " + f0(Wave.TARGET_MINUTES) + " min, every run COMPLETED: " + f1(r.wallSeconds() / 60)
                    + " min, runs " + r.statuses());
        }
    }

    private void growth(PrintStream out) {
        for (String run : List.of("first sync", "unchanged re-sync")) {
            List<ScalePoint> points = scale.stream().filter(p -> p.run().equals(run)).toList();
            if (points.size() < 2) {
                continue;
            }
            ScalePoint a = points.get(0);
            ScalePoint b = points.get(points.size() - 1);
            double courses = b.courses() - a.courses();
            out.printf(Locale.ROOT, "  %s, %d -> %d courses: wall %+.2f ms, CPU %+.2f ms, peak heap %+.1f kB,"
                            + " peak after GC %+.1f kB, peak RSS %+.1f kB per added course%n", run, a.courses(), b.courses(),
                    (b.wallSeconds() - a.wallSeconds()) * 1000 / courses,
                    (b.sample().cpuNanos() - a.sample().cpuNanos()) / 1e6 / courses,
                    (b.sample().peakHeapBytes() - a.sample().peakHeapBytes()) / 1024.0 / courses,
                    (b.sample().peakAfterGcBytes() - a.sample().peakAfterGcBytes()) / 1024.0 / courses,
                    (b.sample().peakRssKb() - a.sample().peakRssKb()) / courses);
        }
    }

    private void targets(PrintStream out) {
        for (V3Scenario s : v3) {
            target(out, s.requests().total() <= s.limit(), "v3-batch " + s.name() + " at " + s.courses() + " courses: "
                    + s.requests().total() + " Edusign requests <= " + s.limit() + " (" + s.requests().reads() + " reads, "
                    + s.requests().creates() + " batch POSTs; wall " + f1(s.wallSeconds()) + " s)");
        }
        v3.stream().filter(s -> s.name().equals("first sync")).forEach(s -> target(out,
                s.sourceReadSeconds() >= s.rateLimitSeconds(), "v3-batch first sync at " + s.courses()
                        + " courses, wall time set by the source read, not the rate limit: source read " + f1(s.sourceReadSeconds())
                        + " s >= rate limit " + f1(s.rateLimitSeconds()) + " s (rate bound " + f1(s.rateBoundSeconds())
                        + " s, HEAVY bound " + f1(s.heavyBoundSeconds()) + " s); wall " + f1(s.wallSeconds()) + " s"));
        for (Scenario s : scenarios) {
            boolean pass = s.minimum() == 0 ? s.requests().total() == 0 : s.ratio() <= maxRequestRatio;
            target(out, pass, "requests / minimum <= " + maxRequestRatio + " on " + s.name() + ": "
                    + s.requests().total() + " / " + s.minimum()
                    + (s.minimum() == 0 ? " (nothing to send)" : " = " + ratio(s.ratio())));
        }
        scenarios.stream().filter(s -> s.name().startsWith("unchanged")).forEach(s ->
                target(out, s.requests().writes() == 0, "unchanged re-sync costs 0 Edusign writes: " + s.requests().writes()));
        for (Scenario s : scenarios) {
            if (s.boundSeconds() >= rateBoundSeconds) {
                double r = s.wallSeconds() / s.boundSeconds();
                target(out, r <= maxWallRatio, "wall time <= " + maxWallRatio + " x rate bound on " + s.name() + ": "
                        + f1(s.wallSeconds()) + " s / " + f1(s.boundSeconds()) + " s = " + f2(r));
            } else {
                out.println("  n/a   wall time vs rate bound on " + s.name() + ": the bound is " + f1(s.boundSeconds())
                        + " s (< " + f0(rateBoundSeconds) + " s), the run is not rate-bound (wall " + f1(s.wallSeconds()) + " s)");
            }
        }
        if (!naive.isEmpty() && naive.size() >= 2 && scenarios.size() >= 2) {
            naiveTarget(out, 0, 10);
            naiveTarget(out, 1, 100);
        }
        scale.stream().filter(p -> p.courses() >= heapCheckCourses).forEach(p -> {
            double mb = p.sample().peakHeapBytes() / MB;
            double afterGc = p.sample().peakAfterGcBytes() / MB;
            target(out, mb < heapLimitMb, "peak heap < " + heapLimitMb + " MB at " + p.courses() + " courses ("
                    + p.run() + "): " + f0(mb) + " MB");
            target(out, afterGc < heapLimitMb, "  the same, counted as the heap in use after each GC: " + f0(afterGc)
                    + " MB (live at the end " + f0(p.sample().heapAfterGcBytes() / MB) + " MB, GC "
                    + p.sample().gcMillis() + " ms of " + f0(p.wallSeconds()) + " s)");
        });
        waveTargets(out);
    }

    private void naiveTarget(PrintStream out, int index, int factor) {
        long ours = scenarios.get(index).requests().total();
        long theirs = naive.get(index).requests().total();
        boolean pass = ours == 0 ? theirs > 0 : theirs >= (long) factor * ours;
        target(out, pass, ">= " + factor + "x fewer requests than naive on " + scenarios.get(index).name() + ": "
                + theirs + " vs " + ours + " = " + ratio(ours == 0 ? Double.POSITIVE_INFINITY : (double) theirs / ours));
    }

    private static void target(PrintStream out, boolean pass, String line) {
        out.println("  " + (pass ? "PASS" : "FAIL") + "  " + line);
    }

    private static String ratio(double r) {
        return Double.isInfinite(r) ? "inf" : f2(r);
    }

    private static String minutes(double seconds) {
        return seconds >= 120 ? f1(seconds / 60) + " min" : f1(seconds) + " s";
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A plain-text table, columns right-aligned except the first. */
    private static final class Table {

        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(Object... cells) {
            rows.add(java.util.Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
        }

        void print(PrintStream out) {
            int[] width = new int[rows.get(0).length];
            rows.forEach(r -> {
                for (int i = 0; i < r.length; i++) {
                    width[i] = Math.max(width[i], r[i].length());
                }
            });
            for (int n = 0; n < rows.size(); n++) {
                StringBuilder line = new StringBuilder("| ");
                String[] r = rows.get(n);
                for (int i = 0; i < r.length; i++) {
                    String cell = i == 0 ? String.format("%-" + width[i] + "s", r[i]) : String.format("%" + width[i] + "s", r[i]);
                    line.append(cell).append(" | ");
                }
                out.println(line.toString().stripTrailing());
                if (n == 0) {
                    StringBuilder rule = new StringBuilder("|");
                    for (int w : width) {
                        rule.append("-".repeat(w + 2)).append('|');
                    }
                    out.println(rule);
                }
            }
        }
    }
}
