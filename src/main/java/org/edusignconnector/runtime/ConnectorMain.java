package org.edusignconnector.runtime;

import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.BaseMainSupport;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sync.ActiveRuns;
import org.edusignconnector.sync.SyncLauncher;
import org.edusignconnector.tenant.Secrets;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Starts the runtime from a configuration directory (application.properties + routes/), or, with
 * {@code --once TENANT}, runs one sync of one tenant and exits: 0 when the run completed (whatever
 * items were skipped), 1 when the run failed, 2 on a usage or start-up error.
 */
public final class ConnectorMain {

    /** The property holding the configuration directory (absolute), set from {@code --config-dir}. */
    public static final String CONFIG_DIR = "connector.config-dir";

    private ConnectorMain() {
    }

    public static void main(String[] args) throws Exception {
        java.util.Optional<String> help = CommandLineHelp.answer(args);
        if (help.isPresent()) {
            System.out.println(help.get());
            System.exit(0);
            return;
        }
        RuntimeOptions options;
        try {
            options = RuntimeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        java.util.Optional<String> missing = CommandLineHelp.missingConfiguration(options.configDir());
        if (missing.isPresent()) {
            System.err.println(missing.get());
            System.exit(2);
            return;
        }
        if (options.doctorTenant() != null) {
            System.exit(DoctorCommand.run(options));
        }
        if (options.oneShot()) {
            System.exit(runOnce(options));
        }
        create(options).run();
    }

    /**
     * Apache HttpClient logs every request header at DEBUG on these loggers: the Edusign API key,
     * the Celcat API code, the FCA Manager and proxy credentials. They stay at INFO when the log
     * level is raised for everything ({@code org.slf4j.simpleLogger.defaultLogLevel=debug}); only
     * naming one of them explicitly ({@code -Dorg.slf4j.simpleLogger.log.NAME=debug}) shows headers.
     */
    static final java.util.List<String> HEADER_LOGGERS = java.util.List.of("org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire");

    /** A camel-main configured from the options; not started. */
    public static Main create(RuntimeOptions options) {
        for (String logger : HEADER_LOGGERS) {
            if (System.getProperty("org.slf4j.simpleLogger.log." + logger) == null) {
                System.setProperty("org.slf4j.simpleLogger.log." + logger, "info");
            }
        }
        EndpointsSummary.quietCamelSummary();
        Main main = new Main();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport m) {
                addStartupListener(m.getCamelContext(), new EndpointsSummary());
                new ManagementAccess(new Secrets()).secure(m.getCamelContext(), m.configure());
                m.getCamelContext().getRegistry().lookupByNameAndType("tenantLoader", TenantLoader.class).load(m.getCamelContext());
            }

            @Override
            public void afterStart(BaseMainSupport m) {
                started(m.getCamelContext());
                StartupWarnings.log(m.getCamelContext(), !options.oneShot());
            }
        });
        main.setPropertyPlaceholderLocations("file:" + options.configDir().resolve("application.properties"));
        // Relative paths of the configuration (the H2 file) are taken from here, not from the working directory.
        main.addOverrideProperty(CONFIG_DIR, options.configDir().toString());
        main.addOverrideProperty("camel.main.routes-include-pattern", options.routesIncludePattern());
        if (options.oneShot()) {
            main.addOverrideProperty("connector.schedule.enabled", "false");
            // The API routes need the HTTP server; a one-shot run takes a free loopback port, never the service's.
            main.addOverrideProperty("camel.server.host", "127.0.0.1");
            main.addOverrideProperty("camel.server.port", "0");
            main.addOverrideProperty("camel.management.enabled", "false");
        }
        return main;
    }

    private static void addStartupListener(org.apache.camel.CamelContext context, org.apache.camel.StartupListener listener) {
        try {
            context.addStartupListener(listener);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Once the context has started (its Quartz triggers are in the job store): the developer
     * console, when enabled, masks the secrets, and the next instance sharing the database may start. camel-main calls it from {@code run()}; whoever starts a
     * {@link Main} with {@code start()} calls it.
     */
    public static void started(org.apache.camel.CamelContext context) {
        org.edusignconnector.tenant.Secrets secrets = context.getRegistry().lookupByNameAndType(ConnectorConfiguration.SECRETS,
                org.edusignconnector.tenant.Secrets.class);
        if (secrets != null) {
            SecretMaskingConsoles.install(context, secrets);
        }
        StartupLock lock = context.getRegistry().lookupByNameAndType(ConnectorConfiguration.STARTUP_LOCK, StartupLock.class);
        if (lock != null) {
            lock.release();
        }
    }

    static int runOnce(RuntimeOptions options) throws Exception {
        Main main = create(options);
        int[] exit = {1};
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport m) {
                exit[0] = syncAndReport(m, options);
                main.completed();
            }
        });
        try {
            main.run();
        } catch (Exception e) {
            System.err.println("the runtime could not start: " + e.getMessage());
            return 2;
        }
        return exit[0];
    }

    private static int syncAndReport(BaseMainSupport main, RuntimeOptions options) {
        try {
            SyncLauncher launcher = main.getCamelContext().getRegistry().lookupByNameAndType("syncLauncher", SyncLauncher.class);
            ObjectMapper json = main.getCamelContext().getRegistry().lookupByNameAndType("connectorJson", ObjectMapper.class);
            ActiveRuns active = main.getCamelContext().getRegistry().lookupByNameAndType("activeRuns", ActiveRuns.class);
            java.util.concurrent.ScheduledExecutorService progress = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            progress.scheduleAtFixedRate(() -> active.current(options.onceTenant()).ifPresent(run -> System.err.printf(
                    "%s %s run: %d/%d done%n", run.tenantName(), run.direction(), run.done(), run.total())), 2, 2, java.util.concurrent.TimeUnit.SECONDS);
            RunSummary summary = launcher.run(new SyncRequest(options.onceTenant(), options.direction(), options.dryRun(), "command-line",
                    options.resendFrom(), options.resendTo(), null));
            progress.shutdownNow();
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
            return "COMPLETED".equals(summary.status()) ? 0 : 1;
        } catch (Exception e) {
            System.err.println("sync of '" + options.onceTenant() + "' failed: " + e.getMessage());
            return 1;
        }
    }
}
