package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.TimeZone;

import org.apache.camel.api.management.ManagedCamelContext;
import org.apache.camel.api.management.mbean.ManagedRouteMBean;
import org.apache.camel.component.quartz.QuartzComponent;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.tenant.DefaultSchedule;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.TriggerKey;

/** Each tenant gets its own Quartz trigger on Paris time, and a fire runs the tenant's sync. */
class ScheduleTest {

    @Test
    void theTenantTriggerIsOnParisTimeAndItsFireRunsTheSync() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.tenantFile("every-second.yaml", "acme.yaml").property("connector.schedule.enabled", "true").start();

            CronTrigger trigger = (CronTrigger) acme.runtime.context().getComponent("quartz", QuartzComponent.class)
                    .getScheduler().getTrigger(TriggerKey.triggerKey("acme", "edusign-connector"));
            assertThat(trigger.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Europe/Paris"));
            assertThat(trigger.getCronExpression()).isEqualTo("0/1 * * * * ?");
            assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);

            RunStore runs = acme.runtime.context().getRegistry().lookupByNameAndType("runStore", RunStore.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> runs.last("acme", 5).stream()
                    .anyMatch(r -> "schedule".equals(r.trigger()) && "COMPLETED".equals(r.status())));
            assertThat(acme.school().courses()).hasSize(3);
        }
    }

    @Test
    void aFireThatFindsTheTenantBusyIsSkippedWithoutFailingAndTheNextFireRuns() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.tenantFile("every-second.yaml", "acme.yaml").property("connector.schedule.enabled", "true").start();
            RunStore runs = acme.runtime.context().getRegistry().lookupByNameAndType("runStore", RunStore.class);
            ManagedRouteMBean schedule = acme.runtime.context().getCamelContextExtension().getContextPlugin(ManagedCamelContext.class)
                    .getManagedRoute("acme-schedule");
            await().atMost(Duration.ofSeconds(20)).until(() -> schedule.getExchangesCompleted() > 0);
            acme.celcat.setLatencyMillis(4_000);   // the next run holds the tenant for several seconds of fires
            long before = schedule.getExchangesCompleted();

            await().atMost(Duration.ofSeconds(20)).until(() -> schedule.getExchangesCompleted() >= before + 2);
            acme.celcat.setLatencyMillis(0);

            assertThat(schedule.getExchangesFailed()).as("refused fires are skipped, not failed").isZero();
            long scheduledRuns = scheduledRunsCompleted(runs);
            await().atMost(Duration.ofSeconds(10)).until(() -> scheduledRunsCompleted(runs) > scheduledRuns);
            assertThat(runs.last("acme", 50)).noneSatisfy(r -> assertThat(r.status()).isEqualTo("FAILED"));
        }
    }

    @Test
    void withoutCronATenantGetsTheDefaultTwiceADaySchedule() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.property("connector.schedule.enabled", "true").start();

            CronTrigger trigger = (CronTrigger) acme.runtime.context().getComponent("quartz", QuartzComponent.class)
                    .getScheduler().getTrigger(TriggerKey.triggerKey("acme", "edusign-connector"));
            assertThat(trigger.getCronExpression()).isEqualTo(DefaultSchedule.cronFor("acme"));
            assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/Paris");
        }
    }

    private static long scheduledRunsCompleted(RunStore runs) {
        return runs.last("acme", 200).stream().filter(r -> "schedule".equals(r.trigger()) && "COMPLETED".equals(r.status())).count();
    }
}
