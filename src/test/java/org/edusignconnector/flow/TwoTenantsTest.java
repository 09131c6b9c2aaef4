package org.edusignconnector.flow;

import org.edusignconnector.edusign.ApiIds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tenants in one runtime, with the same Celcat ids on purpose: each run writes only to its
 * own school, with its own key, options and state; groups and credentials follow each tenant's options.
 */
class TwoTenantsTest {

    private static final String BETA_KEY = "key-beta";

    private AcmeFixture acme;
    private CelcatSimulator betaCelcat;

    @BeforeEach
    void start() {
        acme = new AcmeFixture();
        System.setProperty("BETA_EDUSIGN_API_KEY", BETA_KEY);
        acme.edusign.addSchool(BETA_KEY);
        betaCelcat = CelcatSimulator.start(0, null);
        betaCelcat.timetable("1").addStaff(501, "JDURAND", "Jeanne DURAND", "jeanne.durand@beta.example")
                .addStudent(9001, "B1", "Anaïs LE GOFF", "anais.legoff@beta.example", null)
                .addStudent(9002, "B2", "Noah BLANC", "noah.blanc@beta.example", "+33611111111")
                .addGroup(77, "BG1", "BTS 1", 9001, 9002)
                .addRoom(12, "Atelier");
        betaCelcat.timetable("1").addEvent(CelcatEvent.builder(CelcatSchool.MONDAY_TD)
                .start(LocalDate.of(2026, 3, 23).atTime(13, 30)).end(LocalDate.of(2026, 3, 23).atTime(15, 30))
                .name("Atelier design").category("TP").department("BETA").sites("SITE").staff(501).groups(77).rooms(12).build());
        acme.runtime.property("test.beta.celcat.url", betaCelcat.baseUrl()).tenantFile("beta.yaml").start();
    }

    @AfterEach
    void stop() {
        acme.close();
        betaCelcat.close();
    }

    @Test
    void eachRunWritesOnlyToItsOwnSchool() {
        RunSummary acmeRun = acme.runtime.sync("acme");

        assertThat(acmeRun.status()).isEqualTo("COMPLETED");
        assertThat(acme.edusign.requests(BETA_KEY)).isEmpty();
        assertThat(acme.school().courses()).hasSize(3);

        RunSummary betaRun = acme.runtime.sync("beta");
        acme.edusign.clearRequests();

        assertThat(betaRun.counts()).containsEntry("CREATED", 1L);
        var beta = acme.edusign.school(BETA_KEY);
        assertThat(beta.courses()).singleElement().satisfies(c -> {
            assertThat(c.get("NAME").asText()).isEqualTo("Atelier design");
            assertThat(c.get("API_ID").asText()).isEqualTo(ApiIds.of("celcat", "beta", "course", "tt1/" + CelcatSchool.MONDAY_TD));
            assertThat(c.get("SCHOOL_GROUP")).hasSize(1);
        });
        assertThat(beta.professors()).extracting(p -> p.get("LASTNAME").asText() + "/" + p.get("FIRSTNAME").asText())
                .containsExactly("DURAND/Jeanne");
        assertThat(beta.groups()).singleElement().satisfies(g -> {
            assertThat(g.get("NAME").asText()).isEqualTo("BTS 1");
            assertThat(g.get("STUDENTS")).hasSize(2);
        });
        assertThat(beta.credentialsSent()).containsEntry("jeanne.durand@beta.example", true)
                .containsEntry("anais.legoff@beta.example", true);
        assertThat(acme.school().credentialsSent()).doesNotContainValue(true);
        assertThat(acme.school().groups()).isEmpty();
        assertThat(acme.school().courses()).hasSize(3);

        acme.runtime.sync("acme");
        assertThat(acme.edusign.requests(BETA_KEY)).isEmpty();
        assertThat(acme.writes()).isEmpty();
    }
}
