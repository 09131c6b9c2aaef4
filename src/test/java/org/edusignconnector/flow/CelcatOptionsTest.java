package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.edusignconnector.events.RunSummary;
import org.junit.jupiter.api.Test;

/**
 * The Celcat options of a tenant file reach the run: TimeTableIds, category inclusion (over
 * exclusion), company, area; lists are read page by page.
 */
class CelcatOptionsTest {

    @Test
    void eachOptionKeepsItsCoursesOutWithItsReason() {
        try (AcmeFixture acme = new AcmeFixture()) {
            var tt1 = acme.timetable();
            tt1.addEvent(CelcatSchool.event("ev-tp", LocalDate.of(2026, 3, 24), 14, 16).name("TP chimie").category("TP")
                    .staff(501).students(9003).rooms(12).build());
            tt1.addEvent(CelcatSchool.event("ev-lettres", LocalDate.of(2026, 3, 24), 16, 18).name("Latin").category("CM")
                    .department("D : LETTRES").staff(501).students(9003).rooms(12).build());
            tt1.addEvent(CelcatSchool.event("ev-sud", LocalDate.of(2026, 3, 25), 14, 16).name("Chimie sud").category("CM")
                    .sites("CAMPUS SUD").staff(501).students(9003).rooms(12).build());
            var tt2 = acme.celcat.timetable("2");
            CelcatSchool.populate(tt2);
            acme.runtime.tenantFile("acme-options.yaml", "acme.yaml").start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(acme.school().courses()).extracting(c -> c.get("NAME").asText())
                    .containsExactlyInAnyOrder("Mathématiques TD", "Physique CM", "Soutien en ligne");
            assertThat(run.counts()).containsEntry("FILTERED_CATEGORY", 1L)
                    .containsEntry("FILTERED_COMPANY", 1L)
                    .containsEntry("FILTERED_AREA", 1L)
                    .containsEntry("FILTERED_TIMETABLE", tt2.events().stream().filter(e -> !e.allDay()).count());
            assertThat(acme.celcat.requests()).filteredOn(r -> r.path().endsWith("/Events") && r.timetableId().equals("2")).isNotEmpty();
            assertThat(acme.celcat.requests()).filteredOn(r -> r.path().endsWith("/Events") && r.query().contains("page=1")).isNotEmpty();
        }
    }
}
