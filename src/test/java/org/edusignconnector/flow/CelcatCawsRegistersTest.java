package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.RecordedRequest;
import org.edusignconnector.sim.common.Fault;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.junit.jupiter.api.Test;

/**
 * A tenant whose registers are reached through CELCAT's Attendance Web Services (celcatRegistersUrl):
 * an OAuth2 password grant, then the register read and put back with the bearer token, which is reused
 * across runs while valid; the timetable is still read from the WebAPI with its APICode.
 */
class CelcatCawsRegistersTest {

    private static final String PASSWORD = "caws-pa55word";

    @Test
    void registersGoThroughCawsWithABearerTokenAskedOnce() {
        try (AcmeFixture acme = syncedWithCaws()) {
            acme.school().lockCourse(CelcatAttendanceTest.mondayTd(acme), List.of(
                    StudentAttendance.present(CelcatAttendanceTest.id(acme, "lea.bernard@school.example")),
                    StudentAttendance.absent(CelcatAttendanceTest.id(acme, "hugo.petit@school.example"))), List.of(true));
            acme.celcat.clearRequests();

            RunSummary up = CelcatAttendanceTest.up(acme);
            RunSummary again = CelcatAttendanceTest.up(acme);

            assertThat(up.counts()).as(up.message()).containsEntry("ATTENDANCE_SENT", 1L);
            assertThat(again.counts()).containsEntry("ATTENDANCE_UNCHANGED", 1L);
            String register = "/caws/Registers/" + CelcatSchool.MONDAY_TD_REGISTER;
            assertThat(acme.celcat.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                    "POST /caws/token", "GET /caws/MarkDefinitions", "GET " + register, "PUT " + register, "GET /caws/MarkDefinitions");
            assertThat(acme.celcat.requests()).extracting(RecordedRequest::status).containsOnly(200);
            assertThat(acme.celcat.cawsTokensGranted()).as("the token is reused while valid").isEqualTo(1);
            assertThat(CelcatAttendanceTest.mark(acme.timetable().registers().get(CelcatSchool.MONDAY_TD), 9002).get("MarkId").asInt())
                    .isEqualTo(2);
            assertThat(up.message() + again.message()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void aTokenRequestThatFailsOnceIsAskedAgainAndTheRegisterIsWritten() {
        try (AcmeFixture acme = syncedWithCaws()) {
            acme.school().lockCourse(CelcatAttendanceTest.mondayTd(acme), List.of(
                    StudentAttendance.present(CelcatAttendanceTest.id(acme, "lea.bernard@school.example"))), List.of(true));
            acme.celcat.clearRequests();
            boolean[] failed = {false};
            acme.celcat.setFaultInjector((method, path, n) -> {
                if (method.equals("POST") && path.equals("/caws/token") && !failed[0]) {
                    failed[0] = true;
                    return java.util.Optional.of(Fault.status(503));
                }
                return java.util.Optional.empty();
            });

            RunSummary up = CelcatAttendanceTest.up(acme);

            assertThat(up.counts()).as(up.message()).containsEntry("ATTENDANCE_SENT", 1L).doesNotContainKeys("SOURCE_ERROR", "RUN_FAILED");
            assertThat(acme.celcat.requests()).extracting(r -> r.method() + " " + r.path() + " " + r.status()).startsWith(
                    "POST /caws/token 503", "POST /caws/token 200");
            assertThat(acme.celcat.cawsTokensGranted()).isEqualTo(1);
            assertThat(acme.timetable().registerChanges()).hasSize(1);
        }
    }

    @Test
    void aTokenRefusedBeforeItsExpiryIsAskedAgainOnce() {
        try (AcmeFixture acme = syncedWithCaws()) {
            String sheet = CelcatAttendanceTest.mondayTd(acme);
            String lea = CelcatAttendanceTest.id(acme, "lea.bernard@school.example");
            acme.school().lockCourse(sheet, List.of(StudentAttendance.present(lea)), List.of(true));
            assertThat(CelcatAttendanceTest.up(acme).counts()).containsEntry("ATTENDANCE_SENT", 1L);
            acme.celcat.expireCawsTokens();
            acme.school().unlockCourse(sheet);
            acme.school().lockCourse(sheet, List.of(StudentAttendance.absent(lea)), List.of(true));

            RunSummary up = CelcatAttendanceTest.up(acme);

            assertThat(up.counts()).as(up.message()).containsEntry("ATTENDANCE_SENT", 1L);
            assertThat(acme.celcat.cawsTokensGranted()).isEqualTo(2);
            assertThat(acme.timetable().registerChanges()).hasSize(2);
            assertThat(CelcatAttendanceTest.mark(acme.timetable().registers().get(CelcatSchool.MONDAY_TD), 9001).get("MarkId").asInt())
                    .isEqualTo(2);
        }
    }

    /** The acme tenant with its registers behind CAWS (acme-caws.yaml), started and synced down once. */
    private static AcmeFixture syncedWithCaws() {
        System.setProperty("ACME_CAWS_PASSWORD", PASSWORD);
        AcmeFixture acme = new AcmeFixture();
        acme.celcat.enableCaws("attendance-robot", PASSWORD, 3600);
        acme.runtime.property("test.caws.url", acme.celcat.cawsBaseUrl()).tenantFile("acme-caws.yaml", "acme.yaml").start();
        acme.runtime.sync("acme");
        return acme;
    }
}
