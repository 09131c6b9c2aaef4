package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/**
 * A first sync of a few hundred courses while Edusign answers 10% HTTP 500, 5% 429 with
 * Retry-After, 2% hanging requests and 2% business errors (deterministic from a seed): after the
 * run plus at most one follow-up run, the simulated school equals the one a fault-free sync
 * builds, with zero duplicates, and every business error left its event. The follow-up runs under
 * the same transport faults but without injected business errors: an error Edusign gives as its
 * answer is recorded, not retried, so one injected into the follow-up itself would always remain
 * (whether it lands there depended only on how many requests precede it in the seeded sequence).
 */
class FaultInjectionTest {

    private static final long SEED = 20260322L;
    private static final int COURSES = 240;
    private static final String INJECTED = "Erreur temporaire injectée";

    @Test
    void theEndStateUnderFaultsEqualsTheFaultFreeEndState() {
        SchoolSnapshot faultFree = sync(null, new AtomicInteger(), new AtomicBoolean()).snapshot;
        AtomicInteger businessErrors = new AtomicInteger();
        AtomicBoolean businessErrorsOn = new AtomicBoolean(true);
        Outcome faulty = sync(seededFaults(businessErrors, businessErrorsOn), businessErrors, businessErrorsOn);

        assertThat(faultFree.duplicates()).isEmpty();
        assertThat(faulty.snapshot.duplicates()).as(faulty.snapshot.summary()).isEmpty();
        assertThat(faulty.snapshot.courses()).hasSize(COURSES).isEqualTo(faultFree.courses());
        assertThat(faulty.snapshot.students()).isEqualTo(faultFree.students());
        assertThat(faulty.snapshot.professors()).isEqualTo(faultFree.professors());
        assertThat(faulty.injectedBusinessErrorsInFirstRun).isPositive();
        assertThat(faulty.rejectedEventsOfFirstRun).isEqualTo(faulty.injectedBusinessErrorsInFirstRun);
    }

    private static FaultInjector seededFaults(AtomicInteger businessErrors, AtomicBoolean businessErrorsOn) {
        Random random = new Random(SEED);
        return (method, path, n) -> {
            double roll;
            synchronized (random) {
                roll = random.nextDouble();
            }
            if (roll < 0.10) {
                return Optional.of(new Fault.HttpError(500, "Internal Server Error"));
            }
            if (roll < 0.15) {
                return Optional.of(new Fault.RetryAfter(429, 1));
            }
            if (roll < 0.17) {
                return Optional.of(new Fault.Hang(700));
            }
            if (roll < 0.19 && businessErrorsOn.get()) {
                businessErrors.incrementAndGet();
                return Optional.of(new Fault.BusinessError(INJECTED));
            }
            return Optional.empty();
        };
    }

    private record Outcome(SchoolSnapshot snapshot, int injectedBusinessErrorsInFirstRun, long rejectedEventsOfFirstRun) {
    }

    private static Outcome sync(FaultInjector faults, AtomicInteger businessErrors, AtomicBoolean businessErrorsOn) {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-faults");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        try (EdusignSimulator edusign = EdusignSimulator.start(0); CelcatSimulator celcat = CelcatSimulator.start(0, "code");
             RuntimeHarness runtime = RuntimeHarness.create()) {
            edusign.addSchool("key-faults");
            edusign.setSlowDown(Integer.MAX_VALUE, 0);   // this suite is about faults; RateLimitTest covers the rate
            GeneratedSchool.populate(celcat.timetable("1"), COURSES, 20, 12, 8);
            runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .property("connector.http.endpoint-options", "throwExceptionOnFailure=false&connectTimeout=2000&responseTimeout=300")
                    .property("connector.http.max-redeliveries", "6")
                    .clock("2026-03-22T10:00:00Z").tenantFile("acme.yaml").start();
            edusign.setFaultInjector(faults);
            RunSummary first = runtime.sync("acme");
            int injectedInFirst = businessErrors.get();
            EventLog events = runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
            long rejected = events.page("acme", 0, 500, "EDUSIGN_REJECTED", null).stream()
                    .filter(e -> e.runId().equals(first.runId()) && e.message().contains(INJECTED)).count();
            if (!"COMPLETED".equals(first.status()) || first.counts().containsKey("EDUSIGN_REJECTED")
                    || first.counts().containsKey("EDUSIGN_UNANSWERED")) {
                businessErrorsOn.set(false);
                RunSummary followUp = runtime.sync("acme");
                assertThat(followUp.status()).as(followUp.message()).isEqualTo("COMPLETED");
                assertThat(followUp.counts()).as("after the follow-up run").doesNotContainKeys("EDUSIGN_REJECTED", "EDUSIGN_UNANSWERED");
            }
            edusign.setFaultInjector(null);
            return new Outcome(SchoolSnapshot.of(edusign.school("key-faults")), injectedInFirst, rejected);
        }
    }
}
