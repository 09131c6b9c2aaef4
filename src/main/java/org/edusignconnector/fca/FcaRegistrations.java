package org.edusignconnector.fca;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.Text;

/** The registrations of FCA Manager actions read in one run, each action once, with the actions it does not know. */
final class FcaRegistrations {

    private final FcaClient client;
    private final Map<String, List<Registration>> byAction = new HashMap<>();
    private final Map<String, String> unknown = new HashMap<>();

    FcaRegistrations(FcaClient client) {
        this.client = client;
    }

    /**
     * The registrations of an action, read once per run. An action FCA Manager does not know (404)
     * makes its séances invalid, not the run; it is asked once. Any other failure to read them
     * (an error status, an answer that is no list) fails the run: a séance must not lose its
     * learners because one answer was unreadable.
     */
    List<Registration> of(String action) {
        String notKnown = unknown.get(action);
        if (notKnown != null) {
            throw new SourceJson.BadField(notKnown);
        }
        List<Registration> known = byAction.get(action);
        if (known != null) {
            return known;
        }
        List<JsonNode> items = client.list("/actions/" + FcaPaths.encode(action) + "/inscriptions");
        if (items == null) {
            notKnown = "FCA Manager does not know action " + action + " (404 on its registrations)";
            unknown.put(action, notKnown);
            throw new SourceJson.BadField(notKnown);
        }
        List<Registration> registrations = registrationsOf(action, items);
        byAction.put(action, registrations);
        return registrations;
    }

    private List<Registration> registrationsOf(String action, List<JsonNode> items) {
        List<Registration> out = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            JsonNode i = items.get(index);
            JsonNode a = i.get("apprenant");
            String id = a == null || !a.isObject() ? null : FcaJson.textOrNull(a, "id");
            if (id == null || id.isBlank()) {
                String key = "inscription:" + action + "#" + index;
                out.add(Registration.unusable(new SourcePerson(SourcePerson.Role.LEARNER, key, null, null, null, null,
                        "registration without a learner (no apprenant with an id): " + SourceJson.preview(i))));
                continue;
            }
            SourcePerson learner = FcaJson.person(SourcePerson.Role.LEARNER, "apprenant:" + id, a, FcaJson.textOrNull(a, "telephone"));
            String status = FcaJson.textOrNull(i, "statut");
            if (status == null || !Registration.STATUSES.contains(status)) {
                out.add(Registration.unusable(learner.withProblem("registration to " + action + " has "
                        + (status == null ? "no statut" : "statut '" + Text.quote(status) + "'")
                        + ": not CONFIRMEE, NON_CONFIRMEE or ANNULEE")));
                continue;
            }
            out.add(new Registration(learner, status, FcaJson.textOrNull(i, "groupeId"), false));
        }
        return out;
    }

    /** One registration of a learner to an action. */
    record Registration(SourcePerson learner, String status, String groupId, boolean unusable) {
        static final Set<String> STATUSES = Set.of("CONFIRMEE", "NON_CONFIRMEE", "ANNULEE");

        /** A registration that cannot be read (no learner, unknown statut): its learner carries the reason. */
        static Registration unusable(SourcePerson learner) {
            return new Registration(learner, null, null, true);
        }

        boolean counts(boolean includeUnconfirmed) {
            return "CONFIRMEE".equals(status) || includeUnconfirmed && "NON_CONFIRMEE".equals(status);
        }
    }
}
