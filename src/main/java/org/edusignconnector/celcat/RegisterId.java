package org.edusignconnector.celcat;

import java.util.Optional;

/**
 * The id of the CAWS register of a Celcat event occurrence: the numeric event id followed by
 * (week + 1) on two digits ({@code Register.GetId()} in CELCAT's integration tester). The WebAPI's
 * composite event id ({@code -1347128091:-662573064:1:150021:25}) carries the event number in its
 * 4th part and the 0-based week in its 5th, hence register {@code 15002126}.
 */
public record RegisterId(long eventNumber, int week) {

    /** Weeks a register id can name: (week + 1) is written on two digits. */
    static final int MAX_WEEK = 98;

    public RegisterId {
        if (eventNumber <= 0 || week < 0 || week > MAX_WEEK) {
            throw new IllegalArgumentException("no register for event " + eventNumber + ", week " + week);
        }
    }

    /** The register of that WebAPI event id; empty when the id does not carry an event number and a week. */
    public static Optional<RegisterId> ofEvent(String eventId) {
        String[] parts = eventId == null ? new String[0] : eventId.split(":", -1);
        if (parts.length != 5 || !parts[3].matches("\\d{1,15}") || !parts[4].matches("\\d{1,2}")) {
            return Optional.empty();
        }
        long number = Long.parseLong(parts[3]);
        int week = Integer.parseInt(parts[4]);
        return number > 0 && week <= MAX_WEEK ? Optional.of(new RegisterId(number, week)) : Optional.empty();
    }

    @Override
    public String toString() {
        return eventNumber + String.format("%02d", week + 1);
    }
}
