package org.edusignconnector.sim.fca;

/** An absence reason of {@code GET /motifs-absence}; only {@code justifie} ones are accepted in a write-back. */
public record FcaMotif(String id, String code, String libelle, boolean justifie) {

    public FcaMotif {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("motif id is required");
        }
    }
}
