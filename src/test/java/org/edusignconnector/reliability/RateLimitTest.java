package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * The per-tenant Edusign rate: requests of one school arrive evenly spaced at the configured rate
 * (never a burst that would trigger Edusign's slow-down), and the run still uses most of it.
 */
class RateLimitTest {

    @Test
    void requestsOfOneSchoolAreSpacedAtTheConfiguredRateAndUseMostOfIt() {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-rate");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        try (EdusignSimulator edusign = EdusignSimulator.start(0); CelcatSimulator celcat = CelcatSimulator.start(0, "code");
             RuntimeHarness runtime = RuntimeHarness.create()) {
            edusign.addSchool("key-rate");
            edusign.setFaultInjector((method, path, n) -> {
                arrivals.add(System.nanoTime());
                return Optional.empty();
            });
            org.edusignconnector.sim.celcat.DemoTimetables.populate(celcat.timetable("1"), java.time.LocalDate.of(2026, 3, 23), 5);
            runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .property("connector.edusign.rate-per-minute", "600").clock("2026-03-22T10:00:00Z").tenantFile("acme.yaml").start();

            RunSummary run = runtime.sync("acme");

            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(arrivals.size()).isGreaterThan(20);
            for (int i = 0; i < arrivals.size(); i++) {
                long windowEnd = arrivals.get(i) + 1_000_000_000L;
                long inWindow = arrivals.stream().filter(t -> t >= 0 && t < windowEnd).count() - i;
                assertThat(inWindow).as("requests in the second after request " + i + " (10 a second allowed, one window edge)")
                        .isLessThanOrEqualTo(11);
            }
            for (int i = 1; i < arrivals.size(); i++) {
                assertThat((arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000).as("no burst").isGreaterThanOrEqualTo(50);
            }
            long spanMillis = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1_000_000;
            long bound = (arrivals.size() - 1) * 100L;
            assertThat(spanMillis).as("close to the rate-limit bound").isLessThan(bound * 13 / 10);
        }
    }
}
