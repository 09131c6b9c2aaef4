package org.edusignconnector.runtime;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The ages beyond which state is purged, so that it stops growing: idempotent keys (and unconfirmed
 * write-back attempts) after {@code connector.housekeeping.max-age-days}, runs, events and the
 * persons' last recorded problems after {@code connector.housekeeping.runs-max-age-days}.
 */
public class Housekeeping {

    private final Duration maxAge;
    private final Duration runsMaxAge;
    private final Clock clock;

    /** {@code clock}: the connector's, which stamps runs and events (fixed in replays and tests). */
    public Housekeeping(int maxAgeDays, int runsMaxAgeDays, Clock clock) {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("connector.housekeeping.max-age-days must be >= 0, got " + maxAgeDays);
        }
        if (runsMaxAgeDays < 1) {
            throw new IllegalArgumentException("connector.housekeeping.runs-max-age-days must be >= 1, got " + runsMaxAgeDays);
        }
        this.maxAge = Duration.ofDays(maxAgeDays);
        this.runsMaxAge = Duration.ofDays(runsMaxAgeDays);
        this.clock = clock;
    }

    /**
     * Camel stamps idempotent keys with the system clock, so this cutoff is computed on the system
     * clock too (not the runtime's replay clock).
     */
    public Timestamp cutoff() {
        return Timestamp.from(Instant.now().minus(maxAge));
    }

    /** Runs that started, and events that occurred, before this are purged (an offset time: the columns have a zone). */
    public OffsetDateTime runsCutoff() {
        return OffsetDateTime.ofInstant(clock.instant().minus(runsMaxAge), ZoneOffset.UTC);
    }
}
