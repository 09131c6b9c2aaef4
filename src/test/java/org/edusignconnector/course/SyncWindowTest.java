package org.edusignconnector.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sync window: the {@code days} calendar days after today in Europe/Paris, from tomorrow 00:00
 * (inclusive) to 00:00 of day {@code days + 1} (exclusive); past and same-day courses never go.
 * Dates are Paris dates, whatever the clock's zone, and DST days (2026-03-29, 2026-10-25) change nothing.
 */
class SyncWindowTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    // ---- bounds -------------------------------------------------------------------------------

    @Test
    void ordinaryRunCoversTheFourteenDaysAfterToday() {
        SyncWindow w = windowAt("2026-06-01T10:00:00Z");

        assertThat(w.now()).isEqualTo(paris(2026, 6, 1, 12, 0));
        assertThat(w.from()).isEqualTo(paris(2026, 6, 2, 0, 0));
        assertThat(w.until()).isEqualTo(paris(2026, 6, 16, 0, 0));
        assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(w.from().getZone()).isEqualTo(PARIS);
    }

    @Test
    void windowDependsOnTheParisDateNotOnTheClockZone() {
        Instant instant = Instant.parse("2026-06-01T22:30:00Z"); // 2026-06-02 00:30 in Paris
        SyncWindow fromUtcClock = SyncWindow.of(Clock.fixed(instant, ZoneOffset.UTC), 14);
        SyncWindow fromNewYorkClock = SyncWindow.of(Clock.fixed(instant, ZoneId.of("America/New_York")), 14);

        assertThat(fromUtcClock.firstDay()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(fromNewYorkClock).isEqualTo(fromUtcClock);
    }

    @Test
    void dayBeforeSpringForwardWindowStartsOnTheDstSunday() {
        SyncWindow w = windowAt("2026-03-28T11:00:00Z"); // Saturday 12:00 CET

        assertThat(w.from().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-03-29T00:00+01:00"));
        assertThat(w.until().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-04-12T00:00+02:00"));
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 4, 11));
        // 14 calendar days, one of which has only 23 hours
        assertThat(Duration.between(w.from(), w.until())).isEqualTo(Duration.ofHours(14 * 24 - 1));
    }

    @Test
    void runOnTheSpringForwardSundayStartsOnMonday() {
        SyncWindow w = windowAt("2026-03-29T10:00:00Z"); // Sunday 12:00 CEST

        assertThat(w.now().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-03-29T12:00+02:00"));
        assertThat(w.from().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-03-30T00:00+02:00"));
        assertThat(w.until().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-04-13T00:00+02:00"));
        assertThat(Duration.between(w.from(), w.until())).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void runInTheEarlyHoursOfTheSpringForwardSundayIsAlreadyThatSunday() {
        SyncWindow beforeJump = windowAt("2026-03-29T00:30:00Z"); // 01:30 CET
        SyncWindow afterJump = windowAt("2026-03-29T01:30:00Z"); // 03:30 CEST

        assertThat(beforeJump.firstDay()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(afterJump.from()).isEqualTo(beforeJump.from());
        assertThat(afterJump.until()).isEqualTo(beforeJump.until());
    }

    @Test
    void dayBeforeFallBackWindowStartsOnTheDstSunday() {
        SyncWindow w = windowAt("2026-10-24T10:00:00Z"); // Saturday 12:00 CEST

        assertThat(w.from().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-10-25T00:00+02:00"));
        assertThat(w.until().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-08T00:00+01:00"));
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 11, 7));
        // 14 calendar days, one of which has 25 hours
        assertThat(Duration.between(w.from(), w.until())).isEqualTo(Duration.ofHours(14 * 24 + 1));
    }

    @Test
    void runOnTheFallBackSundayStartsOnMondayWhicheverTwoThirtyItIs() {
        SyncWindow firstTwoThirty = windowAt("2026-10-25T00:30:00Z"); // 02:30 CEST
        SyncWindow secondTwoThirty = windowAt("2026-10-25T01:30:00Z"); // 02:30 CET
        SyncWindow noon = windowAt("2026-10-25T11:00:00Z"); // 12:00 CET

        assertThat(firstTwoThirty.now().toLocalDateTime()).isEqualTo(secondTwoThirty.now().toLocalDateTime());
        for (SyncWindow w : new SyncWindow[] {firstTwoThirty, secondTwoThirty, noon}) {
            assertThat(w.from().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-10-26T00:00+01:00"));
            assertThat(w.until().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-09T00:00+01:00"));
        }
    }

    @Test
    void oneDayWindowIsTomorrowOnly() {
        SyncWindow w = SyncWindow.of(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC), 1);

        assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(w.check(paris(2026, 6, 2, 23, 59))).isEmpty();
        assertThat(w.check(paris(2026, 6, 3, 0, 0))).get().extracting(Skip::reason).isEqualTo(ReasonCode.OUTSIDE_WINDOW);
    }

    @Test
    void otherWindowLengthsMoveOnlyTheEnd() {
        SyncWindow w = SyncWindow.of(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC), 7);

        assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void windowOfLessThanOneDayIsRejected(int days) {
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

        assertThatThrownBy(() -> SyncWindow.of(clock, days))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(days));
    }

    // ---- inclusive start, exclusive end -------------------------------------------------------

    @Test
    void firstInstantOfTomorrowIsInAndLastInstantOfTodayIsNot() {
        SyncWindow w = windowAt("2026-06-01T10:00:00Z");

        assertThat(w.contains(paris(2026, 6, 2, 0, 0))).isTrue();
        assertThat(w.contains(paris(2026, 6, 2, 0, 0).minusNanos(1))).isFalse();
        assertThat(w.check(paris(2026, 6, 2, 0, 0))).isEmpty();
    }

    @Test
    void lastDayIsIncludedAndMidnightOfDayFifteenIsExcluded() {
        SyncWindow w = windowAt("2026-06-01T10:00:00Z");

        assertThat(w.contains(paris(2026, 6, 15, 23, 59))).isTrue();
        assertThat(w.check(paris(2026, 6, 15, 23, 59))).isEmpty();
        assertThat(w.contains(paris(2026, 6, 16, 0, 0))).isFalse();

        Skip skip = w.check(paris(2026, 6, 16, 0, 0)).orElseThrow();
        assertThat(skip.reason()).isEqualTo(ReasonCode.OUTSIDE_WINDOW);
        assertThat(skip.detail()).isEqualTo("starts 2026-06-16, after the window's last day 2026-06-15");
    }

    @Test
    void courseGivenInUtcIsJudgedOnItsParisDate() {
        SyncWindow w = windowAt("2026-06-01T10:00:00Z");
        // 22:30Z on the 15th is 00:30 on the 16th in Paris: outside, although the UTC date is the last day
        ZonedDateTime utcStart = ZonedDateTime.of(2026, 6, 15, 22, 30, 0, 0, ZoneOffset.UTC);

        Skip skip = w.check(utcStart).orElseThrow();
        assertThat(skip.reason()).isEqualTo(ReasonCode.OUTSIDE_WINDOW);
        assertThat(skip.detail()).contains("2026-06-16");
    }

    @Test
    void courseWithAnOffsetLikeFcaIsJudgedOnItsInstant() {
        SyncWindow w = windowAt("2026-06-01T10:00:00Z");
        ZonedDateTime fca = OffsetDateTime.parse("2026-06-02T00:30:00+02:00").toZonedDateTime();

        assertThat(w.check(fca)).isEmpty();
        assertThat(w.contains(fca)).isTrue();
    }

    // ---- past and same day --------------------------------------------------------------------

    @Test
    void courseEarlierTodayIsPastWithBothTimesInTheDetail() {
        SyncWindow w = windowAt("2026-06-01T10:00:00Z"); // 12:00 Paris

        Skip skip = w.check(paris(2026, 6, 1, 9, 0)).orElseThrow();
        assertThat(skip.reason()).isEqualTo(ReasonCode.PAST);
        assertThat(skip.detail()).isEqualTo("started 2026-06-01T09:00+02:00, before now 2026-06-01T12:00+02:00");
    }

    @Test
    void courseOnAnEarlierDayIsPast() {
        SyncWindow w = windowAt("2026-06-01T10:00:00Z");

        assertThat(w.check(paris(2026, 5, 20, 14, 0))).get().extracting(Skip::reason).isEqualTo(ReasonCode.PAST);
    }

    @Test
    void courseLaterTodayIsSameDayWithTheDateInTheDetail() {
        SyncWindow w = windowAt("2026-06-01T10:00:00Z");

        Skip skip = w.check(paris(2026, 6, 1, 16, 0)).orElseThrow();
        assertThat(skip.reason()).isEqualTo(ReasonCode.SAME_DAY);
        assertThat(skip.detail()).isEqualTo("course is today (2026-06-01); only courses from tomorrow are sent");
    }

    @Test
    void courseStartingExactlyNowIsSameDayNotPast() {
        SyncWindow w = windowAt("2026-06-01T10:00:00Z");

        assertThat(w.check(paris(2026, 6, 1, 12, 0))).get().extracting(Skip::reason).isEqualTo(ReasonCode.SAME_DAY);
    }

    @Test
    void runJustBeforeParisMidnightSendsTheNextParisDay() {
        // 21:59Z on 15 June is 23:59 in Paris: the UTC date and the Paris date are both the 15th
        SyncWindow w = windowAt("2026-06-15T21:59:00Z");
        ZonedDateTime tomorrowEarly = paris(2026, 6, 16, 0, 30); // 22:30Z, still the 15th in UTC

        assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(w.check(tomorrowEarly)).isEmpty();
        assertThat(w.check(paris(2026, 6, 15, 23, 59, 30))).get().extracting(Skip::reason).isEqualTo(ReasonCode.SAME_DAY);
    }

    @Test
    void runJustAfterParisMidnightTreatsTheParisDateAsToday() {
        // 22:30Z on 15 June is 00:30 on 16 June in Paris: a course at 09:00 on the 16th is today
        SyncWindow w = windowAt("2026-06-15T22:30:00Z");

        assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 6, 17));
        Skip skip = w.check(paris(2026, 6, 16, 9, 0)).orElseThrow();
        assertThat(skip.reason()).isEqualTo(ReasonCode.SAME_DAY);
        assertThat(skip.detail()).contains("2026-06-16");
        assertThat(w.check(paris(2026, 6, 17, 9, 0))).isEmpty();
    }

    @Test
    void runJustBeforeParisMidnightInWinterUsesTheParisDateToo() {
        SyncWindow w = windowAt("2026-01-15T22:59:00Z"); // 23:59 CET

        assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(w.check(paris(2026, 1, 16, 0, 15))).isEmpty();
    }

    // ---- courses in the DST hours -------------------------------------------------------------

    @Test
    void courseAtTheNonExistentTwoThirtyOfSpringForwardIsShiftedAndSent() {
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2026, 3, 29, 2, 30), PARIS);
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST

        SyncWindow dayBefore = windowAt("2026-03-28T11:00:00Z");
        assertThat(dayBefore.contains(start)).isTrue();
        assertThat(dayBefore.check(start)).isEmpty();
    }

    @Test
    void courseAtTheNonExistentTwoThirtySeenOnTheDstSunday() {
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2026, 3, 29, 2, 30), PARIS);

        assertThat(windowAt("2026-03-29T00:00:00Z").check(start)) // 01:00 CET
                .get().extracting(Skip::reason).isEqualTo(ReasonCode.SAME_DAY);
        assertThat(windowAt("2026-03-29T10:00:00Z").check(start)) // 12:00 CEST
                .get().extracting(Skip::reason).isEqualTo(ReasonCode.PAST);
    }

    @Test
    void bothAmbiguousTwoThirtiesOfFallBackAreSentFromTheDayBefore() {
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), PARIS).withEarlierOffsetAtOverlap();
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        assertThat(first.toInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(second.toInstant()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));

        SyncWindow dayBefore = windowAt("2026-10-24T10:00:00Z");
        assertThat(dayBefore.check(first)).isEmpty();
        assertThat(dayBefore.check(second)).isEmpty();
    }

    @Test
    void ambiguousTwoThirtiesAreComparedByInstantDuringTheRepeatedHour() {
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), PARIS).withEarlierOffsetAtOverlap();
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        SyncWindow w = windowAt("2026-10-25T00:45:00Z"); // 02:45 CEST, between the two 02:30s

        assertThat(w.check(first)).get().extracting(Skip::reason).isEqualTo(ReasonCode.PAST);
        assertThat(w.check(second)).get().extracting(Skip::reason).isEqualTo(ReasonCode.SAME_DAY);
    }

    @Test
    void lastDayOfAWindowEndingAfterFallBackIsWhole() {
        SyncWindow w = windowAt("2026-10-24T10:00:00Z"); // last day 2026-11-07

        assertThat(w.check(paris(2026, 11, 7, 23, 30))).isEmpty();
        assertThat(w.check(paris(2026, 11, 8, 0, 0))).get().extracting(Skip::reason).isEqualTo(ReasonCode.OUTSIDE_WINDOW);
    }

    @Test
    void lastDayOfAWindowEndingAfterSpringForwardIsWhole() {
        SyncWindow w = windowAt("2026-03-20T11:00:00Z"); // last day 2026-04-03, first day 2026-03-21

        assertThat(w.check(paris(2026, 3, 21, 0, 0))).isEmpty();
        assertThat(w.check(paris(2026, 4, 3, 23, 30))).isEmpty();
        assertThat(w.check(paris(2026, 4, 4, 0, 0))).get().extracting(Skip::reason).isEqualTo(ReasonCode.OUTSIDE_WINDOW);
    }

    private static SyncWindow windowAt(String instant) {
        return SyncWindow.of(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), 14);
    }

    private static ZonedDateTime paris(int y, int m, int d, int h, int min) {
        return paris(y, m, d, h, min, 0);
    }

    private static ZonedDateTime paris(int y, int m, int d, int h, int min, int s) {
        return ZonedDateTime.of(y, m, d, h, min, s, 0, PARIS);
    }
}
