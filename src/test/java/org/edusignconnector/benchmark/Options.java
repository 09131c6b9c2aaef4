package org.edusignconnector.benchmark;

/**
 * The benchmark's command line. With no argument it runs the default form: v1 at {@code --courses} (with the
 * naive baseline), v3-batch at {@code --courses} and {@code --v3-scale-factor} times it, then the multi-tenant
 * wave; what does not fit that time (the v1 scaling run) is behind {@code --scale}. {@code --wave N} given
 * alone on the command line runs the wave only.
 */
record Options(TimetableGenerator.Shape shape, long latencyMillis, int rate, long slowDownMillis, int locked,
               boolean groups, boolean naive, boolean scale, int scaleFactor, String xmx, boolean v3, int v3ScaleFactor,
               int wave, boolean waveOnly, int waveCourses, String waveDb) {

    static Options parse(String... args) {
        int courses = 2000;
        int learners = 25;
        int groups = 40;
        int instructors = 300;
        int days = 14;
        long latency = 5;
        int rate = 2400;
        long slowDown = 100;
        int locked = 500;
        boolean groupSync = false;
        boolean naive = true;
        boolean v3 = true;
        int v3Factor = 10;
        int wave = 300;
        boolean waveOnly = false;
        boolean noWave = false;
        int waveCourses = 100;
        String waveDb = "both";
        // the v1 scaling run (20,000 courses at full request count) alone outlasts the default form's budget
        boolean scale = false;
        int factor = 10;
        String xmx = "1g";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--courses" -> courses = Integer.parseInt(args[++i]);
                case "--learners" -> learners = Integer.parseInt(args[++i]);
                case "--groups" -> groups = Integer.parseInt(args[++i]);
                case "--instructors" -> instructors = Integer.parseInt(args[++i]);
                case "--days" -> days = Integer.parseInt(args[++i]);
                case "--latency" -> latency = Long.parseLong(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--slow-down-ms" -> slowDown = Long.parseLong(args[++i]);
                case "--locked" -> locked = Integer.parseInt(args[++i]);
                case "--sync-groups" -> groupSync = true;
                case "--no-naive" -> naive = false;
                case "--no-v3" -> v3 = false;
                case "--v3-scale-factor" -> v3Factor = Integer.parseInt(args[++i]);
                case "--no-v3-scale" -> v3Factor = 1;
                case "--wave" -> {
                    wave = Integer.parseInt(args[++i]);
                    waveOnly = true;
                }
                case "--wave-tenants" -> wave = Integer.parseInt(args[++i]);
                case "--no-wave" -> noWave = true;
                case "--wave-courses" -> waveCourses = Integer.parseInt(args[++i]);
                case "--wave-db" -> waveDb = args[++i];
                case "--scale" -> scale = true;
                case "--no-scale" -> scale = false;
                case "--scale-factor" -> factor = Integer.parseInt(args[++i]);
                case "--xmx" -> xmx = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!waveDb.equals("h2") && !waveDb.equals("postgresql") && !waveDb.equals("both")) {
            throw new IllegalArgumentException("--wave-db is h2, postgresql or both, not " + waveDb);
        }
        if (noWave && waveOnly) {
            throw new IllegalArgumentException("--wave and --no-wave together");
        }
        return new Options(new TimetableGenerator.Shape(courses, learners, groups, instructors, days), latency, rate,
                slowDown, locked, groupSync, naive, scale, factor, xmx, v3, Math.max(1, v3Factor), noWave ? 0 : wave,
                waveOnly, waveCourses, waveDb);
    }

    static String usage() {
        return "default (no option): v1 at 2000 courses with the naive baseline, v3-batch at 2000 and 20000, the wave of 300"
                + " tenants x 100 courses on H2 and PostgreSQL\n"
                + "options: --courses 2000 --learners 25 --groups 40 --instructors 300 --days 14 --latency 5 (ms per request)"
                + " --rate 2400 (requests/min, simulator and runtime) --slow-down-ms 100 --locked 500 --sync-groups"
                + " --no-naive --no-v3 --v3-scale-factor 10 --no-v3-scale --scale (the v1 scaling run, off by default)"
                + " --scale-factor 10 --xmx 1g (runtime JVM) --no-wave --wave-tenants 300 --wave-courses 100 --wave-db h2|postgresql|both"
                + "; or the multi-tenant wave alone: --wave 300";
    }
}
