package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.testing.ForwardProxy;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * The configured secrets (Edusign API keys, source passwords, API codes, proxy credentials, webhook
 * secret, admin token) appear nowhere: not in the database's events and runs, not in JMX attributes,
 * not in any API answer or health detail, not in the output of a failing run.
 */
class SecretsNeverLeakTest {

    private static final String PROXY_PASSWORD = "proxy-secret-Zq81";

    @Test
    void noSecretValueIsVisibleAnywhere() throws Exception {
        System.setProperty("UNIV_PROXY_PASSWORD", PROXY_PASSWORD);
        List<String> secrets = List.of(FcaFixture.KEY, FcaFixture.PASSWORD, AcmeFixture.KEY, AcmeFixture.API_CODE,
                AcmeFixture.WEBHOOK_SECRET, PROXY_PASSWORD, RuntimeHarness.ADMIN_TOKEN, RuntimeHarness.VIEWER_PASSWORD);
        try (FcaFixture univ = new FcaFixture(); ForwardProxy proxy = ForwardProxy.start("proxy-user", PROXY_PASSWORD);
             var celcat = org.edusignconnector.sim.celcat.CelcatSimulator.start(0, AcmeFixture.API_CODE)) {
            System.setProperty("ACME_EDUSIGN_API_KEY", AcmeFixture.KEY);
            System.setProperty("ACME_CELCAT_API_CODE", AcmeFixture.API_CODE);
            System.setProperty("ACME_WEBHOOK_SECRET", AcmeFixture.WEBHOOK_SECRET);
            univ.edusign.addSchool(AcmeFixture.KEY);
            CelcatSchool.populate(celcat.timetable("1"));
            String fcaWithProxy = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/tenants/fca.yaml")) + """
                          - name: proxyUsername
                            value: proxy-user
                          - name: proxyPasswordEnv
                            value: UNIV_PROXY_PASSWORD
                    """;
            univ.runtime.tenantYaml("fca.yaml", fcaWithProxy).tenantFile("acme.yaml")
                    .property("test.celcat.url", celcat.baseUrl()).property("test.fca.proxyHost", "127.0.0.1")
                    .property("test.fca.proxyPort", String.valueOf(proxy.port())).start();

            univ.runtime.sync("univ");
            univ.runtime.sync("acme");
            univ.edusign.setMaintenance(true);
            univ.runtime.sync("acme");
            univ.runtime.sync(new SyncRequest("univ", SyncRequest.UP, false, "test"));
            univ.edusign.setMaintenance(false);

            StringBuilder visible = new StringBuilder();
            visible.append(tables(univ.runtime, "sync_event", "sync_run", "sync_ledger"));
            visible.append(jmxAttributes());
            for (String path : new String[] {"/api/tenants", "/api/tenants/univ/events?size=500", "/api/tenants/acme/events?size=500",
                    "/api/tenants/univ/runs", "/api/tenants/acme/runs", "/api/tenants/acme/explain?sourceId=tt1/x"}) {
                visible.append(get(univ.runtime.httpPort(), path, true));
            }
            String management = univ.runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}");
            visible.append(get(Integer.parseInt(management), "/observe/health?exposureLevel=full", false));
            visible.append(get(Integer.parseInt(management), "/observe/metrics", false));

            assertThat(visible.length()).isGreaterThan(10_000);
            for (String secret : secrets) {
                assertThat(visible.toString()).as("secret visible").doesNotContain(secret);
            }
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
            assertThat(output).contains("503").doesNotContain(AcmeFixture.KEY).doesNotContain(AcmeFixture.API_CODE)
                    .doesNotContain(AcmeFixture.WEBHOOK_SECRET);
        }
    }

    private static String tables(RuntimeHarness runtime, String... tables) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = runtime.dataSource().getConnection()) {
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static String jmxAttributes() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        StringBuilder out = new StringBuilder();
        List<ObjectName> names = new ArrayList<>(server.queryNames(new ObjectName("org.apache.camel:*"), null));
        for (ObjectName name : names) {
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                try {
                    out.append(server.getAttribute(name, attribute.getName())).append('\n');
                } catch (Exception notReadable) {
                    // some attributes need a running component
                }
            }
        }
        return out.toString();
    }

    private static String get(int port, String path, boolean authenticated) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authenticated) {
            r.header("Authorization", "Bearer " + RuntimeHarness.ADMIN_TOKEN);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
