package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.reliability.SchoolSnapshot;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * Edusign is the memory: a runtime started on a new, empty database (a restore, a moved server, a container
 * without its volume) against a school it already filled finds everything there and creates nothing —
 * no course, person or group twice, and no write for what did not change. Runs on H2 and PostgreSQL.
 */
class LostDatabaseTest {

    @Test
    void aCelcatSchoolSyncedByAnotherDatabaseGetsNothingTwice() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.property("test.celcat.groups", "true").start();
            RunSummary first = acme.runtime.sync("acme");
            assertThat(first.status()).as(first.message()).isEqualTo("COMPLETED");
            assertThat(acme.school().groups()).isNotEmpty();
            SchoolSnapshot before = SchoolSnapshot.of(acme.school());
            int groups = acme.school().groups().size();
            acme.runtime.close();
            acme.edusign.clearRequests();

            try (RuntimeHarness fresh = acme.newRuntime().property("test.celcat.groups", "true").start()) {
                RunSummary second = fresh.sync("acme");

                assertThat(second.status()).as(second.message()).isEqualTo("COMPLETED");
                assertThat(acme.writes()).as("nothing created, nothing changed").isEmpty();
                assertThat(SchoolSnapshot.of(acme.school())).isEqualTo(before);
                assertThat(acme.school().groups()).hasSize(groups);
                assertThat(second.counts()).containsKey("ADOPTED").doesNotContainKeys("CREATED", "EDUSIGN_REJECTED");

                acme.edusign.clearRequests();
                RunSummary third = fresh.sync("acme");
                assertThat(third.counts()).doesNotContainKeys("ADOPTED", "CREATED");
                assertThat(acme.edusign.requests(AcmeFixture.KEY)).as("the new ledger knows everything: not even a read").isEmpty();
            }
        }
    }

    @Test
    void anFcaSchoolSyncedByAnotherDatabaseGetsNothingTwice() {
        try (FcaFixture univ = new FcaFixture()) {
            univ.runtime.property("test.fca.groups", "true").start();
            RunSummary first = univ.runtime.sync("univ");
            assertThat(first.status()).as(first.message()).isEqualTo("COMPLETED");
            SchoolSnapshot before = SchoolSnapshot.of(univ.school());
            univ.runtime.close();
            univ.edusign.clearRequests();

            try (RuntimeHarness fresh = univ.newRuntime().property("test.fca.groups", "true").start()) {
                RunSummary second = fresh.sync("univ");

                assertThat(second.status()).as(second.message()).isEqualTo("COMPLETED");
                List<RecordedRequest> writes = univ.writes();
                assertThat(writes).as("nothing created, nothing changed").isEmpty();
                assertThat(SchoolSnapshot.of(univ.school())).isEqualTo(before);
                assertThat(second.counts()).containsKey("ADOPTED").doesNotContainKey("CREATED");
            }
        }
    }

    @Test
    void aCourseChangedWhileTheDatabaseWasLostIsPatchedOnceNotCreated() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();
            acme.runtime.sync("acme");
            int sheets = acme.school().courses().size();
            acme.runtime.close();
            acme.timetable().updateEvent(CelcatSchool.MONDAY_TD, e -> e.toBuilder().name("Maths (salle bis)").build());
            acme.edusign.clearRequests();

            try (RuntimeHarness fresh = acme.newRuntime().start()) {
                RunSummary second = fresh.sync("acme");

                assertThat(second.status()).as(second.message()).isEqualTo("COMPLETED");
                assertThat(acme.requests("POST", "/v1/")).isEmpty();
                assertThat(acme.requests("PATCH", "/v1/course")).singleElement()
                        .satisfies(r -> assertThat(r.body().toString()).contains("salle bis"));
                assertThat(acme.school().courses()).hasSize(sheets);
            }
        }
    }
}
