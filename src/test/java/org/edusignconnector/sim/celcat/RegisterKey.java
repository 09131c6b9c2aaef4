package org.edusignconnector.sim.celcat;

import java.util.Optional;

/**
 * Which register an id names, as CAWS reads it: the event number, then (week + 1) on two digits
 * ({@code 12345604} = event 123456, week 3). The simulator's events carry both in their WebAPI
 * composite id ({@code a:b:c:number:week}); an event whose id is not of that form has no register.
 */
record RegisterKey(long eventNumber, int week) {

    /** The highest week a timetable has (0-based): {@code …74} names week 73, which is not valid. */
    static final int LAST_WEEK = 52;

    /** Parses a register id; empty when it cannot name a register (not digits, too short, week out of range). */
    static Optional<RegisterKey> parse(String registerId) {
        if (registerId == null || !registerId.matches("\\d{3,17}")) {
            return Optional.empty();
        }
        long number = Long.parseLong(registerId.substring(0, registerId.length() - 2));
        int week = Integer.parseInt(registerId.substring(registerId.length() - 2)) - 1;
        return number > 0 && week >= 0 && week <= LAST_WEEK ? Optional.of(new RegisterKey(number, week)) : Optional.empty();
    }

    /** The register of a WebAPI event id ({@code a:b:c:number:week}), if it has one. */
    static Optional<RegisterKey> ofEvent(String eventId) {
        String[] parts = eventId.split(":", -1);
        if (parts.length != 5 || !parts[3].matches("\\d{1,15}") || !parts[4].matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int week = Integer.parseInt(parts[4]);
        long number = Long.parseLong(parts[3]);
        return number > 0 && week <= LAST_WEEK ? Optional.of(new RegisterKey(number, week)) : Optional.empty();
    }

    String id() {
        return eventNumber + String.format("%02d", week + 1);
    }
}
