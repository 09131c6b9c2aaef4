package org.edusignconnector.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The courses a run may send: from tomorrow 00:00 to the end of day {@code days} after today,
 * in the tenant's wall-clock zone (Europe/Paris). Same-day and past courses are never sent.
 * Computed from calendar dates, not durations, so a 23- or 25-hour DST day changes nothing.
 */
public record SyncWindow(ZonedDateTime now, ZonedDateTime from, ZonedDateTime until) {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public static SyncWindow of(Clock clock, int days) {
        return of(clock, days, PARIS);
    }

    public static SyncWindow of(Clock clock, int days, ZoneId zone) {
        if (days < 1) {
            throw new IllegalArgumentException("the window must cover at least one day, got " + days);
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        ZonedDateTime from = today.plusDays(1).atStartOfDay(zone);
        ZonedDateTime until = today.plusDays(days + 1L).atStartOfDay(zone);
        return new SyncWindow(now, from, until);
    }

    public LocalDate firstDay() {
        return from.toLocalDate();
    }

    /** Last calendar day inside the window (inclusive). */
    public LocalDate lastDay() {
        return until.toLocalDate().minusDays(1);
    }

    public boolean contains(ZonedDateTime start) {
        return !start.isBefore(from) && start.isBefore(until);
    }

    /** Why a course starting at {@code start} is outside the window, if it is. */
    public Optional<Skip> check(ZonedDateTime start) {
        ZonedDateTime local = start.withZoneSameInstant(now.getZone());
        if (local.isBefore(now)) {
            return Optional.of(new Skip(ReasonCode.PAST, "started " + local.toOffsetDateTime() + ", before now " + now.toOffsetDateTime()));
        }
        if (local.toLocalDate().equals(now.toLocalDate())) {
            return Optional.of(new Skip(ReasonCode.SAME_DAY, "course is today (" + local.toLocalDate() + "); only courses from tomorrow are sent"));
        }
        if (!local.isBefore(until)) {
            return Optional.of(new Skip(ReasonCode.OUTSIDE_WINDOW, "starts " + local.toLocalDate() + ", after the window's last day " + lastDay()));
        }
        return Optional.empty();
    }
}
