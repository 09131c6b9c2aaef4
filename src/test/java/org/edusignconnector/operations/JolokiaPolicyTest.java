package org.edusignconnector.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.edusignconnector.testing.JolokiaClient;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime as shipped: Jolokia on the management port, bound to 127.0.0.1, under
 * src/main/resources/jolokia-access.xml: Hawtio's reads pass, anything that changes or dumps the
 * JVM is refused by Jolokia (its answer's status 403, a SecurityException).
 */
class JolokiaPolicyTest {

    private static final String CONTEXT = "org.apache.camel:context=edusign-connector,type=context,name=\\\"edusign-connector\\\"";
    private static RuntimeHarness runtime;
    private static JolokiaClient jolokia;

    @BeforeAll
    static void start() {
        runtime = RuntimeHarness.create().start();
        jolokia = JolokiaClient.of(runtime);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void theManagementPortListensOnLoopbackOnly() throws Exception {
        ManagementHttpServer server = runtime.context().hasService(ManagementHttpServer.class);
        assertThat(server.getHost()).isEqualTo("127.0.0.1");
        // the listening socket itself, as the kernel lists it (IPv4, or IPv4-mapped IPv6 as Java opens it)
        Path tcp = Path.of("/proc/net/tcp");
        if (Files.isReadable(tcp)) {
            String port = String.format(":%04X", server.getPort());
            List<String> listening = new ArrayList<>();
            for (Path table : List.of(tcp, Path.of("/proc/net/tcp6"))) {
                if (Files.isReadable(table)) {
                    for (String line : Files.readAllLines(table)) {
                        String[] fields = line.trim().split("\\s+");
                        if (fields.length > 3 && fields[1].endsWith(port) && fields[3].equals("0A")) {
                            listening.add(fields[1].substring(0, fields[1].length() - port.length()));
                        }
                    }
                }
            }
            assertThat(listening).isNotEmpty().allMatch(address -> address.equals("0100007F")
                    || address.equals("0000000000000000FFFF00000100007F") || address.equals("00000000000000000000000001000000"));
        }
    }

    @Test
    void hawtiosReadsPass() {
        assertThat(jolokia.call("{\"type\":\"version\"}").path("status").asInt()).isEqualTo(200);
        assertThat(jolokia.call("{\"type\":\"list\",\"path\":\"org.apache.camel\"}").path("status").asInt()).isEqualTo(200);
        JsonNode context = jolokia.call("{\"type\":\"read\",\"mbean\":\"" + CONTEXT + "\"}");
        assertThat(context.path("status").asInt()).as(context.toString()).isEqualTo(200);
        assertThat(context.path("value").path("CamelId").asText()).isEqualTo("edusign-connector");
        JsonNode routes = jolokia.call("{\"type\":\"read\",\"mbean\":\"org.apache.camel:type=routes,*\",\"attribute\":\"RouteId\"}");
        assertThat(routes.path("status").asInt()).as(routes.toString()).isEqualTo(200);
        assertThat(routes.path("value").toString()).contains("\"sync-run\"", "\"api-sync\"");
        JsonNode memory = jolokia.call("{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"HeapMemoryUsage\"}");
        assertThat(memory.path("status").asInt()).isEqualTo(200);

        // the route source and the route diagram's statistics, as Hawtio asks for them
        JsonNode source = jolokia.call("{\"type\":\"exec\",\"mbean\":\"" + CONTEXT + "\",\"operation\":\"dumpRoutesAsXml()\",\"arguments\":[]}");
        assertThat(source.path("status").asInt()).as(source.toString()).isEqualTo(200);
        assertThat(source.path("value").asText()).contains("sync-run");
        JsonNode stats = jolokia.call("{\"type\":\"exec\",\"mbean\":\"" + CONTEXT + "\",\"operation\":\"dumpRoutesStatsAsXml\",\"arguments\":[true,true]}");
        assertThat(stats.path("status").asInt()).as(stats.toString()).isEqualTo(200);
    }

    @Test
    void jvmAndDiagnosticOperationsAreRefused() throws Exception {
        Path heap = Files.createTempDirectory("heap").resolve("dump.hprof");
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=HotSpotDiagnostic\","
                + "\"operation\":\"dumpHeap(java.lang.String,boolean)\",\"arguments\":[\"" + heap + "\",true]}"));
        assertThat(heap).doesNotExist();
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=HotSpotDiagnostic\","
                + "\"operation\":\"setVMOption\",\"arguments\":[\"HeapDumpOnOutOfMemoryError\",\"true\"]}"));
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=DiagnosticCommand\","
                + "\"operation\":\"vmSystemProperties\",\"arguments\":[]}"));
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"java.lang:type=Memory\",\"operation\":\"gc\",\"arguments\":[]}"));
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"java.util.logging:type=Logging\","
                + "\"operation\":\"setLoggerLevel\",\"arguments\":[\"\",\"OFF\"]}"));
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"JMImplementation:type=MBeanServerDelegate\","
                + "\"operation\":\"toString\",\"arguments\":[]}"));
    }

    @Test
    void camelOperationsThatChangeOrSendAreRefused() {
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"" + CONTEXT + "\",\"operation\":\"stop()\",\"arguments\":[]}"));
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"" + CONTEXT + "\","
                + "\"operation\":\"sendStringBody(java.lang.String,java.lang.String)\",\"arguments\":[\"direct:sync-run\",\"x\"]}"));
        // placeholders resolved in the source could show a configured value
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"" + CONTEXT + "\",\"operation\":\"dumpRoutesAsXml(boolean)\",\"arguments\":[true]}"));
        assertRefused(jolokia.call("{\"type\":\"exec\",\"mbean\":\"org.apache.camel:context=edusign-connector,type=routes,name=\\\"sync-run\\\"\","
                + "\"operation\":\"stop()\",\"arguments\":[]}"));
        assertThat(runtime.context().getRouteController().getRouteStatus("sync-run").isStarted()).isTrue();
        assertThat(runtime.context().isStarted()).isTrue();
    }

    @Test
    void attributesAreNeverWritten() {
        assertRefused(jolokia.call("{\"type\":\"write\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"Verbose\",\"value\":true}"));
        assertRefused(jolokia.call("{\"type\":\"write\",\"mbean\":\"" + CONTEXT + "\",\"attribute\":\"Tracing\",\"value\":true}"));
        assertThat(runtime.context().isTracing()).isFalse();
    }

    @Test
    void systemPropertiesAndJvmArgumentsAreNotRead() {
        // the harness passes the admin's token as a system property, as an operator might with -D
        assertRefused(jolokia.call("{\"type\":\"read\",\"mbean\":\"java.lang:type=Runtime\",\"attribute\":\"SystemProperties\"}"));
        assertRefused(jolokia.call("{\"type\":\"read\",\"mbean\":\"java.lang:type=Runtime\",\"attribute\":\"InputArguments\"}"));
        HttpResponse<String> everything = jolokia.post("{\"type\":\"read\",\"mbean\":\"*:*\",\"config\":{\"ignoreErrors\":true}}");
        assertThat(JolokiaClient.json(everything).path("status").asInt()).isEqualTo(200);
        assertThat(everything.body()).contains("\"Uptime\"").doesNotContain(RuntimeHarness.ADMIN_TOKEN, RuntimeHarness.VIEWER_PASSWORD);
    }

    @Test
    void onlyPostFromThisMachinesPagesOrWithoutOrigin() {
        // a GET can be made by any page (an image): refused, but for the version (Jolokia answers it before its policy)
        assertRefused(JolokiaClient.json(jolokia.get("read/java.lang:type=Memory/HeapMemoryUsage")));
        assertRefused(JolokiaClient.json(jolokia.get("list")));
        assertThat(JolokiaClient.json(jolokia.get("version")).path("value").path("agent").asText()).isEqualTo("2.5.0");
        // a page from elsewhere, a DNS name pointing at 127.0.0.1 included: refused before anything runs
        // (camel-platform-http-jolokia calls Jolokia's origin check by reflection: its refusal comes back as an error 500)
        HttpResponse<String> foreign = new JolokiaClient(jolokiaPort()).origin("http://evil.example:9876")
                .post("{\"type\":\"read\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"HeapMemoryUsage\"}");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(500);
        assertThat(JolokiaClient.json(foreign).has("value")).as(foreign.body()).isFalse();
        // Hawtio on this machine (its proxy passes the browser's origin on)
        JsonNode local = new JolokiaClient(jolokiaPort()).origin("http://127.0.0.1:8090").call("{\"type\":\"version\"}");
        assertThat(local.path("status").asInt()).as(local.toString()).isEqualTo(200);
        JsonNode localhost = new JolokiaClient(jolokiaPort()).origin("http://localhost:8090").call("{\"type\":\"version\"}");
        assertThat(localhost.path("status").asInt()).as(localhost.toString()).isEqualTo(200);
    }

    private static int jolokiaPort() {
        return Integer.parseInt(runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}"));
    }

    /** Jolokia's refusal: status 403 in its answer, whose error says why (the answer's HTTP status is 200, or 500). */
    static void assertRefused(JsonNode answer) {
        JsonNode first = answer.isArray() ? answer.get(0) : answer;
        assertThat(first.path("status").asInt()).as(answer.toString()).isEqualTo(403);
        assertThat(first.path("error").asText()).as(answer.toString()).containsAnyOf("forbidden", "not allowed");
    }
}
