package org.edusignconnector.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.edusignconnector.tenant.DefaultSchedule;
import org.junit.jupiter.api.Test;

/** The next scheduled run, on Paris time, across the changes to and from summer time. */
class NextRunTest {

    @Test
    void overTheSpringWeekendTheSameParisHourIsAnHourEarlierInUtc() {
        // Saturday 28 March 2026, 19:30 in Paris (winter, UTC+1); summer time starts Sunday 29 at 02:00.
        Instant saturdayEvening = Instant.parse("2026-03-28T18:30:00Z");
        assertThat(NextRun.after("0 15 11,18 * * ?", saturdayEvening)).hasValue(Instant.parse("2026-03-29T09:15:00Z"));
        // The fire before it, on Saturday, was still at UTC+1.
        assertThat(NextRun.after("0 15 11,18 * * ?", Instant.parse("2026-03-28T12:00:00Z")))
                .hasValue(Instant.parse("2026-03-28T17:15:00Z"));
    }

    @Test
    void aFireInTheHourThatDoesNotExistOnTheSpringSundayIsSkippedThatDayAsQuartzDoes() {
        // 02:30 does not exist in Paris on 29 March 2026: Quartz's trigger skips that day, so the page says Monday 02:30 CEST.
        assertThat(NextRun.after("0 30 2 * * ?", Instant.parse("2026-03-28T22:00:00Z"))).hasValue(Instant.parse("2026-03-30T00:30:00Z"));
    }

    @Test
    void overTheAutumnWeekendTheSameParisHourIsAnHourLaterInUtc() {
        // Sunday 25 October 2026: summer time ends at 03:00 (back to UTC+1).
        Instant saturdayEvening = Instant.parse("2026-10-24T19:00:00Z");
        assertThat(NextRun.after("0 15 11,18 * * ?", saturdayEvening)).hasValue(Instant.parse("2026-10-25T10:15:00Z"));
    }

    @Test
    void theDefaultScheduleOfATenantGivesARunWithinHalfADay() {
        String cron = DefaultSchedule.cronFor("campus");
        Instant now = Instant.parse("2026-03-25T15:00:00Z");
        assertThat(NextRun.after(cron, now)).hasValueSatisfying(next -> assertThat(next).isAfter(now).isBefore(now.plusSeconds(24 * 3600)));
    }

    @Test
    void noCronNoNextRun() {
        assertThat(NextRun.after(null, Instant.EPOCH)).isEmpty();
        assertThat(NextRun.after("not a cron", Instant.EPOCH)).isEmpty();
    }
}
