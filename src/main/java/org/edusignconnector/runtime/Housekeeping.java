package org.edusignconnector.runtime;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The age beyond which idempotent keys are purged. Camel stamps keys with the system clock, so the
 * cutoff is computed on the system clock too (not the runtime's replay clock).
 */
public class Housekeeping {

    private final Duration maxAge;

    public Housekeeping(int maxAgeDays) {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("connector.housekeeping.max-age-days must be >= 0, got " + maxAgeDays);
        }
        this.maxAge = Duration.ofDays(maxAgeDays);
    }

    public Timestamp cutoff() {
        return Timestamp.from(Instant.now().minus(maxAge));
    }
}
