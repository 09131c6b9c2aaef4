package org.edusignconnector.sim.celcat;

/** A row of {@code /Rooms}; served with {@code uniqueName} equal to {@code name}. */
public record CelcatRoom(int id, String name) {
}
