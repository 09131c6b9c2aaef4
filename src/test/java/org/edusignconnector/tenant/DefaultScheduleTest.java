package org.edusignconnector.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quartz.CronExpression;

/**
 * The default per-tenant cron: valid for Quartz, one run between 11:00 and 12:59 and one between
 * 18:00 and 20:59 Paris time every day (DST days included), spread over tenants by their name.
 */
class DefaultScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> TENANTS = List.of("acme", "demo", "lycee-demo", "universite-pau", "cy-tech",
            "", "Ω-école", "a-very-long-tenant-name-with-many-characters-2026");

    @ParameterizedTest
    @ValueSource(strings = {"acme", "demo", "lycee-demo", "universite-pau", "cy-tech", "", "Ω-école",
            "a-very-long-tenant-name-with-many-characters-2026"})
    void cronIsValidForQuartz(String tenant) {
        String cron = DefaultSchedule.cronFor(tenant);

        assertThat(CronExpression.isValidExpression(cron)).as(cron).isTrue();
    }

    @Test
    void cronIsStableForATenant() {
        assertThat(DefaultSchedule.cronFor("acme")).isEqualTo(DefaultSchedule.cronFor("acme"));
    }

    @Test
    void firesOnceAtMiddayAndOnceInTheEveningOnOrdinaryAndDstDays() throws ParseException {
        List<LocalDate> days = List.of(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25));
        for (String tenant : TENANTS) {
            for (LocalDate day : days) {
                List<LocalTime> firings = firings(DefaultSchedule.cronFor(tenant), day);

                assertThat(firings).as("%s on %s", tenant, day).hasSize(2);
                assertThat(firings.get(0)).as("%s midday", tenant).isBetween(LocalTime.of(11, 0), LocalTime.of(12, 59, 59));
                assertThat(firings.get(1)).as("%s evening", tenant).isBetween(LocalTime.of(18, 0), LocalTime.of(20, 59, 59));
            }
        }
    }

    @Test
    void allHundredsOfTenantNamesStayInsideTheTwoSlots() throws ParseException {
        for (int i = 0; i < 500; i++) {
            String tenant = "tenant-" + i;
            List<LocalTime> firings = firings(DefaultSchedule.cronFor(tenant), LocalDate.of(2026, 6, 2));

            assertThat(firings).as(tenant).hasSize(2);
            assertThat(firings.get(0).getHour()).as(tenant).isIn(11, 12);
            assertThat(firings.get(1).getHour()).as(tenant).isIn(18, 19, 20);
        }
    }

    @Test
    void differentTenantsGetDifferentTimes() {
        assertThat(DefaultSchedule.cronFor("acme")).isNotEqualTo(DefaultSchedule.cronFor("demo"));
        assertThat(DefaultSchedule.cronFor("lycee-demo")).isNotEqualTo(DefaultSchedule.cronFor("universite-pau"));
    }

    @Test
    void tenantsAreSpreadOverManyMinutesAndEveryHour() {
        Set<String> crons = new HashSet<>();
        Set<String> minutes = new HashSet<>();
        Set<String> hours = new HashSet<>();
        IntStream.range(0, 200).mapToObj(i -> DefaultSchedule.cronFor("school-" + i)).forEach(cron -> {
            crons.add(cron);
            String[] f = cron.split(" ");
            minutes.add(f[1]);
            hours.addAll(List.of(f[2].split(",")));
        });

        assertThat(crons).hasSizeGreaterThan(100);
        assertThat(minutes).hasSizeGreaterThan(40);
        assertThat(hours).containsExactlyInAnyOrder("11", "12", "18", "19", "20");
    }

    /** The Paris wall-clock times at which the cron fires during {@code day}. */
    private static List<LocalTime> firings(String cron, LocalDate day) throws ParseException {
        CronExpression expression = new CronExpression(cron);
        expression.setTimeZone(TimeZone.getTimeZone(PARIS));
        ZonedDateTime start = day.atStartOfDay(PARIS);
        Date end = Date.from(day.plusDays(1).atStartOfDay(PARIS).toInstant());
        List<LocalTime> times = new ArrayList<>();
        Date next = expression.getNextValidTimeAfter(Date.from(start.toInstant().minusSeconds(1)));
        while (next != null && next.before(end)) {
            times.add(next.toInstant().atZone(PARIS).toLocalTime());
            next = expression.getNextValidTimeAfter(next);
        }
        return times;
    }
}
