package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An integrator edits only the tenant's YAML to add a filter, and the next run applies it. */
class TenantFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v3-batch"})
    void theVisioFilterOfTheTenantFileKeepsThoseCoursesOut(String api) {
        try (AcmeFixture acme = AcmeFixture.withoutHeavyPace()) {
            AcmeFixture.onApi(acme.runtime, api, "acme-visio-filter.yaml").start();

            RunSummary run = acme.runtime.sync("acme");

            assertThat(acme.school().courses()).extracting(c -> c.get("NAME").asText())
                    .containsExactlyInAnyOrder("Mathématiques TD", "Physique CM");
            assertThat(run.counts()).containsEntry("FILTERED_BY_TENANT", 1L);
            EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
            assertThat(events.page("acme", 0, 10, "FILTERED_BY_TENANT", null)).singleElement().satisfies(e -> {
                assertThat(e.sourceId()).isEqualTo("tt1/" + CelcatSchool.VISIO);
                assertThat(e.message()).contains("room is a Visio room");
            });
        }
    }

    @Test
    void withoutTheFilterTheSameCourseIsSent() {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.start();

            acme.runtime.sync("acme");

            assertThat(acme.school().courses()).extracting(c -> c.get("NAME").asText()).contains("Soutien en ligne");
        }
    }
}
