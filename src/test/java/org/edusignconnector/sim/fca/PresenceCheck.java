package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every problem FCA finds in a {@code PUT /seances/{id}/presences} body, in body order (none = acceptable):
 * shape (both arrays required, required fields and their types, unknown fields), learners registered to the
 * séance's action other than {@code ANNULEE}, reasons known and justified and only for absent learners,
 * {@code departAnticipe} as {@code HH:mm}, trainers of the séance or of its teaching, no learner or trainer twice.
 */
final class PresenceCheck {

    private static final Set<String> ROOT_FIELDS = Set.of("apprenants", "formateurs");
    private static final Set<String> LEARNER_FIELDS = Set.of("apprenantId", "present", "motifAbsenceId",
            "retardMinutes", "departAnticipe", "exclusion", "commentaire");
    private static final Set<String> TRAINER_FIELDS = Set.of("formateurId", "present", "valide");
    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final FcaSeance seance;
    private final FcaData data;
    private final List<String> problems = new ArrayList<>();

    private PresenceCheck(FcaSeance seance, FcaData data) {
        this.seance = seance;
        this.data = data;
    }

    static List<String> problems(JsonNode body, FcaSeance seance, FcaData data) {
        PresenceCheck check = new PresenceCheck(seance, data);
        check.root(body);
        return List.copyOf(check.problems);
    }

    private void root(JsonNode body) {
        if (!body.isObject()) {
            problems.add("le corps doit être un objet JSON");
            return;
        }
        unknownFields(body, ROOT_FIELDS, "corps");
        JsonNode learners = array(body, "apprenants");
        Set<String> seen = new HashSet<>();
        for (int i = 0; learners != null && i < learners.size(); i++) {
            learner(learners.get(i), "apprenants[" + i + "]", seen);
        }
        JsonNode trainers = array(body, "formateurs");
        seen.clear();
        for (int i = 0; trainers != null && i < trainers.size(); i++) {
            trainer(trainers.get(i), "formateurs[" + i + "]", seen);
        }
    }

    private void learner(JsonNode item, String where, Set<String> seen) {
        if (!isObject(item, where)) {
            return;
        }
        unknownFields(item, LEARNER_FIELDS, where);
        String id = requiredText(item, "apprenantId", where);
        if (id != null && !data.isRegistered(seance.actionRef(), id)) {
            problems.add(where + ".apprenantId '" + id + "' n'est pas inscrit à l'action '" + seance.actionRef() + "'");
        }
        if (id != null && !seen.add(id)) {
            problems.add(where + ".apprenantId '" + id + "' figure plusieurs fois");
        }
        Boolean present = requiredBoolean(item, "present", where);
        motif(item.get("motifAbsenceId"), where, present);
        JsonNode late = item.get("retardMinutes");
        if (late != null && (!late.isIntegralNumber() || !late.canConvertToInt() || late.intValue() < 0)) {
            problems.add(where + ".retardMinutes doit être un entier positif ou nul");
        }
        JsonNode early = item.get("departAnticipe");
        if (early != null && !early.isNull() && !(early.isTextual() && HH_MM.matcher(early.textValue()).matches())) {
            problems.add(where + ".departAnticipe doit être une heure HH:mm ou null : " + early);
        }
        JsonNode exclusion = item.get("exclusion");
        if (exclusion != null && !exclusion.isBoolean()) {
            problems.add(where + ".exclusion doit être un booléen");
        }
        JsonNode comment = item.get("commentaire");
        if (comment != null && !comment.isNull() && !comment.isTextual()) {
            problems.add(where + ".commentaire doit être une chaîne ou null");
        }
    }

    private void motif(JsonNode motif, String where, Boolean present) {
        if (motif == null || motif.isNull()) {
            return;
        }
        if (!motif.isTextual()) {
            problems.add(where + ".motifAbsenceId doit être une chaîne ou null");
            return;
        }
        String id = motif.textValue();
        data.motif(id).ifPresentOrElse(m -> {
            if (!m.justifie()) {
                problems.add(where + ".motifAbsenceId '" + id + "' n'est pas un motif justifié");
            }
        }, () -> problems.add(where + ".motifAbsenceId '" + id + "' est un motif d'absence inconnu"));
        if (Boolean.TRUE.equals(present)) {
            problems.add(where + ".motifAbsenceId '" + id + "' interdit pour un apprenant présent");
        }
    }

    private void trainer(JsonNode item, String where, Set<String> seen) {
        if (!isObject(item, where)) {
            return;
        }
        unknownFields(item, TRAINER_FIELDS, where);
        String id = requiredText(item, "formateurId", where);
        if (id != null && !seance.hasFormateur(id)) {
            problems.add(where + ".formateurId '" + id + "' n'est pas formateur de la séance '" + seance.id() + "'");
        }
        if (id != null && !seen.add(id)) {
            problems.add(where + ".formateurId '" + id + "' figure plusieurs fois");
        }
        requiredBoolean(item, "present", where);
        requiredBoolean(item, "valide", where);
    }

    private JsonNode array(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isArray()) {
            problems.add(field + " est obligatoire et doit être un tableau");
            return null;
        }
        return value;
    }

    private boolean isObject(JsonNode item, String where) {
        if (!item.isObject()) {
            problems.add(where + " doit être un objet");
            return false;
        }
        return true;
    }

    private void unknownFields(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(where + " : champ inconnu '" + name + "'");
            }
        }
    }

    private String requiredText(JsonNode item, String field, String where) {
        JsonNode value = item.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            problems.add(where + "." + field + " est obligatoire (chaîne non vide)");
            return null;
        }
        return value.textValue();
    }

    private Boolean requiredBoolean(JsonNode item, String field, String where) {
        JsonNode value = item.get(field);
        if (value == null || !value.isBoolean()) {
            problems.add(where + "." + field + " est obligatoire (booléen)");
            return null;
        }
        return value.booleanValue();
    }
}
