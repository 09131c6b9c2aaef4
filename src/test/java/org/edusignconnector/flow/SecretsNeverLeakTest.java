package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.common.Fault;
import org.edusignconnector.testing.ForwardProxy;
import org.edusignconnector.testing.LogCapture;
import org.edusignconnector.testing.RuntimeHarness;
import org.edusignconnector.testing.RuntimeSurfaces;
import org.edusignconnector.testing.SecretFiles;
import org.edusignconnector.testing.SecretScanner;
import org.edusignconnector.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The configured secrets (Edusign API keys, FCA password, Celcat API code, proxy credentials,
 * webhook secret, admin token, viewer password, database password), handed over in files as in
 * production, appear nowhere a runtime shows to the outside after successful runs, failed runs, a
 * crashed run, webhooks signed, forged and unsigned: not in its log (every logger of ours, Camel's
 * and its libraries' at TRACE), the database's tables, the JVM's MBeans, the business API's
 * answers, the events page's files, health, metrics, info, Jolokia, nor in any console of the
 * developer console (enabled here). Credentials that Edusign, a source or the proxy refuse are the
 * subject of {@link RefusedSecretsNeverLeakTest}.
 */
class SecretsNeverLeakTest {

    static final String PROXY_USER = "proxy-user";
    static final String PROXY_PASSWORD = "proxy-secret-Zq81";
    static final String DB_PASSWORD = "db-secret-Hk27";
    static final String CAWS_USER = "attendance-robot";
    static final String CAWS_PASSWORD = "caws-secret-Wm52";
    /**
     * Loggers at TRACE while a test looks at the log: ours, Camel's and its libraries'. Not Apache
     * HttpClient's headers and wire loggers: they print every request header by design, and the
     * runtime keeps them at INFO (see ConnectorMain.HEADER_LOGGERS).
     */
    static final String[] TRACED = {"org.edusignconnector", "org.apache.camel", "org.apache.hc.client5.http.impl",
        "org.apache.hc.client5.http.protocol", "org.apache.hc.core5", "com.zaxxer.hikari", "io.vertx", "org.jolokia",
        "io.github.resilience4j", "org.quartz", "org.flywaydb"};

    @Test
    void noSecretIsVisibleAnywhereAfterRunsThatWorkedFailedAndCrashed() throws Exception {
        try (FcaFixture univ = new FcaFixture(); ForwardProxy proxy = ForwardProxy.start(PROXY_USER, PROXY_PASSWORD);
             CelcatSimulator celcat = CelcatSimulator.start(0, AcmeFixture.API_CODE); SecretFiles secrets = new SecretFiles();
             LogCapture log = LogCapture.start(TRACED)) {
            SecretScanner scanner = configuredSecrets(univ.runtime, secrets);
            startTwoTenants(univ, celcat, proxy);
            log.trace(univ.runtime.context().getRoutes().stream().map(r -> r.getRouteId()).toList());
            int api = univ.runtime.httpPort();

            assertThat(univ.runtime.sync("univ").status()).isEqualTo("COMPLETED");
            assertThat(univ.runtime.sync("acme").status()).isEqualTo("COMPLETED");
            assertThat(proxy.forwarded()).isNotEmpty();
            // Acme's attendance goes up through CAWS: its password grant and bearer token are secrets too.
            String sheet = univ.edusign.school(AcmeFixture.KEY).courses().stream()
                    .filter(c -> c.get("NAME").asText().equals("Mathématiques TD")).findFirst().orElseThrow().get("ID").asText();
            univ.edusign.school(AcmeFixture.KEY).lockCourse(sheet, List.of(), List.of(true));
            assertThat(univ.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test")).counts()).containsEntry("ATTENDANCE_SENT", 1L);
            assertThat(celcat.cawsTokens()).isNotEmpty();
            celcat.cawsTokens().forEach(token -> scanner.secret("Acme's CAWS token", token));
            scanner.scan("webhook answers", webhooks(api, univ));
            univ.edusign.setMaintenance(true);
            scanner.scan("failed run summaries", univ.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test")).toString());
            scanner.scan("failed run summaries", univ.runtime.sync(new SyncRequest("univ", SyncRequest.UP, false, "test")).toString());
            univ.edusign.setMaintenance(false);
            // a crash of the run: Celcat answers something that is not JSON
            celcat.setFaultInjector((method, path, n) -> java.util.Optional.of(Fault.status(200, "<html>not json</html>")));
            RunSummary crashed = univ.runtime.sync("acme");
            celcat.setFaultInjector(null);
            assertThat(crashed.status()).isEqualTo("FAILED");
            scanner.scan("failed run summaries", crashed.toString());
            scanner.scan("API answers", RuntimeSurfaces.post(api, "/api/tenants/acme/sync", RuntimeSurfaces.admin(), Map.of(), ""));
            scanner.scan("API answers", RuntimeSurfaces.post(api, "/api/tenants/nobody/sync", RuntimeSurfaces.admin(), Map.of(), ""));

            scanner.scan("database tables", RuntimeSurfaces.allTables(univ.runtime.dataSource()));
            scanner.scan("JMX attributes", RuntimeSurfaces.mbeanAttributes());
            scanner.scan("API answers", apiAnswers(api));
            scanner.scan("events page", eventsPage(api));
            int management = Integer.parseInt(univ.runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}"));
            scanner.scan("management endpoints", managementAnswers(management));
            Map<String, String> consoles = RuntimeSurfaces.devConsoles(management);
            assertThat(consoles).containsKeys("properties", "system-properties", "bean", "endpoint", "route", "context", "java-security",
                    "log", "jvm", "main-configuration", "route-dump", "variables", "event");
            consoles.forEach((console, answer) -> scanner.scan("dev console " + console, answer));
            scanner.scan("log", log.text());

            assertThat(log.hasFineLines()).as("the log holds TRACE and DEBUG lines").isTrue();
            assertThat(System.getProperty("org.slf4j.simpleLogger.log.org.apache.hc.client5.http.headers")).isEqualTo("info");
            assertThat(scanner.scannedChars("log")).isGreaterThan(100_000);
            assertThat(scanner.scannedChars("database tables")).isGreaterThan(5_000);
            assertThat(scanner.scannedChars("dev console bean")).isGreaterThan(1_000);
            scanner.assertNoSecretFound();
        }
    }

    @Test
    void aFailingRunPrintsNoSecret() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.edusign.setMaintenance(true);
            acme.runtime.writeConfiguration();
            ProcessBuilder pb = new ProcessBuilder(RuntimeHarness.javaCommand("--config-dir", acme.runtime.configDir().toString(),
                    "--once", "acme")).redirectErrorStream(true);
            pb.environment().put("ACME_EDUSIGN_API_KEY", AcmeFixture.KEY);
            pb.environment().put("ACME_CELCAT_API_CODE", AcmeFixture.API_CODE);
            pb.environment().put("ACME_WEBHOOK_SECRET", AcmeFixture.WEBHOOK_SECRET);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(p.exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("503");
            new SecretScanner().secret("Acme's Edusign API key", AcmeFixture.KEY).secret("Acme's Celcat API code", AcmeFixture.API_CODE)
                    .secret("Acme's webhook secret", AcmeFixture.WEBHOOK_SECRET)
                .secret("Acme's CAWS password", CAWS_PASSWORD).scan("one-shot run output", output).assertNoSecretFound();
        }
    }

    /**
     * Every secret of the two tenants, the API's and the database's (set here on H2, PostgreSQL's own
     * otherwise), each handed to the runtime in a file, as production does.
     */
    static SecretScanner configuredSecrets(RuntimeHarness runtime, SecretFiles files) {
        files.put("UNIV_EDUSIGN_API_KEY", FcaFixture.KEY).put("UNIV_FCA_PASSWORD", FcaFixture.PASSWORD)
                .put("UNIV_PROXY_PASSWORD", PROXY_PASSWORD).put("ACME_EDUSIGN_API_KEY", AcmeFixture.KEY)
                .put("ACME_CELCAT_API_CODE", AcmeFixture.API_CODE).put("ACME_WEBHOOK_SECRET", AcmeFixture.WEBHOOK_SECRET)
                .put("ACME_CAWS_PASSWORD", CAWS_PASSWORD)
                .put("CONNECTOR_ADMIN_TOKEN", RuntimeHarness.ADMIN_TOKEN).put("CONNECTOR_VIEWER_PASSWORD", RuntimeHarness.VIEWER_PASSWORD);
        SecretScanner scanner = new SecretScanner()
                .secret("Univ's Edusign API key", FcaFixture.KEY)
                .basicCredentials("Univ's FCA Manager password", "connector", FcaFixture.PASSWORD)
                .secret("Acme's Edusign API key", AcmeFixture.KEY)
                .secret("Acme's Celcat API code", AcmeFixture.API_CODE)
                .secret("Acme's webhook secret", AcmeFixture.WEBHOOK_SECRET)
                .secret("Acme's CAWS password", CAWS_PASSWORD)
                .basicCredentials("proxy password", PROXY_USER, PROXY_PASSWORD)
                .secret("admin token", RuntimeHarness.ADMIN_TOKEN)
                .basicCredentials("viewer password", RuntimeHarness.VIEWER_USER, RuntimeHarness.VIEWER_PASSWORD);
        if (!TestDatabase.postgresql()) {
            runtime.property("connector.db.password-env", "SECRETS_TEST_DB_PASSWORD");
            files.put("SECRETS_TEST_DB_PASSWORD", DB_PASSWORD);
            scanner.secret("database password", DB_PASSWORD);
        } else if (!runtime.database().password().isEmpty()) {
            files.put("CONNECTOR_TEST_DB_PASSWORD", runtime.database().password());
            scanner.secret("database password", runtime.database().password());
        }
        return scanner;
    }

    private static void startTwoTenants(FcaFixture univ, CelcatSimulator celcat, ForwardProxy proxy) throws Exception {
        univ.edusign.addSchool(AcmeFixture.KEY);
        CelcatSchool.populate(celcat.timetable("1"));
        celcat.enableCaws(CAWS_USER, CAWS_PASSWORD, 3600);
        univ.runtime.tenantYaml("fca.yaml", withProxyCredentials()).tenantFile("acme-caws.yaml", "acme.yaml")
                .property("test.celcat.url", celcat.baseUrl()).property("test.caws.url", celcat.cawsBaseUrl())
                .property("test.fca.proxyHost", "127.0.0.1")
                .property("test.fca.proxyPort", String.valueOf(proxy.port()))
                .property("camel.main.dev-console-enabled", "true").property("camel.management.dev-console-enabled", "true").start();
    }

    static String withProxyCredentials() throws Exception {
        return Files.readString(Path.of("src/test/resources/tenants/fca.yaml")) + """
                      - name: proxyUsername
                        value: %s
                      - name: proxyPasswordEnv
                        value: UNIV_PROXY_PASSWORD
                """.formatted(PROXY_USER);
    }

    /** A signed webhook, a forged one and an unsigned one, with their answers. */
    private static String webhooks(int api, FcaFixture univ) throws Exception {
        String sheet = univ.edusign.school(AcmeFixture.KEY).courses().get(0).get("ID").asText();
        String body = "{\"course\":{\"ID\":\"" + sheet + "\"}}";
        StringBuilder answers = new StringBuilder();
        for (String signature : new String[] {hmac(body, AcmeFixture.WEBHOOK_SECRET), hmac(body, "not-the-secret"), null}) {
            Map<String, String> headers = signature == null ? Map.of("x-edusign-webhook-type", "on_course_locked")
                    : Map.of("x-edusign-webhook-type", "on_course_locked", "x-edusign-hmac", signature);
            answers.append(RuntimeSurfaces.post(api, "/api/webhooks/edusign/acme", null, headers, body));
        }
        return answers.toString();
    }

    /** What the business API answers, to the admin and to nobody (the 401 page). */
    private static String apiAnswers(int api) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String tenant : List.of("univ", "acme")) {
            for (String path : List.of("runs", "runs?limit=20", "runs/current", "events?page=0&size=500", "events?page=0&size=50&reason=RUN_FAILED",
                    "deletions", "explain?sourceId=" + RuntimeSurfaces.encode("tt1/" + CelcatSchool.MONDAY_TD),
                    "courses/" + RuntimeSurfaces.encode("tt1/" + CelcatSchool.MONDAY_TD) + "/explain",
                    "courses/" + RuntimeSurfaces.encode(FcaFixture.S_MONDAY) + "/explain")) {
                out.append(RuntimeSurfaces.get(api, "/api/tenants/" + tenant + "/" + path, RuntimeSurfaces.admin(), "application/json"));
            }
        }
        out.append(RuntimeSurfaces.get(api, "/api/tenants", RuntimeSurfaces.admin(), "application/json"));
        out.append(RuntimeSurfaces.get(api, "/api/overview", RuntimeSurfaces.admin(), "application/json"));
        out.append(RuntimeSurfaces.get(api, "/api/tenants", null, "application/json"));
        out.append(RuntimeSurfaces.get(api, "/api/tenants", "Bearer wrong-token", "application/json"));
        return out.toString();
    }

    /** The events page's files, as the viewer's browser gets them (the API calls it makes are in {@link #apiAnswers}). */
    private static String eventsPage(int api) throws Exception {
        String viewer = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (RuntimeHarness.VIEWER_USER + ":" + RuntimeHarness.VIEWER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String path : List.of("/ui", "/ui/", "/ui/index.html", "/ui/app.js", "/ui/app.css")) {
            out.append(RuntimeSurfaces.get(api, path, viewer, null));
        }
        return out.toString();
    }

    private static String managementAnswers(int management) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String path : List.of("/observe/health?exposureLevel=full", "/observe/health/ready", "/observe/metrics", "/observe/info",
                "/observe/jolokia/read/org.apache.camel:*", "/observe/jolokia/list")) {
            out.append(RuntimeSurfaces.get(management, path, null, null));
        }
        return out.toString();
    }

    static String hmac(String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
