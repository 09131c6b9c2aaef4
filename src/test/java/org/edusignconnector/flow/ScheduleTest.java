package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.TimeZone;

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
    void withoutCronATenantGetsTheDefaultTwiceADaySchedule() throws Exception {
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.property("connector.schedule.enabled", "true").start();

            CronTrigger trigger = (CronTrigger) acme.runtime.context().getComponent("quartz", QuartzComponent.class)
                    .getScheduler().getTrigger(TriggerKey.triggerKey("acme", "edusign-connector"));
            assertThat(trigger.getCronExpression()).isEqualTo(DefaultSchedule.cronFor("acme"));
            assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/Paris");
        }
    }
}
