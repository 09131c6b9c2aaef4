package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import org.edusignconnector.doctor.Check;
import org.edusignconnector.doctor.DoctorReport;
import org.edusignconnector.doctor.TenantDoctor;
import org.edusignconnector.doctor.Verdict;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * The doctor reads a tenant's Edusign school and says, check by check, whether it answers as the connector
 * assumes; it writes nothing anywhere, and each departure of the simulator from the reference is reported.
 */
class DoctorTest {

    @Test
    void aSchoolAnsweringAsTheReferenceSaysPassesAndNothingIsWrittenAnywhere() {
        try (AcmeFixture acme = filled()) {
            DoctorReport report = doctor(acme).examine("acme");

            assertThat(report.failed()).as(report.asText()).isFalse();
            assertThat(report.checks()).extracting(Check::name).contains("API key", "clock skew", "JSON envelope", "get-id not-found",
                    "student list", "course list", "v3 API", "webhook secret");
            assertThat(report.checks()).filteredOn(c -> c.family().equals("edusign")).allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.PASS));
            assertThat(report.checks()).filteredOn(c -> c.name().equals("v3 API")).singleElement()
                    .satisfies(c -> assertThat(c.meaning()).contains("not used"));
            assertThat(acme.edusign.requests(AcmeFixture.KEY)).isNotEmpty().noneMatch(RecordedRequest::isWrite);
            assertThat(acme.celcat.requests()).noneMatch(r -> !r.method().equals("GET"));
        }
    }

    @Test
    void aTenantOnV3IsProbedWithAnEmptyBatchThatWritesNothing() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            AcmeFixture.onApi(acme.runtime, "v3-batch", "acme.yaml").start();

            DoctorReport report = doctor(acme).examine("acme");

            assertThat(report.checks()).filteredOn(c -> c.name().equals("v3 API")).singleElement().satisfies(c -> {
                assertThat(c.verdict()).as(c.meaning()).isEqualTo(Verdict.PASS);
                assertThat(c.meaning()).contains("nothing written");
            });
            assertThat(acme.edusign.requests(AcmeFixture.KEY)).noneMatch(RecordedRequest::isSuccessfulWrite);
            assertThat(acme.school().courses()).isEmpty();
        }
    }

    @Test
    void aGateway404OnGetIdIsAFailNamingTheProxy() {
        assertReported(acme -> acme.edusign.setFaultInjector(FaultInjector.onPaths("GET", FaultInjector.GET_ID_PATHS, Fault.gatewayNotFound())),
                "get-id not-found", Verdict.FAIL, "bare 404");
    }

    @Test
    void successWithoutResultOnGetIdIsAFail() {
        assertReported(acme -> acme.edusign.setFaultInjector(FaultInjector.onPaths("GET", FaultInjector.GET_ID_PATHS,
                new Fault.SuccessWithoutResult(false))), "get-id not-found", Verdict.FAIL, "success without a usable result");
    }

    @Test
    void cappedPagesAreAWarning() {
        assertReported(acme -> acme.school().quirks().capStudentPages(2), "student list", Verdict.WARN, "capped at 2");
        assertReported(acme -> acme.school().quirks().capCoursePages(2), "course list", Verdict.WARN, "capped at 2");
    }

    @Test
    void listsIgnoringPageAreAFail() {
        assertReported(acme -> acme.school().quirks().ignoreStudentListPage(), "student list", Verdict.FAIL, "ignores page");
        assertReported(acme -> acme.school().quirks().ignoreCourseListPage(), "course list", Verdict.FAIL, "ignores page");
    }

    @Test
    void aRefusedKeyIsAFailNamingTheSetting() {
        try (AcmeFixture acme = new AcmeFixture()) {
            System.setProperty("ACME_EDUSIGN_API_KEY", "a-revoked-key");
            acme.runtime.start();
            DoctorReport report = doctor(acme).examine("acme");

            assertThat(report.exitCode()).isEqualTo(1);
            assertThat(report.checks()).filteredOn(c -> c.family().equals("edusign")).singleElement().satisfies(c -> {
                assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
                assertThat(c.setting()).contains("edusignApiKeyEnv");
            });
            assertThat(report.asText()).doesNotContain("a-revoked-key");
        }
    }

    @Test
    void theEndpointAnswersAdminsOnly() throws Exception {
        try (AcmeFixture acme = filled()) {
            java.net.http.HttpResponse<String> admin = get(acme, "/api/tenants/acme/doctor", "Bearer " + RuntimeHarness.ADMIN_TOKEN);
            java.net.http.HttpResponse<String> viewer = get(acme, "/api/tenants/acme/doctor", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((RuntimeHarness.VIEWER_USER + ":" + RuntimeHarness.VIEWER_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            java.net.http.HttpResponse<String> unknown = get(acme, "/api/tenants/nobody/doctor", "Bearer " + RuntimeHarness.ADMIN_TOKEN);

            assertThat(admin.statusCode()).isEqualTo(200);
            com.fasterxml.jackson.databind.JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(admin.body());
            assertThat(body.get("failed").asBoolean()).isFalse();
            assertThat(body.get("checks")).anySatisfy(c -> assertThat(c.get("name").asText()).isEqualTo("get-id not-found"));
            assertThat(viewer.statusCode()).isEqualTo(403);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(acme.edusign.requests(AcmeFixture.KEY)).noneMatch(RecordedRequest::isWrite);
        }
    }

    private static java.net.http.HttpResponse<String> get(AcmeFixture acme, String path, String authorization) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + acme.runtime.httpPort() + path)).header("Authorization", authorization).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static void assertReported(Consumer<AcmeFixture> quirk, String check, Verdict verdict, String words) {
        try (AcmeFixture acme = filled()) {
            quirk.accept(acme);
            acme.edusign.clearRequests();

            DoctorReport report = doctor(acme).examine("acme");

            assertThat(report.checks()).as(report.asText()).filteredOn(c -> c.name().equals(check)).singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(verdict))
                    .satisfies(c -> assertThat(c.meaning()).contains(words));
            assertThat(report.exitCode()).isEqualTo(verdict == Verdict.FAIL ? 1 : 0);
            assertThat(acme.edusign.requests(AcmeFixture.KEY)).noneMatch(RecordedRequest::isWrite);
        }
    }

    /** A school with three courses and three students, the connector's first run done. */
    private static AcmeFixture filled() {
        AcmeFixture acme = new AcmeFixture();
        acme.runtime.start();
        acme.runtime.sync("acme");
        acme.edusign.clearRequests();
        return acme;
    }

    private static TenantDoctor doctor(AcmeFixture acme) {
        return acme.runtime.context().getRegistry().lookupByNameAndType("tenantDoctor", TenantDoctor.class);
    }
}
