package org.edusignconnector.reliability;

import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.testing.RuntimeHarness;

/**
 * Two schools on one Edusign and one runtime, for the circuit breaker tests: acme (tenant file
 * acme.yaml, Celcat with an APICode) and beta (beta.yaml, Celcat without), each with a small
 * generated timetable; breakers stay open 60 s, the clock is fixed.
 */
final class TwoSchools implements AutoCloseable {

    final EdusignSimulator edusign;
    final CelcatSimulator acmeCelcat;
    final CelcatSimulator betaCelcat;
    final RuntimeHarness runtime;

    private TwoSchools(String acmeKey, String betaKey) {
        System.setProperty("ACME_EDUSIGN_API_KEY", acmeKey);
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        System.setProperty("BETA_EDUSIGN_API_KEY", betaKey);
        edusign = EdusignSimulator.start(0);
        acmeCelcat = CelcatSimulator.start(0, "code");
        betaCelcat = CelcatSimulator.start(0, null);
        runtime = RuntimeHarness.create();
        edusign.addSchool(acmeKey);
        edusign.addSchool(betaKey);
        GeneratedSchool.populate(acmeCelcat.timetable("1"), 5, 2, 1, 3);
        GeneratedSchool.populate(betaCelcat.timetable("1"), 5, 2, 1, 3);
    }

    /** Started with {@code maxRedeliveries} retries of a failed Edusign call. */
    static TwoSchools start(String acmeKey, String betaKey, int maxRedeliveries) {
        TwoSchools schools = new TwoSchools(acmeKey, betaKey);
        try {
            schools.runtime.property("test.celcat.url", schools.acmeCelcat.baseUrl())
                    .property("test.edusign.url", schools.edusign.baseUrl())
                    .property("test.beta.celcat.url", schools.betaCelcat.baseUrl())
                    .property("connector.edusign.breaker-open-ms", "60000")
                    .property("connector.http.max-redeliveries", Integer.toString(maxRedeliveries))
                    .clock("2026-03-22T10:00:00Z")
                    .tenantFile("acme.yaml").tenantFile("beta.yaml").start();
            return schools;
        } catch (RuntimeException | Error e) {
            schools.close();
            throw e;
        }
    }

    /** In the reverse order of their start, as try-with-resources would. */
    @Override
    public void close() {
        try (edusign; acmeCelcat; betaCelcat; runtime) {
            // closes runtime, betaCelcat, acmeCelcat, edusign
        }
    }
}
