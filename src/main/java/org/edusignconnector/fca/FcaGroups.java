package org.edusignconnector.fca;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourceSnapshot.SourceProblem;
import org.edusignconnector.course.Text;

/**
 * The groups of FCA séances, keyed "groupe:id". A label Edusign could not show is recorded in
 * {@code problems}, once per run however many séances name the group.
 */
final class FcaGroups {

    private final List<SourceProblem> problems;

    FcaGroups(List<SourceProblem> problems) {
        this.problems = problems;
    }

    /** The séance's {@code groupes}, each with its members among the learners; entries without an id are left out. */
    List<SourceGroup> of(JsonNode groupes, Map<String, List<String>> members) {
        List<SourceGroup> groups = new ArrayList<>();
        if (groupes != null && groupes.isArray()) {
            for (JsonNode g : groupes) {
                String gid = SourceJson.text(g, "id");
                if (gid != null) {
                    groups.add(new SourceGroup("groupe:" + gid, name(gid, SourceJson.text(g, "libelle")),
                            members.getOrDefault(gid, List.of())));
                }
            }
        }
        return groups;
    }

    /**
     * A group's name for Edusign, which requires one: its label, or "Groupe id" when it has none
     * or one with nothing visible (recorded once per run).
     */
    private String name(String id, String label) {
        String problem = Text.onlyInvisible(label) ? Text.nameProblem("label", label) : null;
        if (problem == null && label != null && !label.isBlank()) {
            return label;
        }
        String name = "Groupe " + Text.quote(id);
        String key = "groupe:" + id;
        if (problem != null && problems.stream().noneMatch(p -> key.equals(p.sourceId()))) {
            problems.add(new SourceProblem(key, ReasonCode.SOURCE_ERROR, "FCA group " + Text.quote(id) + ": " + problem
                    + "; its séances name it '" + name + "'"));
        }
        return name;
    }
}
