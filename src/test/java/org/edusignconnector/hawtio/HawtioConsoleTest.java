package org.edusignconnector.hawtio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.testing.HeadlessChromium;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-command Hawtio: the runtime (tenant acme, simulators) serves Jolokia on its management
 * port; the launcher starts Hawtio in a JVM of its own; headless Chromium opens the launcher's page
 * and, through Hawtio's proxy, sees the runtime's Camel routes by id.
 */
class HawtioConsoleTest {

    /** Selects the "routes" folder of the Camel tree once it is shown (true when it was clicked). */
    private static final String CLICK_ROUTES_FOLDER = """
            const label = [...document.querySelectorAll('body *')]
                .find(e => e.children.length === 0 && e.textContent.trim() === 'routes');
            if (!label) { return false; }
            (label.closest('button') || label).click();
            return true;
            """;

    /** Opens the Route Diagram tab of the selected folder (true once clicked). */
    private static final String CLICK_ROUTE_DIAGRAM_TAB = """
            const label = [...document.querySelectorAll('body *')]
                .find(e => e.children.length === 0 && e.textContent.trim() === 'Route Diagram');
            if (!label) { return false; }
            (label.closest('button') || label.closest('a') || label).click();
            return true;
            """;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private EdusignSimulator edusign;
    private CelcatSimulator celcat;
    private RuntimeHarness runtime;
    private int managementPort;
    private Process hawtio;

    @BeforeEach
    void startRuntime() {
        Assumptions.assumeTrue(HeadlessChromium.available(), "chromium and chromedriver are not installed");
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-acme");
        System.setProperty("ACME_CELCAT_API_CODE", "code-acme");
        System.setProperty("ACME_WEBHOOK_SECRET", "acme-client-secret");
        edusign = EdusignSimulator.start(0);
        edusign.addSchool("key-acme");
        celcat = CelcatSimulator.start(0, "code-acme");
        runtime = RuntimeHarness.create().property("test.celcat.url", celcat.baseUrl())
                .property("test.edusign.url", edusign.baseUrl()).tenantFile("acme.yaml")
                .property("camel.management.enabled", "true").property("camel.management.jolokia-enabled", "true")
                .property("camel.management.host", "127.0.0.1").start();
        managementPort = Integer.parseInt(runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}"));
    }

    @AfterEach
    void stopAll() {
        if (hawtio != null) {
            hawtio.destroy();
        }
        if (runtime != null) {
            runtime.close();
            celcat.close();
            edusign.close();
        }
    }

    @Test
    void hawtioConnectedToTheRuntimeListsTheTenantRoutes() throws Exception {
        String jolokia = "http://127.0.0.1:" + managementPort + "/observe/jolokia";
        assertThat(get(jolokia + "/version").body()).contains("\"agent\"");

        int port = RuntimeHarness.freePort();
        Path log = Files.createDirectories(Path.of("target", "hawtio")).resolve("hawtio-console-test.log");
        hawtio = new ProcessBuilder(HawtioLauncher.command(new HawtioLauncher.Options(port, URI.create(jolokia),
                Path.of(HawtioLauncher.DEFAULT_WAR)))).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await("Hawtio started").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> get("http://127.0.0.1:" + port + "/hawtio/").statusCode() == 200);

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.open("http://127.0.0.1:" + port + "/");
            try {
                await("Hawtio's Camel tree of the runtime").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                        .until(() -> browser.script(CLICK_ROUTES_FOLDER).asBoolean());
                await("the route table").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                        .until(() -> cells(browser), cells -> cells.containsAll(List.of("acme", "sync-run", "sync-course")));
                // the diagram needs two of the operations jolokia-access.xml allows (dumpRoutesAsXml, dumpRoutesStatsAsXml)
                await("the route diagram").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                        .until(() -> browser.script(CLICK_ROUTE_DIAGRAM_TAB).asBoolean()
                                && browser.script("return document.querySelectorAll('.react-flow__node').length;").asInt() > 0);
            } finally {
                browser.screenshot("hawtio-camel-routes");
                Files.writeString(Path.of("target", "screenshots", "hawtio-camel-routes.txt"), browser.text());
            }
        }
    }

    /** The cells of the tables shown: the route table lists one route per row, its id first. */
    private static List<String> cells(HeadlessChromium browser) {
        List<String> cells = new ArrayList<>();
        browser.script("return [...document.querySelectorAll('td')].map(td => td.innerText.trim());").forEach(c -> cells.add(c.asText()));
        return cells;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
