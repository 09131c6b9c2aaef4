package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.junit.jupiter.api.Test;

/** FCA tenant files are checked at start-up, and an FCA tenant runs beside a Celcat tenant. */
class FcaTenantConfigTest {

    @Test
    void eachMissingConnectionFieldIsNamed() throws Exception {
        for (String field : new String[] {"fcaUrl", "fcaUsername", "fcaPasswordEnv"}) {
            try (FcaFixture univ = new FcaFixture()) {
                univ.runtime.tenantYaml("fca.yaml", withoutParameter(field));
                assertThatThrownBy(univ.runtime::start).hasStackTraceContaining("tenant 'univ': " + field + " is mandatory and missing");
            }
        }
    }

    @Test
    void anUnknownDefaultAbsenceReasonStopsTheStartUp() {
        try (FcaFixture univ = new FcaFixture()) {
            univ.runtime.property("test.fca.defaultReason", "Grippe aviaire");
            assertThatThrownBy(univ.runtime::start).hasStackTraceContaining(
                    "tenant 'univ': defaultAbsenceReason 'Grippe aviaire' is not a justified absence reason of FCA Manager");
        }
    }

    @Test
    void anUnjustifiedReasonIsNotAcceptedAsDefault() {
        try (FcaFixture univ = new FcaFixture()) {
            univ.runtime.property("test.fca.defaultReason", "Convenance personnelle");
            assertThatThrownBy(univ.runtime::start).hasStackTraceContaining("defaultAbsenceReason 'Convenance personnelle'");
        }
    }

    @Test
    void aReasonGivenByIdIsAccepted() {
        try (FcaFixture univ = new FcaFixture()) {
            univ.runtime.property("test.fca.defaultReason", "M-1").start();
            assertThat(univ.runtime.context().isStarted()).isTrue();
        }
    }

    @Test
    void anFcaTenantRunsBesideACelcatTenant() {
        System.setProperty("ACME_EDUSIGN_API_KEY", AcmeFixture.KEY);
        System.setProperty("ACME_CELCAT_API_CODE", AcmeFixture.API_CODE);
        System.setProperty("ACME_WEBHOOK_SECRET", AcmeFixture.WEBHOOK_SECRET);
        try (FcaFixture univ = new FcaFixture(); CelcatSimulator celcat = CelcatSimulator.start(0, AcmeFixture.API_CODE)) {
            univ.edusign.addSchool(AcmeFixture.KEY);
            CelcatSchool.populate(celcat.timetable("1"));
            univ.runtime.property("test.celcat.url", celcat.baseUrl()).tenantFile("acme.yaml").start();

            RunSummary fcaRun = univ.runtime.sync("univ");
            RunSummary celcatRun = univ.runtime.sync("acme");

            assertThat(fcaRun.counts()).containsEntry("CREATED", 2L);
            assertThat(celcatRun.counts()).containsEntry("CREATED", 3L);
            assertThat(univ.school().courses()).allSatisfy(c -> assertThat(c.get("API_ID").asText()).startsWith("ec1-course-"));
            assertThat(univ.edusign.school(AcmeFixture.KEY).courses()).allSatisfy(c -> assertThat(c.get("API_ID").asText()).startsWith("ec1-course-"));
        }
    }

    private static String withoutParameter(String name) throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/tenants/fca.yaml"));
        String block = yaml.substring(yaml.indexOf("      - name: " + name + "\n"));
        block = block.substring(0, block.indexOf("\n", block.indexOf("value:")) + 1);
        return yaml.replace(block, "");
    }
}
