package org.edusignconnector.sim.edusign;

import static org.edusignconnector.sim.edusign.FieldSpec.Type.STRING;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.STRING_ARRAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Set;

/**
 * /v1/group routes. PATCH with STUDENTS replaces the member list; DELETE removes the group. The list
 * ({@code GET /v1/group?page=}, PD, INTRA) has no documented page size: the simulator assumes 100 a page like
 * the professor list, {@code page} optional (absent = 0, as the NPM README says of {@code page}), creation
 * order, any other query parameter refused.
 */
final class GroupEndpoints {

    static final int PAGE_SIZE = 100;

    static final String NOT_FOUND = "No group with this ID found";

    private static final FieldSpec CREATE = new FieldSpec()
            .fields(STRING, "NAME", "DESCRIPTION", "PARENT", "API_ID", "API_TYPE")
            .field("STUDENTS", STRING_ARRAY);
    private static final FieldSpec UPDATE = CREATE.plus("ID", STRING);
    private static final Set<String> NOT_STORED = Set.of("ID", "STUDENTS");
    private static final List<String> SHOWN_AS_NULL = List.of("DESCRIPTION", "PARENT", "API_ID", "API_TYPE");

    private GroupEndpoints() {
    }

    static void register(Router router) {
        router.add("POST", "/v1/group", GroupEndpoints::create);
        router.add("PATCH", "/v1/group", GroupEndpoints::update);
        router.add("GET", "/v1/group", GroupEndpoints::list);
        router.add("GET", "/v1/group/get-id/*", GroupEndpoints::idByApiId);
        router.add("GET", "/v1/group/*", GroupEndpoints::get);
        router.add("DELETE", "/v1/group/*", GroupEndpoints::delete);
    }

    private static JsonNode create(ApiCall call, SchoolState school) {
        ObjectNode in = call.wrapped("group", Set.of());
        CREATE.check(in);
        Fields.requiredText(in, "NAME");
        List<String> students = Fields.present(in, "STUDENTS") ? studentIds(in, school) : List.of();
        checkParent(in, school, null);
        ObjectNode group = Records.withNewId(school);
        Records.merge(in, group, NOT_STORED, SHOWN_AS_NULL);
        group.put("SCHOOL_ID", school.schoolId());
        ArrayNode members = group.putArray("STUDENTS");
        students.forEach(members::add);
        group.putNull("LOGO");
        group.put("HIDDEN", 0);
        group.putObject("VARIABLES");
        Records.stamp(group, school, true);
        school.groupStore().put(group.get("ID").asText(), group);
        return group.deepCopy();
    }

    private static JsonNode update(ApiCall call, SchoolState school) {
        ObjectNode in = call.wrapped("group", Set.of());
        UPDATE.check(in);
        ObjectNode group = existing(school, Fields.requiredText(in, "ID"));
        if (in.has("NAME")) {
            Fields.requiredText(in, "NAME");
        }
        List<String> students = in.has("STUDENTS")
                ? (Fields.present(in, "STUDENTS") ? studentIds(in, school) : List.of()) : null;
        checkParent(in, school, group.get("ID").asText());
        Records.merge(in, group, NOT_STORED, List.of());
        if (students != null) {
            ArrayNode members = group.putArray("STUDENTS");
            students.forEach(members::add);
        }
        Records.stamp(group, school, false);
        return group.deepCopy();
    }

    private static JsonNode get(ApiCall call, SchoolState school) {
        return existing(school, call.pathParam(0)).deepCopy();
    }

    private static JsonNode list(ApiCall call, SchoolState school) {
        call.onlyQueryParameters(Set.of("page"));
        return school.quirks().groupList.page(school.groupStore().values().stream(), call.page(), PAGE_SIZE);
    }

    private static JsonNode idByApiId(ApiCall call, SchoolState school) {
        ObjectNode group = Records.byApiId(school.groupStore().values(), call.pathParam(0));
        if (group == null) {
            throw new EdusignError("No group with this API_ID found");
        }
        return Json.idOnly(group.get("ID").asText());
    }

    private static JsonNode delete(ApiCall call, SchoolState school) {
        ObjectNode group = existing(school, call.pathParam(0));
        school.groupStore().remove(group.get("ID").asText());
        return TextNode.valueOf(group.get("ID").asText());
    }

    private static ObjectNode existing(SchoolState school, String id) {
        ObjectNode group = school.groupStore().get(id);
        if (group == null) {
            throw new EdusignError(NOT_FOUND);
        }
        return group;
    }

    private static List<String> studentIds(ObjectNode in, SchoolState school) {
        List<String> ids = Fields.distinctStrings(in, "STUDENTS");
        for (String id : ids) {
            if (!school.studentStore().containsKey(id)) {
                throw new EdusignError("STUDENTS: no student with ID " + id + " in this school");
            }
        }
        return ids;
    }

    /** PARENT must be an existing group and must not make a cycle. */
    private static void checkParent(ObjectNode in, SchoolState school, String selfId) {
        String parent = Fields.optionalText(in, "PARENT");
        if (parent == null || parent.isEmpty()) {
            return;
        }
        for (String current = parent; current != null && !current.isEmpty();
             current = school.groupStore().get(current).path("PARENT").asText(null)) {
            if (current.equals(selfId)) {
                throw new EdusignError("PARENT: a group cannot be its own ancestor");
            }
            if (!school.groupStore().containsKey(current)) {
                throw new EdusignError("PARENT: no group with ID " + current + " in this school");
            }
        }
    }
}
