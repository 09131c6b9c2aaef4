package org.edusignconnector.sim.fca;

import java.util.Objects;
import java.util.Set;

/** A registration of a learner to an action; {@code groupeId} may be null. */
public record FcaInscription(FcaPerson apprenant, String statut, String groupeId) {

    public static final String CONFIRMEE = "CONFIRMEE";
    public static final String NON_CONFIRMEE = "NON_CONFIRMEE";
    public static final String ANNULEE = "ANNULEE";
    private static final Set<String> STATUTS = Set.of(CONFIRMEE, NON_CONFIRMEE, ANNULEE);

    public FcaInscription {
        Objects.requireNonNull(apprenant, "apprenant");
        if (!STATUTS.contains(statut)) {
            throw new IllegalArgumentException("statut must be one of " + STATUTS + ": " + statut);
        }
    }

    /** {@code ANNULEE} never counts as a learner of the action. */
    public boolean active() {
        return !ANNULEE.equals(statut);
    }
}
