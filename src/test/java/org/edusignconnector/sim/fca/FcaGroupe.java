package org.edusignconnector.sim.fca;

/** A group of a séance. */
public record FcaGroupe(String id, String libelle) {
}
