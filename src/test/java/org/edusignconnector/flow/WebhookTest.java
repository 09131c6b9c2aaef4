package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.edusignconnector.api.WebhookFollowUps;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.edusignconnector.sync.ActiveRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Edusign's on_course_locked webhook writes that sheet's attendance back at once; a forged or
 * unsigned call is refused with 401 and recorded (once a minute, see WebhookAbuseTest); the poll
 * afterwards writes nothing twice.
 */
class WebhookTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private AcmeFixture acme;
    private String sheet;

    @BeforeEach
    void start() {
        acme = new AcmeFixture();
        acme.runtime.start();
        acme.runtime.sync("acme");
        sheet = acme.school().courses().stream().filter(c -> c.get("NAME").asText().equals("Mathématiques TD"))
                .findFirst().orElseThrow().get("ID").asText();
        String lea = acme.school().students().stream().filter(s -> s.get("EMAIL").asText().equals("lea.bernard@school.example"))
                .findFirst().orElseThrow().get("ID").asText();
        acme.school().lockCourse(sheet, List.of(StudentAttendance.present(lea)), List.of(true));
    }

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void aSignedWebhookWritesTheSheetAtOnceAndThePollDoesNotWriteItAgain() throws Exception {
        String body = "{\"course\":{\"ID\":\"" + sheet + "\"}}";

        HttpResponse<String> answer = post(body, hmac(body, AcmeFixture.WEBHOOK_SECRET));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(acme.timetable().registerWrites()).containsExactly(CelcatSchool.MONDAY_TD);
        assertThat(acme.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test")).counts())
                .containsEntry("ATTENDANCE_UNCHANGED", 1L);
        assertThat(acme.timetable().registerWrites()).hasSize(1);
    }

    @Test
    void aWebhookDuringALongRunIsQueuedAndWrittenWithinSecondsOfItsEndNotAtTheNextPoll() throws Exception {
        String body = "{\"course\":{\"ID\":\"" + sheet + "\"}}";
        ActiveRuns active = acme.runtime.context().getRegistry().lookupByNameAndType("activeRuns", ActiveRuns.class);
        acme.celcat.setLatencyMillis(12_000);   // longer than the webhook's 10 s wait for the tenant
        CompletableFuture<RunSummary> longRun = CompletableFuture.supplyAsync(() -> acme.runtime.sync("acme"));
        await().atMost(Duration.ofSeconds(5)).until(() -> active.current("acme").isPresent());

        HttpResponse<String> answer = post(body, hmac(body, AcmeFixture.WEBHOOK_SECRET));
        acme.celcat.setLatencyMillis(0);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(answer.body()).contains("written as soon as it ends");
        assertThat(acme.timetable().registerWrites()).as("not while the other run holds the tenant").isEmpty();
        assertThat(longRun.get(60, TimeUnit.SECONDS).status()).isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(acme.timetable().registerWrites()).containsExactly(CelcatSchool.MONDAY_TD));
        RunStore runs = acme.runtime.context().getRegistry().lookupByNameAndType("runStore", RunStore.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(runs.last("acme", 5)).anySatisfy(run -> {
            assertThat(run.trigger()).isEqualTo(WebhookFollowUps.TRIGGER);
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.counts()).contains("\"ATTENDANCE_SENT\":1");
        }));
        assertThat(acme.runtime.sync(new SyncRequest("acme", SyncRequest.UP, false, "test")).counts())
                .containsEntry("ATTENDANCE_UNCHANGED", 1L);
        assertThat(acme.timetable().registerWrites()).hasSize(1);
    }

    @Test
    void aForgedOrUnsignedWebhookIsRefusedAndRecorded() throws Exception {
        String body = "{\"course\":{\"ID\":\"" + sheet + "\"}}";

        HttpResponse<String> forged = post(body, hmac(body, "not-the-secret"));
        HttpResponse<String> unsigned = post(body, null);
        HttpResponse<String> tampered = post(body.replace("}}", ",\"x\":1}}"), hmac(body, AcmeFixture.WEBHOOK_SECRET));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(acme.timetable().registerWrites()).isEmpty();
        EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
        assertThat(events.page("acme", 0, 10, "WEBHOOK_REJECTED", null)).as("one event per tenant and minute").hasSize(1)
                .allSatisfy(e -> assertThat(e.message()).doesNotContain(AcmeFixture.WEBHOOK_SECRET));
    }

    private HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + acme.runtime.httpPort() + "/api/webhooks/edusign/acme"))
                .header("Content-Type", "application/json").header("x-edusign-webhook-type", "on_course_locked")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("x-edusign-hmac", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
