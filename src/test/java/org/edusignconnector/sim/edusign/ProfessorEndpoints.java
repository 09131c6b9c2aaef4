package org.edusignconnector.sim.edusign;

import static org.edusignconnector.sim.edusign.FieldSpec.Type.OBJECT;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.STRING;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.STRING_ARRAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * /v1/professor routes. DELETE archives (HIDDEN = [school id]); HIDDEN is always an array. The list pages by
 * 100, {@code page} required (MC list-professors); the simulator assumes creation order, archived professors
 * listed (as by-email returns them), no restore route (the reference shows none).
 */
final class ProfessorEndpoints {

    static final int PAGE_SIZE = 100;

    static final String NOT_FOUND = "No professor with this ID found";
    static final String EXISTS = "Professor already exists in this school";

    private static final FieldSpec CREATE = new FieldSpec()
            .fields(STRING, "FIRSTNAME", "LASTNAME", "EMAIL", "SPECIALITY", "PHONE", "API_ID", "API_TYPE")
            .field("TAGS", STRING_ARRAY)
            .field("VARIABLES", OBJECT);
    private static final FieldSpec UPDATE = CREATE.plus("ID", STRING).plus("PIN", STRING);
    private static final Set<String> NOT_STORED = Set.of("ID");
    private static final List<String> SHOWN_AS_NULL = List.of("SPECIALITY", "PHONE", "TAGS", "API_ID", "API_TYPE");

    private ProfessorEndpoints() {
    }

    static void register(Router router) {
        router.add("POST", "/v1/professor", ProfessorEndpoints::create);
        router.add("PATCH", "/v1/professor", ProfessorEndpoints::update);
        router.add("GET", "/v1/professor", ProfessorEndpoints::list);
        router.add("GET", "/v1/professor/by-email/*", ProfessorEndpoints::byEmail);
        router.add("GET", "/v1/professor/get-id/*", ProfessorEndpoints::idByApiId);
        router.add("GET", "/v1/professor/*", ProfessorEndpoints::get);
        router.add("DELETE", "/v1/professor/*", ProfessorEndpoints::archive);
    }

    /** Validates and stores a new professor; shared with {@link SchoolState#addProfessorByHand}. */
    static ObjectNode createProfessor(SchoolState school, ObjectNode in) {
        CREATE.check(in);
        Fields.requiredText(in, "FIRSTNAME");
        Fields.requiredText(in, "LASTNAME");
        String email = Fields.requiredEmail(in, "EMAIL");
        if (Records.emailTaken(school.professorStore().values(), email, null)) {
            throw new EdusignError(EXISTS);
        }
        ObjectNode professor = Records.withNewId(school);
        Records.merge(in, professor, NOT_STORED, SHOWN_AS_NULL);
        professor.putArray("HIDDEN");
        professor.put("SCHOOL_ID", school.schoolId());
        Records.stamp(professor, school, true);
        school.professorStore().put(professor.get("ID").asText(), professor);
        return professor;
    }

    private static JsonNode create(ApiCall call, SchoolState school) {
        ObjectNode in = call.wrapped("professor", Set.of("dontSendCredentials"));
        JsonNode dontSend = call.body().get("dontSendCredentials");
        if (dontSend != null && !dontSend.isNull() && !dontSend.isBoolean()) {
            throw new EdusignError("dontSendCredentials must be a boolean");
        }
        ObjectNode professor = createProfessor(school, in);
        school.recordCredentials(professor.get("EMAIL").asText(), dontSend == null || !dontSend.booleanValue());
        return professor.deepCopy();
    }

    private static JsonNode update(ApiCall call, SchoolState school) {
        ObjectNode in = call.wrapped("professor", Set.of());
        UPDATE.check(in);
        ObjectNode professor = existing(school, Fields.requiredText(in, "ID"));
        Fields.requiredText(in, "FIRSTNAME");
        Fields.requiredText(in, "LASTNAME");
        String email = Fields.requiredEmail(in, "EMAIL");
        if (Records.emailTaken(school.professorStore().values(), email, professor.get("ID").asText())) {
            throw new EdusignError(EXISTS);
        }
        Records.merge(in, professor, NOT_STORED, List.of());
        Records.stamp(professor, school, false);
        return professor.deepCopy();
    }

    private static JsonNode get(ApiCall call, SchoolState school) {
        return existing(school, call.pathParam(0)).deepCopy();
    }

    private static JsonNode list(ApiCall call, SchoolState school) {
        call.onlyQueryParameters(Set.of("page"));
        return school.quirks().professorList.page(school.professorStore().values().stream(), call.requiredPage(),
                PAGE_SIZE);
    }

    private static JsonNode byEmail(ApiCall call, SchoolState school) {
        String email = call.pathParam(0);
        ObjectNode professor = Records.byEmail(school.professorStore().values(), email);
        if (professor == null) {
            throw new EdusignError("Error - cannot get professor by email: " + email);
        }
        return professor.deepCopy();
    }

    private static JsonNode idByApiId(ApiCall call, SchoolState school) {
        ObjectNode professor = Records.byApiId(school.professorStore().values(), call.pathParam(0));
        if (professor == null) {
            throw new EdusignError("No professor with this API_ID found");
        }
        return Json.idOnly(professor.get("ID").asText());
    }

    private static JsonNode archive(ApiCall call, SchoolState school) {
        ObjectNode professor = existing(school, call.pathParam(0));
        if (!school.isArchivedProfessor(professor)) {
            ((ArrayNode) professor.get("HIDDEN")).add(school.schoolId());
        }
        Records.stamp(professor, school, false);
        return professor.deepCopy();
    }

    private static ObjectNode existing(SchoolState school, String id) {
        ObjectNode professor = school.professorStore().get(id);
        if (professor == null) {
            throw new EdusignError(NOT_FOUND);
        }
        return professor;
    }
}
