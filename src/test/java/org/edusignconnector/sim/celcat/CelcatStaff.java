package org.edusignconnector.sim.celcat;

/** A row of {@code /Staff}. */
public record CelcatStaff(int id, String uniqueName, String name, String email) {
}
