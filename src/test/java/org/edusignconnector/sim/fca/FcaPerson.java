package org.edusignconnector.sim.fca;

/** A learner ({@code apprenant}); {@code email} and {@code telephone} may be null. */
public record FcaPerson(String id, String nom, String prenom, String email, String telephone) {

    public FcaPerson {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("learner id is required");
        }
    }
}
