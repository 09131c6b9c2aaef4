package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The data of one FCA Manager installation. Mutable and thread-safe (one lock).
 * An action is known to {@code /actions/{ref}/inscriptions} once it has registrations set or added
 * (even an empty list) or once a séance refers to it.
 */
public final class FcaData {

    private final Map<String, FcaSeance> seances = new LinkedHashMap<>();
    private final Map<String, List<FcaInscription>> inscriptions = new LinkedHashMap<>();
    private final Map<String, FcaMotif> motifs = new TreeMap<>();
    private final Map<String, JsonNode> presences = new LinkedHashMap<>();
    private final List<String> presenceWrites = new ArrayList<>();
    private final List<String> presenceChanges = new ArrayList<>();
    private final Set<String> validated = new HashSet<>();
    private final ListQuirks lists = new ListQuirks();

    /** Adds the séance, replacing any séance with the same id. */
    /** How the lists are answered: the contract's paged object unless a test switches a quirk on. */
    public ListQuirks lists() {
        return lists;
    }

    public synchronized FcaData addSeance(FcaSeance s) {
        seances.put(s.id(), s);
        return this;
    }

    public synchronized boolean removeSeance(String id) {
        return seances.remove(id) != null;
    }

    /** Replaces an existing séance by {@code change(séance)}; the id must stay the same. */
    public synchronized void updateSeance(String id, UnaryOperator<FcaSeance> change) {
        FcaSeance current = seances.get(id);
        if (current == null) {
            throw new IllegalArgumentException("no séance " + id);
        }
        FcaSeance changed = change.apply(current);
        if (!id.equals(changed.id())) {
            throw new IllegalArgumentException("updateSeance must keep the id " + id);
        }
        seances.put(id, changed);
    }

    public synchronized List<FcaSeance> seances() {
        return List.copyOf(seances.values());
    }

    public synchronized Optional<FcaSeance> seance(String id) {
        return Optional.ofNullable(seances.get(id));
    }

    /** Appends a registration to the action (the same learner may be registered twice, e.g. cancelled then again). */
    public synchronized FcaData addInscription(String actionRef, FcaInscription i) {
        inscriptions.computeIfAbsent(actionRef, k -> new ArrayList<>()).add(i);
        return this;
    }

    public synchronized void setInscriptions(String actionRef, List<FcaInscription> list) {
        inscriptions.put(actionRef, new ArrayList<>(list));
    }

    /** Registrations of the action, or empty when the action is unknown. */
    public synchronized Optional<List<FcaInscription>> inscriptions(String actionRef) {
        List<FcaInscription> list = inscriptions.get(actionRef);
        if (list != null) {
            return Optional.of(List.copyOf(list));
        }
        boolean referenced = seances.values().stream().anyMatch(s -> actionRef.equals(s.actionRef()));
        return referenced ? Optional.of(List.of()) : Optional.empty();
    }

    /** Whether the learner has a registration other than {@code ANNULEE} to the action. */
    public synchronized boolean isRegistered(String actionRef, String apprenantId) {
        return inscriptions.getOrDefault(actionRef, List.of()).stream()
                .anyMatch(i -> i.active() && i.apprenant().id().equals(apprenantId));
    }

    /** Adds the absence reason, replacing any with the same id. */
    public synchronized FcaData addMotif(String id, String code, String libelle, boolean justifie) {
        motifs.put(id, new FcaMotif(id, code, libelle, justifie));
        return this;
    }

    /** Absence reasons ordered by id. */
    public synchronized List<FcaMotif> motifs() {
        return List.copyOf(motifs.values());
    }

    public synchronized Optional<FcaMotif> motif(String id) {
        return Optional.ofNullable(motifs.get(id));
    }

    /** Last accepted PUT body per séance id (copies). */
    public synchronized Map<String, JsonNode> presences() {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        presences.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return copy;
    }

    /** Séance ids, one per accepted PUT, in order. */
    public synchronized List<String> presenceWrites() {
        return List.copyOf(presenceWrites);
    }

    /**
     * Séance ids, one per accepted PUT that changed the stored attendance: the same body twice changes
     * nothing (the contract), so the repeat is not here.
     */
    public synchronized List<String> presenceChanges() {
        return List.copyOf(presenceChanges);
    }

    /** From now on a PUT of this séance's attendance answers 409. */
    public synchronized void validateSeance(String id) {
        validated.add(id);
    }

    public synchronized boolean isValidated(String id) {
        return validated.contains(id);
    }

    /**
     * Decides and stores a write-back atomically: unknown séance, validated séance, the problems found by
     * {@code check} (none = stored), so that no concurrent change slips between the checks and the store.
     */
    synchronized PresenceOutcome writePresences(String seanceId, JsonNode body,
            BiFunction<FcaSeance, FcaData, List<String>> check) {
        FcaSeance seance = seances.get(seanceId);
        if (seance == null) {
            return PresenceOutcome.UNKNOWN_SEANCE;
        }
        if (validated.contains(seanceId)) {
            return PresenceOutcome.VALIDATED;
        }
        List<String> problems = check.apply(seance, this);
        if (!problems.isEmpty()) {
            return PresenceOutcome.refused(problems);
        }
        JsonNode previous = presences.put(seanceId, body.deepCopy());
        presenceWrites.add(seanceId);
        if (!body.equals(previous)) {
            presenceChanges.add(seanceId);
        }
        return PresenceOutcome.STORED;
    }

    /** Result of a write-back. */
    record PresenceOutcome(Kind kind, List<String> problems) {

        enum Kind { STORED, UNKNOWN_SEANCE, VALIDATED, REFUSED }

        static final PresenceOutcome STORED = new PresenceOutcome(Kind.STORED, List.of());
        static final PresenceOutcome UNKNOWN_SEANCE = new PresenceOutcome(Kind.UNKNOWN_SEANCE, List.of());
        static final PresenceOutcome VALIDATED = new PresenceOutcome(Kind.VALIDATED, List.of());

        static PresenceOutcome refused(List<String> problems) {
            return new PresenceOutcome(Kind.REFUSED, List.copyOf(problems));
        }
    }
}
