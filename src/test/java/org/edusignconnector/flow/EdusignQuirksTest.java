package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.reliability.SchoolSnapshot;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * The Edusign simulator's quirk modes — what real Edusign, or what stands before it, is known or suspected
 * to do — against the runtime: each ends with nothing duplicated and the reason recorded.
 */
class EdusignQuirksTest {

    @Test
    void cappedPagesOfTheCourseListHideNothingFromARuntimeThatLostItsDatabase() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            SchoolSnapshot before = SchoolSnapshot.of(acme.school());
            acme.runtime.close();
            acme.school().quirks().capCoursePages(1);
            acme.school().quirks().capProfessorPages(1);
            acme.school().quirks().capStudentPages(1);
            acme.edusign.clearRequests();

            try (RuntimeHarness fresh = acme.newRuntime().start()) {
                RunSummary run = fresh.sync("acme");

                assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
                assertThat(acme.writes()).isEmpty();
                assertThat(SchoolSnapshot.of(acme.school())).isEqualTo(before);
            }
        }
    }

    @Test
    void aCourseListThatIgnoresPageIsNotReliedOnAndEachCourseIsAskedByGetId() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            SchoolSnapshot before = SchoolSnapshot.of(acme.school());
            int sheets = acme.school().courses().size();
            acme.runtime.close();
            acme.school().quirks().ignoreCourseListPage();
            acme.school().quirks().capCoursePages(1);
            acme.edusign.clearRequests();

            try (RuntimeHarness fresh = acme.newRuntime().start()) {
                RunSummary run = fresh.sync("acme");

                assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
                assertThat(run.counts()).containsEntry("LIST_UNRELIABLE", 1L);
                assertThat(acme.requests("GET", "/v1/course/get-id/")).hasSize(sheets);
                assertThat(acme.writes()).isEmpty();
                assertThat(SchoolSnapshot.of(acme.school())).isEqualTo(before);
            }
        }
    }

    @Test
    void lookupsAnsweredSuccessWithoutResultCreateNothing() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.edusign.setFaultInjector(FaultInjector.onPaths("GET", FaultInjector.GET_ID_PATHS, new Fault.SuccessWithoutResult(false))
                    .or((method, path, n) -> method.equals("GET") && path.equals("/v1/course")
                            ? Optional.of(new Fault.BusinessError("Route not allowed for this API key")) : Optional.empty()));
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(acme.requests("POST", "/v1/course")).isEmpty();
            assertThat(run.counts()).containsKey("EDUSIGN_UNKNOWN_ANSWER");
        }
    }

    @Test
    void anArchivedStudentIsRestoredAndAdoptedNotCreatedAgain() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            String lea = acme.school().addStudentByHand("Léa", "Bernard", "lea.bernard@school.example");
            SimHttp.call(acme.edusign.baseUrl(), AcmeFixture.KEY, "DELETE", "/v1/student/" + lea);
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            assertThat(acme.requests("GET", "/v1/student/restore/" + lea)).hasSize(1);
            assertThat(acme.school().students()).filteredOn(s -> s.get("EMAIL").asText().equals("lea.bernard@school.example"))
                    .singleElement().satisfies(s -> assertThat(s.get("ID").asText()).isEqualTo(lea));
            assertThat(acme.school().courses()).anySatisfy(c -> assertThat(c.get("STUDENTS").toString()).contains(lea));
            assertThat(run.counts()).doesNotContainKey("EDUSIGN_REJECTED");
        }
    }

    @Test
    void aPatchThatWouldKeepAnOmittedInstructorSlotClearsIt() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.school().quirks().patchKeepsOmittedFields();
            acme.runtime.start();
            acme.runtime.sync("acme");
            acme.timetable().updateEvent(CelcatSchool.TUESDAY_AFTER_DST, e -> e.toBuilder().staff(501).rooms().build());

            acme.runtime.sync("acme");

            assertThat(acme.school().courses()).filteredOn(c -> c.get("NAME").asText().equals("Physique CM")).singleElement()
                    .satisfies(c -> {
                        assertThat(c.path("PROFESSOR_2").asText("")).as("second instructor gone").isEmpty();
                        assertThat(c.path("CLASSROOM").asText("")).as("room gone").isEmpty();
                    });
        }
    }

    @Test
    void aRosterEdusignDidNotTakeIsRecorded() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.school().quirks().dropCourseRosters();
            acme.runtime.start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.counts()).containsKey("ROSTER_NOT_TAKEN");
            assertThat(acme.requests("POST", "/v1/course")).allSatisfy(r -> assertThat(r.query()).isEqualTo("fromStudents=true"));
        }
    }

    @Test
    void lockedSheetsOnCappedPagesAreAllWrittenBack() {
        try (FcaFixture univ = new FcaFixture()) {
            univ.runtime.start();
            univ.runtime.sync("univ");
            List<ObjectNode> sheets = univ.school().courses();
            for (ObjectNode sheet : sheets) {
                List<StudentAttendance> marks = sheet.path("STUDENTS").findValuesAsText("studentId").stream()
                        .map(StudentAttendance::present).toList();
                univ.school().lockCourse(sheet.get("ID").asText(), marks, List.of(true));
            }
            univ.school().quirks().capCoursePages(1);

            RunSummary up = univ.runtime.sync(new SyncRequest("univ", SyncRequest.UP, false, "test"));

            assertThat(up.status()).as(up.message()).isEqualTo("COMPLETED");
            assertThat(sheets).hasSizeGreaterThan(1);
            assertThat(up.counts()).containsEntry("ATTENDANCE_SENT", (long) sheets.size());
        }
    }
}
