package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A run that would delete too much deletes nothing, holds the deletions, and waits for an operator or a normal run. */
class DeletionGuardTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private EdusignSimulator edusign;
    private CelcatSimulator celcat;
    private RuntimeHarness runtime;

    @BeforeEach
    void firstSync() {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-guard");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        edusign = EdusignSimulator.start(0);
        edusign.addSchool("key-guard");
        celcat = CelcatSimulator.start(0, "code");
        org.edusignconnector.sim.celcat.DemoTimetables.populate(celcat.timetable("1"), java.time.LocalDate.of(2026, 3, 23), 10);
        runtime = RuntimeHarness.create();
        runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .clock("2026-03-22T10:00:00Z").tenantFile("acme.yaml").start();
        assertThat(runtime.sync("acme").status()).isEqualTo("COMPLETED");
        edusign.clearRequests();
    }

    @AfterEach
    void stop() {
        runtime.close();
        celcat.close();
        edusign.close();
    }

    @Test
    void tooManyDeletionsAreHeldUntilAnOperatorConfirms() throws Exception {
        int sheets = edusign.school("key-guard").courses().size();
        var events = celcat.timetable("1").events();
        events.subList(0, events.size() / 2).forEach(e -> celcat.timetable("1").removeEvent(e.id()));

        RunSummary held = runtime.sync("acme");

        assertThat(held.counts()).containsEntry("DELETIONS_HELD", 1L).doesNotContainKey("DELETED");
        assertThat(deletes()).isEmpty();
        assertThat(send("GET", "/api/tenants/acme/deletions").body()).contains("\"heldCount\"");

        HttpResponse<String> confirmed = send("POST", "/api/tenants/acme/deletions/confirm");

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(deletes()).isNotEmpty();
        assertThat(edusign.school("key-guard").courses().size()).isEqualTo(sheets - deletes().size());
        assertThat(send("GET", "/api/tenants/acme/deletions").body()).contains("\"held\" : 0");
        edusign.clearRequests();
        assertThat(runtime.sync("acme").counts()).doesNotContainKeys("DELETED", "DELETIONS_HELD");
        assertThat(deletes()).isEmpty();
    }

    @Test
    void aNormalRunReleasesTheHoldWhenTheSourceIsBack() throws Exception {
        var events = celcat.timetable("1").events();
        var removed = events.subList(0, events.size() / 2).stream().toList();
        removed.forEach(e -> celcat.timetable("1").removeEvent(e.id()));
        runtime.sync("acme");
        removed.forEach(e -> celcat.timetable("1").addEvent(e));

        RunSummary normal = runtime.sync("acme");

        assertThat(normal.counts()).doesNotContainKeys("DELETED", "DELETIONS_HELD");
        assertThat(deletes()).isEmpty();
        assertThat(send("GET", "/api/tenants/acme/deletions").body()).contains("\"held\" : 0");
    }

    @Test
    void anEmptyListingDeletesNothingEvenWithFewSheets() {
        celcat.timetable("1").events().forEach(e -> celcat.timetable("1").removeEvent(e.id()));

        RunSummary run = runtime.sync("acme");

        assertThat(run.counts()).containsEntry("DELETIONS_HELD", 1L);
        assertThat(deletes()).isEmpty();
    }

    private java.util.List<RecordedRequest> deletes() {
        return edusign.requests("key-guard").stream().filter(r -> r.method().equals("DELETE")).toList();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.httpPort() + path))
                .header("Authorization", "Bearer " + org.edusignconnector.testing.RuntimeHarness.ADMIN_TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
