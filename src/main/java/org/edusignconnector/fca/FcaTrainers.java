package org.edusignconnector.fca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.DuplicateEmails;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourcePerson;

/**
 * Every trainer named by the séances of one listing, keyed "formateur:id". They are gathered
 * before any séance is mapped because Edusign keys professors by e-mail: only with the whole list
 * can the later holders of a shared e-mail be blocked the same way in every séance.
 */
final class FcaTrainers {

    private final Map<String, SourcePerson> byKey;

    private FcaTrainers(Map<String, SourcePerson> byKey) {
        this.byKey = byKey;
    }

    /** The trainers of the séances and of their teachings, the first record of each id kept. */
    static FcaTrainers of(List<JsonNode> seances) {
        Map<String, SourcePerson> byKey = new LinkedHashMap<>();
        for (JsonNode s : seances) {
            collect(s.get("formateurs"), byKey);
            collect(s.path("enseignement").get("formateurs"), byKey);
        }
        Map<String, SourcePerson> checked = new LinkedHashMap<>();
        DuplicateEmails.blockLaterHolders(new ArrayList<>(byKey.values())).forEach(p -> checked.put(p.sourceKey(), p));
        return new FcaTrainers(checked);
    }

    private static void collect(JsonNode list, Map<String, SourcePerson> byKey) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (JsonNode f : list) {
            String id = FcaJson.textOrNull(f, "id");
            if (id != null) {
                byKey.putIfAbsent("formateur:" + id, FcaJson.person(SourcePerson.Role.INSTRUCTOR, "formateur:" + id, f, null));
            }
        }
    }

    /**
     * The trainers of a {@code formateurs} list, once each: Edusign refuses a course naming the same
     * professor twice. A list that is not one, or a trainer without an id, is a {@link SourceJson.BadField}.
     */
    List<SourcePerson> named(JsonNode list) {
        List<SourcePerson> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw new SourceJson.BadField("field 'formateurs' is not a list");
        }
        for (JsonNode f : list) {
            String id = FcaJson.textOrNull(f, "id");
            if (id == null) {
                throw new SourceJson.BadField("a trainer has no id: " + SourceJson.preview(f));
            }
            SourcePerson trainer = byKey.get("formateur:" + id);
            if (!out.contains(trainer)) {
                out.add(trainer);
            }
        }
        return out;
    }
}
