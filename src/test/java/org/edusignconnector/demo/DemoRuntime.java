package org.edusignconnector.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.main.Main;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.runtime.ConnectorMain;
import org.edusignconnector.runtime.RuntimeOptions;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.celcat.DemoTimetables;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.fca.FcaDemoData;
import org.edusignconnector.sim.fca.FcaSimulator;
import org.edusignconnector.sync.SyncLauncher;

/**
 * The README's run command: the real runtime on the embedded H2 default, with the demo tenants of
 * demo/tenants/ against simulated Celcat, FCA Manager and Edusign on loopback. It runs one sync of each demo
 * tenant at once, prints the summaries, then keeps serving the HTTP API until stopped (Ctrl-C).
 * {@code --exit-after-sync} stops after the first syncs (used by the demo's own test).
 */
public final class DemoRuntime {

    /** The demo's API credentials (an admin): the README's curl examples carry them (DocsTest). */
    public static final String API_USER = "demo";
    public static final String API_PASSWORD = "demo";
    static final String CELCAT_KEY = "demo-celcat-edusign-key";
    static final String CELCAT_API_CODE = "demo-celcat-api-code";
    static final String FCA_KEY = "demo-fca-edusign-key";
    static final String FCA_PASSWORD = "demo-fca-password";
    private static final List<String> TENANTS = List.of("demo-celcat", "demo-fca");

    private DemoRuntime() {
    }

    public static void main(String[] args) throws Exception {
        boolean exitAfterSync = args.length > 0 && args[0].equals("--exit-after-sync");
        int exit = run(Path.of("."), exitAfterSync);
        if (exitAfterSync) {
            System.exit(exit);
        }
    }

    /** Runs the demo from a configuration directory; returns 0 when every demo sync completed. */
    public static int run(Path configDir, boolean exitAfterSync) throws Exception {
        System.setProperty("DEMO_CELCAT_EDUSIGN_API_KEY", CELCAT_KEY);
        System.setProperty("CONNECTOR_ADMIN_USER", API_USER);
        System.setProperty("CONNECTOR_ADMIN_PASSWORD", API_PASSWORD);
        System.setProperty("DEMO_CELCAT_API_CODE", CELCAT_API_CODE);
        System.setProperty("DEMO_FCA_EDUSIGN_API_KEY", FCA_KEY);
        System.setProperty("DEMO_FCA_PASSWORD", FCA_PASSWORD);
        EdusignSimulator edusign = EdusignSimulator.start(0);
        edusign.addSchool(CELCAT_KEY);
        edusign.addSchool(FCA_KEY);
        CelcatSimulator celcat = CelcatSimulator.start(0, CELCAT_API_CODE);
        FcaSimulator fca = FcaSimulator.start(0, "demo", FCA_PASSWORD);
        LocalDate tomorrow = LocalDate.now(SyncWindow.PARIS).plusDays(1);
        DemoTimetables.populate(celcat.timetable("1"), tomorrow, 14);
        FcaDemoData.populate(fca.data(), tomorrow, 14);

        Path data = configDir.resolve("data/demo");
        wipe(data);
        RuntimeOptions options = RuntimeOptions.parse("--config-dir", configDir.toString(),
                "--routes", "file:" + configDir.toAbsolutePath().normalize().resolve("demo/tenants") + "/*.yaml");
        Main main = ConnectorMain.create(options);
        main.addOverrideProperty("connector.db.url", "jdbc:h2:file:" + data.toAbsolutePath().normalize().resolve("connector") + ";WRITE_DELAY=0");
        main.addOverrideProperty("connector.schedule.enabled", "false");
        main.addOverrideProperty("demo.edusign.url", edusign.baseUrl());
        main.addOverrideProperty("demo.celcat.url", celcat.baseUrl());
        main.addOverrideProperty("demo.fca.url", fca.baseUrl());
        main.start();
        int exit = 0;
        try {
            SyncLauncher launcher = main.getCamelContext().getRegistry().lookupByNameAndType("syncLauncher", SyncLauncher.class);
            ObjectMapper json = main.getCamelContext().getRegistry().lookupByNameAndType("connectorJson", ObjectMapper.class);
            String port = main.getCamelContext().resolvePropertyPlaceholders("{{camel.server.port}}");
            for (String tenant : TENANTS) {
                RunSummary summary = launcher.run(new SyncRequest(tenant, SyncRequest.DOWN, false, "demo"));
                System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
                var school = edusign.school(tenant.equals("demo-fca") ? FCA_KEY : CELCAT_KEY);
                System.out.printf("%nSimulated Edusign school of %s now holds %d sheets, %d learners, %d instructors, %d groups.%n",
                        tenant, school.courses().size(), school.students().size(), school.professors().size(), school.groups().size());
                System.out.printf("Event log: curl -u %s:%s http://localhost:%s/api/tenants/%s/events%n", API_USER, API_PASSWORD, port, tenant);
                System.out.printf("Sync again: curl -u %s:%s -X POST http://localhost:%s/api/tenants/%s/sync%n%n", API_USER, API_PASSWORD, port,
                        tenant);
                exit = "COMPLETED".equals(summary.status()) ? exit : 1;
            }
            System.out.printf("Events page: http://localhost:%s/ui/ (user %s, password %s)%n", port, API_USER, API_PASSWORD);
            if (!exitAfterSync) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(main, edusign, celcat, fca)));
                Thread.currentThread().join();
            }
        } finally {
            if (exitAfterSync) {
                stop(main, edusign, celcat, fca);
            }
        }
        return exit;
    }

    private static void stop(Main main, EdusignSimulator edusign, CelcatSimulator celcat, FcaSimulator fca) {
        try {
            main.stop();
        } catch (Exception ignored) {
            // shutting down
        }
        celcat.close();
        fca.close();
        edusign.close();
    }

    private static void wipe(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
