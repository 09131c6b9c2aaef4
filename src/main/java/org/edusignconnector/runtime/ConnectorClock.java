package org.edusignconnector.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.edusignconnector.course.SyncWindow;

/** The runtime's clock: the system clock, or fixed to {@code connector.clock.fixed-instant} for replays and tests. */
public final class ConnectorClock {

    private ConnectorClock() {
    }

    public static Clock from(String fixedInstant) {
        if (fixedInstant == null || fixedInstant.isBlank()) {
            return Clock.system(SyncWindow.PARIS);
        }
        try {
            return Clock.fixed(Instant.parse(fixedInstant.trim()), SyncWindow.PARIS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("connector.clock.fixed-instant must be an ISO instant such as 2026-03-28T10:00:00Z, got '"
                    + fixedInstant + "'");
        }
    }
}
