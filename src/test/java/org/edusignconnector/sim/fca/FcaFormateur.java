package org.edusignconnector.sim.fca;

/** A trainer, as listed on a séance or on its teaching; {@code email} may be null. */
public record FcaFormateur(String id, String nom, String prenom, String email, boolean validationObligatoire) {

    public FcaFormateur {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("trainer id is required");
        }
    }
}
