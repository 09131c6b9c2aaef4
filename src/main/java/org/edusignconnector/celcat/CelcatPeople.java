package org.edusignconnector.celcat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.DuplicateEmails;
import org.edusignconnector.course.PersonRules;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SourceSnapshot.SourceProblem;
import org.edusignconnector.course.Text;

/**
 * The people and group names of one Celcat timetable, keyed for its events ("staff:501",
 * "student:9001", group id). A record that cannot be used is recorded in {@code problems}.
 */
final class CelcatPeople {

    private final UserNameFormat nameFormat;
    private final List<SourceProblem> problems;

    CelcatPeople(UserNameFormat nameFormat, List<SourceProblem> problems) {
        this.nameFormat = nameFormat;
        this.problems = problems;
    }

    /** Staff by key, the later holders of an e-mail already held blocked (Edusign keys instructors by e-mail). */
    Map<String, SourcePerson> staff(List<JsonNode> records) {
        return reindex(DuplicateEmails.blockLaterHolders(new ArrayList<>(people(records, SourcePerson.Role.INSTRUCTOR, "staff").values())));
    }

    Map<String, SourcePerson> students(List<JsonNode> records) {
        return people(records, SourcePerson.Role.LEARNER, "student");
    }

    private Map<String, SourcePerson> people(List<JsonNode> records, SourcePerson.Role role, String prefix) {
        Map<String, SourcePerson> byKey = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode r : records) {
            String id = safeText(r, "id");
            String key = prefix + ":" + id;
            if (id == null || id.isBlank()) {
                problems.add(new SourceProblem(prefix + " #" + index, ReasonCode.INVALID_PERSON,
                        "Celcat " + prefix + " record without a usable id: " + SourceJson.preview(r)));
            } else if (byKey.containsKey(key)) {
                problems.add(new SourceProblem(key, ReasonCode.INVALID_PERSON, "Celcat " + prefix + " " + Text.quote(id)
                        + " listed more than once: the first record is used, not " + SourceJson.preview(r)));
            } else {
                byKey.put(key, person(r, role, key));
            }
            index++;
        }
        return byKey;
    }

    /** A person record; a field of the wrong JSON type makes the person invalid with that reason. */
    private SourcePerson person(JsonNode r, SourcePerson.Role role, String key) {
        try {
            String name = SourceJson.text(r, "name");
            String email = SourceJson.text(r, "email");
            String invisible = Text.onlyInvisible(name) ? Text.nameProblem("name", name) : null;
            UserNameFormat.SplitName split = nameFormat.split(Text.clean(name));
            String problem = invisible != null ? invisible : split.ok() ? PersonRules.problem(split.lastName(), split.firstName(), email) : split.failure();
            String phone = role == SourcePerson.Role.LEARNER ? SourceJson.text(r, "mobile") : null;
            return new SourcePerson(role, key, split.lastName(), split.firstName(), email == null ? null : email.trim(), phone, problem);
        } catch (SourceJson.BadField bad) {
            return new SourcePerson(role, key, null, null, null, null, bad.getMessage());
        }
    }

    /**
     * Group names by id. A group without a name is called "Group id" (Edusign requires a name); one
     * without a usable id, or whose name has nothing visible, is recorded.
     */
    Map<String, String> groupNames(List<JsonNode> records) {
        Map<String, String> names = new HashMap<>();
        int index = 0;
        for (JsonNode g : records) {
            String id = safeText(g, "id");
            if (id == null || id.isBlank()) {
                problems.add(new SourceProblem("group #" + index, ReasonCode.SOURCE_ERROR,
                        "Celcat group record without a usable id, ignored: " + SourceJson.preview(g)));
            } else {
                String problem;
                try {
                    String name = SourceJson.text(g, "name");
                    problem = Text.onlyInvisible(name) ? Text.nameProblem("name", name) : null;
                    if (problem == null && name != null && !name.isBlank()) {
                        names.put(id, name);
                    }
                } catch (SourceJson.BadField bad) {
                    problem = bad.getMessage();
                }
                if (problem != null) {
                    problems.add(new SourceProblem("group:" + id, ReasonCode.SOURCE_ERROR, "Celcat group " + Text.quote(id)
                            + ": " + problem + "; its courses name it 'Group " + Text.quote(id) + "'"));
                }
            }
            index++;
        }
        return names;
    }

    private static String safeText(JsonNode n, String field) {
        try {
            return SourceJson.text(n, field);
        } catch (SourceJson.BadField bad) {
            return null;
        }
    }

    private static Map<String, SourcePerson> reindex(List<SourcePerson> people) {
        Map<String, SourcePerson> byKey = new LinkedHashMap<>();
        people.forEach(p -> byKey.put(p.sourceKey(), p));
        return byKey;
    }
}
