package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook under attack, through real HTTP: forged calls cost a counter and at most one event per
 * tenant and minute; an unknown tenant cannot be told from a bad signature; no body or content type
 * turns a bad signature into a 500; a captured valid call replayed is acknowledged without running.
 */
class WebhookAbuseTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private AcmeFixture acme;
    private String body;

    @BeforeEach
    void start() {
        acme = new AcmeFixture();
        acme.runtime.start();
        acme.runtime.sync("acme");
        String sheet = acme.school().courses().stream().filter(c -> c.get("NAME").asText().equals("Mathématiques TD"))
                .findFirst().orElseThrow().get("ID").asText();
        String lea = acme.school().students().stream().filter(s -> s.get("EMAIL").asText().equals("lea.bernard@school.example"))
                .findFirst().orElseThrow().get("ID").asText();
        acme.school().lockCourse(sheet, List.of(StudentAttendance.present(lea)), List.of(true));
        body = "{\"course\":{\"ID\":\"" + sheet + "\"}}";
    }

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void threeHundredForgedCallsAreCountedButLeaveOneEvent() throws Exception {
        for (int i = 0; i < 300; i++) {
            assertThat(post("acme", "application/json", body, hmac(body, "forged-" + i)).statusCode()).isEqualTo(401);
        }

        EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
        assertThat(events.page("acme", 0, 50, "WEBHOOK_REJECTED", null)).hasSize(1);
        assertThat(metrics()).contains("connector_webhook_rejected_total{reason=\"bad_signature\",tenant=\"acme\"} 300.0");
        assertThat(acme.timetable().registerWrites()).isEmpty();
    }

    @Test
    void anUnknownTenantGetsExactlyTheAnswerOfABadSignature() throws Exception {
        HttpResponse<String> badSignature = post("acme", "application/json", body, hmac(body, "forged"));
        HttpResponse<String> unknownTenant = post("nobody", "application/json", body, hmac(body, "forged"));
        HttpResponse<String> unknownUnsigned = post("nobody", "application/json", body, null);

        for (HttpResponse<String> answer : List.of(unknownTenant, unknownUnsigned)) {
            assertThat(answer.statusCode()).isEqualTo(badSignature.statusCode()).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(badSignature.body());
            assertThat(answer.headers().map()).isEqualTo(badSignature.headers().map());
        }
        assertThat(metrics()).contains("connector_webhook_rejected_total{reason=\"unknown_tenant\",tenant=\"(unknown)\"} 2.0");
    }

    @Test
    void anyBodyAndContentTypeWithABadSignatureIs401NeverA500() throws Exception {
        String[][] cases = {
            {"application/x-www-form-urlencoded", "course=123&tenant=other"},
            {"multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"course\"\r\n\r\n123\r\n--xyz--\r\n"},
            {"text/plain", "not json at all"},
            {"application/json", "{\"course\":"},
            {"application/octet-stream", "\u0000\u00ff\u0001"},
            {"application/json", ""},
        };
        for (String[] c : cases) {
            HttpResponse<String> answer = post("acme", c[0], c[1], hmac(c[1], "forged"));
            assertThat(answer.statusCode()).as(c[0] + " " + answer.body()).isEqualTo(401);
        }
        assertThat(acme.timetable().registerWrites()).isEmpty();
    }

    @Test
    void aValidCallReplayedIsAcknowledgedWithoutRunningAgain() throws Exception {
        String signature = hmac(body, AcmeFixture.WEBHOOK_SECRET);
        HttpResponse<String> first = post("acme", "application/json", body, signature);
        HttpResponse<String> replayed = post("acme", "application/json", body, signature.toUpperCase());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.body()).contains("received already");
        assertThat(acme.timetable().registerWrites()).containsExactly(CelcatSchool.MONDAY_TD);
        RunStore runs = acme.runtime.context().getRegistry().lookupByNameAndType("runStore", RunStore.class);
        assertThat(runs.last("acme", 10)).filteredOn(run -> "webhook".equals(run.trigger())).hasSize(1);
    }

    private HttpResponse<String> post(String tenant, String contentType, String content, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + acme.runtime.httpPort() + "/api/webhooks/edusign/" + tenant))
                .header("Content-Type", contentType).header("x-edusign-webhook-type", "on_course_locked")
                .POST(HttpRequest.BodyPublishers.ofString(content));
        if (signature != null) {
            request.header("x-edusign-hmac", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String metrics() throws Exception {
        String port = acme.runtime.context().resolvePropertyPlaceholders("{{camel.management.port}}");
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String hmac(String content, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
