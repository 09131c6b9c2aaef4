package org.edusignconnector.sim.celcat;

/** A row of {@code /Students}; {@code mobile} and {@code email} may be null. */
public record CelcatStudent(int id, String uniqueName, String name, String email, String mobile) {
}
