package org.edusignconnector.sim.fca;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One séance (course) as stored by the simulator. Times are served with the offset they carry here
 * (use {@link #paris(LocalDateTime)} for the Paris wall-clock offset). A null {@code actionRef},
 * {@code activiteRef} or {@code enseignementRef} serves that object as JSON null; {@code salle} may be null.
 */
public record FcaSeance(String id, String intitule, OffsetDateTime dateDebut, OffsetDateTime dateFin, String salle,
        String actionRef, String actionLabel, String actionYear, String activiteRef, String activiteLabel,
        String enseignementRef, String enseignementLabel, List<FcaFormateur> enseignementFormateurs,
        List<FcaFormateur> formateurs, List<FcaGroupe> groupes, OffsetDateTime dateCreation,
        OffsetDateTime dateModification) {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public FcaSeance {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("séance id is required");
        }
        Objects.requireNonNull(dateDebut, "dateDebut");
        Objects.requireNonNull(dateFin, "dateFin");
        if (dateFin.isBefore(dateDebut)) {
            throw new IllegalArgumentException("dateFin before dateDebut: " + id);
        }
        enseignementFormateurs = copy(enseignementFormateurs);
        formateurs = copy(formateurs);
        groupes = copy(groupes);
    }

    /** The Paris wall-clock time with the offset Paris has at that moment (+01:00 or +02:00). */
    public static OffsetDateTime paris(LocalDateTime wallClock) {
        return wallClock.atZone(PARIS).toOffsetDateTime();
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id).intitule(intitule).debut(dateDebut).fin(dateFin).salle(salle)
                .action(actionRef, actionLabel, actionYear).activite(activiteRef, activiteLabel)
                .dateCreation(dateCreation).dateModification(dateModification);
        b.enseignementRef = enseignementRef;
        b.enseignementLabel = enseignementLabel;
        b.enseignementFormateurs = enseignementFormateurs;
        b.formateurs = formateurs;
        b.groupes = groupes;
        return b;
    }

    /** Whether {@code formateurId} is a trainer of this séance or of its teaching. */
    boolean hasFormateur(String formateurId) {
        return formateurs.stream().anyMatch(f -> f.id().equals(formateurId))
                || enseignementFormateurs.stream().anyMatch(f -> f.id().equals(formateurId));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Fluent builder; dateCreation and dateModification get deterministic defaults when not set. */
    public static final class Builder {
        private final String id;
        private String intitule;
        private OffsetDateTime debut;
        private OffsetDateTime fin;
        private String salle;
        private String actionRef;
        private String actionLabel;
        private String actionYear;
        private String activiteRef;
        private String activiteLabel;
        private String enseignementRef;
        private String enseignementLabel;
        private List<FcaFormateur> enseignementFormateurs = List.of();
        private List<FcaFormateur> formateurs = List.of();
        private List<FcaGroupe> groupes = List.of();
        private OffsetDateTime dateCreation;
        private OffsetDateTime dateModification;

        private Builder(String id) {
            this.id = id;
        }

        public Builder intitule(String v) { intitule = v; return this; }
        public Builder debut(OffsetDateTime v) { debut = v; return this; }
        public Builder fin(OffsetDateTime v) { fin = v; return this; }
        public Builder salle(String v) { salle = v; return this; }

        public Builder action(String ref, String label, String year) {
            actionRef = ref;
            actionLabel = label;
            actionYear = year;
            return this;
        }

        public Builder activite(String ref, String label) {
            activiteRef = ref;
            activiteLabel = label;
            return this;
        }

        public Builder enseignement(String ref, String label, FcaFormateur... teachingFormateurs) {
            enseignementRef = ref;
            enseignementLabel = label;
            enseignementFormateurs = List.of(teachingFormateurs);
            return this;
        }

        public Builder formateurs(FcaFormateur... v) { formateurs = List.of(v); return this; }
        public Builder groupes(FcaGroupe... v) { groupes = List.of(v); return this; }
        public Builder dateCreation(OffsetDateTime v) { dateCreation = v; return this; }
        public Builder dateModification(OffsetDateTime v) { dateModification = v; return this; }

        public FcaSeance build() {
            Objects.requireNonNull(debut, "debut");
            LocalDateTime start = debut.atZoneSameInstant(PARIS).toLocalDateTime();
            OffsetDateTime created = dateCreation != null ? dateCreation
                    : paris(start.toLocalDate().minusDays(18).atTime(10, 0));
            OffsetDateTime modified = dateModification != null ? dateModification
                    : paris(start.toLocalDate().minusDays(10).atTime(8, 30));
            return new FcaSeance(id, intitule, debut, fin, salle, actionRef, actionLabel, actionYear, activiteRef,
                    activiteLabel, enseignementRef, enseignementLabel, enseignementFormateurs, formateurs, groupes,
                    created, modified);
        }
    }
}
