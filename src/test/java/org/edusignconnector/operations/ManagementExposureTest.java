package org.edusignconnector.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.edusignconnector.operations.JolokiaPolicyTest.assertRefused;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.api.AccessControl;
import org.edusignconnector.testing.JolokiaClient;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * camel.management.host on a non-loopback address (0.0.0.0 here; the tests only ever connect to
 * 127.0.0.1): Jolokia requires the admin's credentials from the environment, or the runtime does
 * not start. Health stays open for the orchestrator's probes.
 */
class ManagementExposureTest {

    private static final String VERSION = "{\"type\":\"version\"}";
    private static final String READ_CONTEXT = "{\"type\":\"read\",\"mbean\":\"org.apache.camel:context=edusign-connector,"
            + "type=context,name=\\\"edusign-connector\\\"\",\"attribute\":\"State\"}";
    private static final String ADMIN = "ops-admin";
    private static final String PASSWORD = "ops-admin-password";

    private RuntimeHarness runtime;

    @BeforeEach
    void noAdminCredentialsInTheEnvironment() {
        Assumptions.assumeTrue(System.getenv(AccessControl.ADMIN_USER) == null && System.getenv(AccessControl.ADMIN_PASSWORD) == null,
                "the admin's credentials are set in this environment");
        clearAdmin();
    }

    @AfterEach
    void stop() {
        clearAdmin();
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void exposedWithoutCredentialsTheRuntimeDoesNotStart() {
        runtime = RuntimeHarness.create().property("camel.management.host", "0.0.0.0");

        assertThatThrownBy(runtime::start).hasMessageContaining("camel.management.host=0.0.0.0")
                .hasMessageContaining("/observe/jolokia").hasMessageContaining("CONNECTOR_ADMIN_USER")
                .hasMessageContaining("CONNECTOR_ADMIN_PASSWORD");
    }

    @Test
    void exposedJolokiaRequiresTheAdminsCredentialsAndKeepsItsPolicy() throws Exception {
        System.setProperty(AccessControl.ADMIN_USER, ADMIN);
        System.setProperty(AccessControl.ADMIN_PASSWORD, PASSWORD);
        runtime = RuntimeHarness.create().property("camel.management.host", "0.0.0.0")
                .property("camel.management.info-enabled", "true").property("camel.management.dev-console-enabled", "true").start();
        int port = managementPort();

        HttpResponse<String> anonymous = new JolokiaClient(port).post(VERSION);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"edusign-connector\"");
        assertThat(anonymous.body()).doesNotContain("agent");
        assertThat(new JolokiaClient(port).basic(ADMIN, "guess").post(VERSION).statusCode()).isEqualTo(401);
        assertThat(new JolokiaClient(port).basic("viewer", PASSWORD).post(VERSION).statusCode()).isEqualTo(401);
        assertThat(new JolokiaClient(port).basic(RuntimeHarness.VIEWER_USER, RuntimeHarness.VIEWER_PASSWORD).post(VERSION).statusCode())
                .isEqualTo(401);
        assertThat(get(port, "/observe/jolokia/version", "Bearer " + RuntimeHarness.ADMIN_TOKEN).statusCode()).isEqualTo(401);
        // the other consoles, when turned on, as well
        assertThat(get(port, "/observe/info", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/q/dev", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/observe/info", basic(ADMIN, PASSWORD)).statusCode()).isEqualTo(200);

        JolokiaClient admin = new JolokiaClient(port).basic(ADMIN, PASSWORD);
        JsonNode state = admin.call(READ_CONTEXT);
        assertThat(state.path("status").asInt()).as(state.toString()).isEqualTo(200);
        assertThat(state.path("value").asText()).isEqualTo("Started");
        Path heap = Files.createTempDirectory("heap").resolve("never.hprof");
        assertRefused(admin.call("{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=HotSpotDiagnostic\","
                + "\"operation\":\"dumpHeap(java.lang.String,boolean)\",\"arguments\":[\"" + heap + "\",true]}"));
        assertThat(heap).as("the admin's credentials do not open what the policy refuses").doesNotExist();

        // open for the orchestrator's probes and the metrics scraper
        assertThat(get(port, "/observe/health/ready", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/observe/health/live", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/observe/metrics", null).statusCode()).isEqualTo(200);
    }

    @Test
    void guessingTheAdminsPasswordIsSlowedThenRefusedAndTheRightOneClearsTheAddress() throws Exception {
        System.setProperty(AccessControl.ADMIN_USER, ADMIN);
        System.setProperty(AccessControl.ADMIN_PASSWORD, PASSWORD);
        runtime = RuntimeHarness.create().property("camel.management.host", "0.0.0.0").start();
        JolokiaClient guesser = new JolokiaClient(managementPort()).basic(ADMIN, "guess");

        List<Integer> statuses = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            statuses.add(guesser.post(VERSION).statusCode());
        }
        long spentMillis = (System.nanoTime() - started) / 1_000_000;

        // Each failure doubles the wait of the address before its next attempt is checked: 100 ms, 200 ms, ... up to 3 s.
        assertThat(statuses).containsOnly(401);
        assertThat(spentMillis).as("the failed attempts waited their turns").isGreaterThanOrEqualTo(100 + 200 + 400 + 800);
        // Guesses sent side by side queue behind each other; one whose turn is more than 5 s away is refused at once.
        List<HttpResponse<String>> parallel = java.util.stream.IntStream.range(0, 4).parallel().mapToObj(i -> guesser.post(VERSION)).toList();
        assertThat(parallel).extracting(HttpResponse::statusCode).contains(429).doesNotContain(200);
        HttpResponse<String> refused = parallel.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).doesNotContain("agent");
        await("the address's turn").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> new JolokiaClient(managementPort()).basic(ADMIN, PASSWORD).post(VERSION).statusCode() == 200);
        assertThat(new JolokiaClient(managementPort()).basic(ADMIN, PASSWORD).post(VERSION).statusCode())
                .as("a success clears the address: no wait left").isEqualTo(200);
        assertThat(new JolokiaClient(managementPort()).post(VERSION).statusCode()).as("asking for credentials is no guess").isEqualTo(401);
    }

    @Test
    void camelsOwnAuthenticationIsAcceptedWhenItCoversJolokia() throws Exception {
        Path users = Files.createTempFile("management-users", ".properties");
        Files.writeString(users, "user.ops = camel-password\n");
        runtime = RuntimeHarness.create().property("camel.management.host", "0.0.0.0")
                .property("camel.management.authentication-enabled", "true")
                .property("camel.management.authentication-path", "/observe/jolokia/*")
                .property("camel.management.basic-properties-file", users.toString()).start();
        int port = managementPort();

        assertThat(new JolokiaClient(port).post(VERSION).statusCode()).isEqualTo(401);
        assertThat(new JolokiaClient(port).basic("ops", "camel-password").call(READ_CONTEXT).path("value").asText()).isEqualTo("Started");
    }

    @Test
    void camelsAuthenticationElsewhereThanJolokiaIsRefused() {
        runtime = RuntimeHarness.create().property("camel.management.host", "0.0.0.0")
                .property("camel.management.authentication-enabled", "true")
                .property("camel.management.authentication-path", "/observe/info")
                .property("camel.management.basic-properties-file", "/nonexistent.properties");

        assertThatThrownBy(runtime::start).hasMessageContaining("camel.management.authentication-path")
                .hasMessageContaining("/observe/jolokia");
    }

    @Test
    void jolokiaOnTheBusinessPortIsRefused() {
        runtime = RuntimeHarness.create();
        runtime.property("camel.management.port", String.valueOf(runtime.httpPort()));

        assertThatThrownBy(runtime::start).hasMessageContaining("camel.management.port")
                .hasMessageContaining("camel.server.port");
    }

    private int managementPort() {
        return Integer.parseInt(runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}"));
    }

    private static HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void clearAdmin() {
        System.clearProperty(AccessControl.ADMIN_USER);
        System.clearProperty(AccessControl.ADMIN_PASSWORD);
    }
}
