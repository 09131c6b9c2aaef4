package org.edusignconnector.overview;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

import org.quartz.CronExpression;

/**
 * When a tenant's cron fires next, on Paris time as its Quartz trigger does ({@code trigger.timeZone=Europe/Paris}):
 * Quartz's own cron arithmetic, so that the page says what the scheduler will do, across DST changes too.
 */
public final class NextRun {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private NextRun() {
    }

    /** The first fire strictly after {@code now}; empty when the cron never fires again or cannot be read. */
    public static Optional<Instant> after(String cron, Instant now) {
        if (cron == null || cron.isBlank()) {
            return Optional.empty();
        }
        try {
            CronExpression expression = new CronExpression(cron.trim());
            expression.setTimeZone(TimeZone.getTimeZone(PARIS));
            Date next = expression.getNextValidTimeAfter(Date.from(now)); // Quartz speaks java.util.Date only
            return Optional.ofNullable(next).map(Date::toInstant);
        } catch (ParseException unreadable) {
            return Optional.empty(); // the runtime refused to start with such a cron already; nothing to add here
        }
    }
}
