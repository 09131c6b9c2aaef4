package org.edusignconnector.sim.edusign;

import static org.edusignconnector.sim.edusign.FieldSpec.Type.BOOLEAN;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.BOOLEAN_OR_INTEGER;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.OBJECT;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.STRING;
import static org.edusignconnector.sim.edusign.FieldSpec.Type.STRING_ARRAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * /v1/student routes. DELETE archives (HIDDEN=1), GET restore/{id} un-archives (DIGI); the list pages by
 * {@code limit} ({@link StudentListQuery}).
 */
final class StudentEndpoints {

    static final String NOT_FOUND = "No student with this ID found";

    private static final FieldSpec CREATE = new FieldSpec()
            .fields(STRING, "FIRSTNAME", "LASTNAME", "EMAIL", "PHONE", "FILE_NUMBER", "PHOTO", "TRAINING_NAME",
                    "COMPANY", "API_ID", "API_TYPE", "BADGE_ID", "ISIC_ID")
            .fields(STRING_ARRAY, "GROUPS", "TAGS", "STUDENT_FOLLOWER_ID")
            .fields(BOOLEAN, "SEND_EMAIL_CREDENTIALS", "NEW_PASSWORD_NEEDED")
            .fields(OBJECT, "STUDENT_CARD", "VARIABLES")
            .field("HIDDEN", BOOLEAN_OR_INTEGER);
    private static final FieldSpec UPDATE = CREATE.plus("ID", STRING);
    /** Input keys not stored as such. */
    private static final Set<String> NOT_STORED =
            Set.of("ID", "GROUPS", "SEND_EMAIL_CREDENTIALS", "NEW_PASSWORD_NEEDED", "HIDDEN");
    private static final List<String> SHOWN_AS_NULL =
            List.of("PHONE", "FILE_NUMBER", "COMPANY", "TAGS", "API_ID", "API_TYPE");

    private StudentEndpoints() {
    }

    static void register(Router router) {
        router.add("POST", "/v1/student", StudentEndpoints::create);
        router.add("PATCH", "/v1/student", StudentEndpoints::update);
        router.add("GET", "/v1/student", StudentEndpoints::list);
        router.add("GET", "/v1/student/by-email/*", StudentEndpoints::byEmail);
        router.add("GET", "/v1/student/get-id/*", StudentEndpoints::idByApiId);
        router.add("GET", "/v1/student/restore/*", StudentEndpoints::restore);
        router.add("GET", "/v1/student/*", StudentEndpoints::get);
        router.add("DELETE", "/v1/student/*", StudentEndpoints::archive);
    }

    /** Validates and stores a new student; shared with {@link SchoolState#addStudentByHand}. */
    static ObjectNode createStudent(SchoolState school, ObjectNode in) {
        CREATE.check(in);
        Fields.requiredText(in, "FIRSTNAME");
        Fields.requiredText(in, "LASTNAME");
        String email = Fields.requiredEmail(in, "EMAIL");
        if (Records.emailTaken(school.studentStore().values(), email, null)) {
            throw new EdusignError("Student already exists in this school");
        }
        List<String> groups = Fields.present(in, "GROUPS") ? groupIds(in, school) : List.of();
        ObjectNode student = Records.withNewId(school);
        Records.merge(in, student, NOT_STORED, SHOWN_AS_NULL);
        student.put("USERNAME", email);
        student.put("HIDDEN", hidden(in, 0));
        student.putArray("TRAINING_IDS");
        Records.stamp(student, school, true);
        school.studentStore().put(student.get("ID").asText(), student);
        setMembership(school, student.get("ID").asText(), groups);
        return student;
    }

    private static JsonNode create(ApiCall call, SchoolState school) {
        ObjectNode in = call.wrapped("student", Set.of());
        ObjectNode student = createStudent(school, in);
        school.recordCredentials(student.get("EMAIL").asText(), Fields.present(in, "SEND_EMAIL_CREDENTIALS")
                && in.get("SEND_EMAIL_CREDENTIALS").booleanValue());
        return school.renderStudent(student);
    }

    private static JsonNode update(ApiCall call, SchoolState school) {
        ObjectNode in = call.wrapped("student", Set.of());
        UPDATE.check(in);
        ObjectNode student = existing(school, Fields.requiredText(in, "ID"));
        Fields.requiredText(in, "FIRSTNAME");
        Fields.requiredText(in, "LASTNAME");
        if (in.has("EMAIL")) {
            String email = Fields.requiredEmail(in, "EMAIL");
            if (Records.emailTaken(school.studentStore().values(), email, student.get("ID").asText())) {
                throw new EdusignError("Student already exists in this school");
            }
            student.put("USERNAME", email);
        }
        List<String> groups = Fields.present(in, "GROUPS") ? groupIds(in, school) : null;
        Records.merge(in, student, NOT_STORED, List.of());
        student.put("HIDDEN", hidden(in, student.get("HIDDEN").asInt()));
        Records.stamp(student, school, false);
        if (groups != null) {
            setMembership(school, student.get("ID").asText(), groups);
        }
        if (Fields.present(in, "SEND_EMAIL_CREDENTIALS") && in.get("SEND_EMAIL_CREDENTIALS").booleanValue()) {
            school.recordCredentials(student.get("EMAIL").asText(), true);
        }
        return school.renderStudent(student);
    }

    private static JsonNode get(ApiCall call, SchoolState school) {
        return school.renderStudent(existing(school, call.pathParam(0)));
    }

    /** One page of the school's students; see {@link StudentListQuery} for what is assumed. */
    private static JsonNode list(ApiCall call, SchoolState school) {
        StudentListQuery query = StudentListQuery.parse(call);
        return school.quirks().studentList.page(school.studentStore().values().stream()
                .filter(query::matches)
                .map(school::renderStudent), query.page(), query.limit());
    }

    private static JsonNode byEmail(ApiCall call, SchoolState school) {
        ObjectNode student = Records.byEmail(school.studentStore().values(), call.pathParam(0));
        if (student == null) {
            throw new EdusignError("Error - cannot get student by email");
        }
        return school.renderStudent(student);
    }

    private static JsonNode idByApiId(ApiCall call, SchoolState school) {
        ObjectNode student = Records.byApiId(school.studentStore().values(), call.pathParam(0));
        if (student == null) {
            throw new EdusignError("No student with this API_ID found");
        }
        return Json.idOnly(student.get("ID").asText());
    }

    private static JsonNode archive(ApiCall call, SchoolState school) {
        ObjectNode student = existing(school, call.pathParam(0));
        student.put("HIDDEN", 1);
        Records.stamp(student, school, false);
        return school.renderStudent(student);
    }

    /** Un-archives (HIDDEN back to 0); restoring a student who is not archived changes nothing (assumed). */
    private static JsonNode restore(ApiCall call, SchoolState school) {
        ObjectNode student = existing(school, call.pathParam(0));
        if (student.get("HIDDEN").asInt() != 0) {
            student.put("HIDDEN", 0);
            Records.stamp(student, school, false);
        }
        return school.renderStudent(student);
    }

    private static ObjectNode existing(SchoolState school, String id) {
        ObjectNode student = school.studentStore().get(id);
        if (student == null) {
            throw new EdusignError(NOT_FOUND);
        }
        return student;
    }

    private static List<String> groupIds(ObjectNode in, SchoolState school) {
        List<String> ids = Fields.distinctStrings(in, "GROUPS");
        for (String id : ids) {
            if (!school.groupStore().containsKey(id)) {
                throw new EdusignError("GROUPS: no group with ID " + id + " in this school");
            }
        }
        return ids;
    }

    /** Makes the student a member of exactly {@code groupIds}. */
    private static void setMembership(SchoolState school, String studentId, List<String> groupIds) {
        for (ObjectNode group : school.groupStore().values()) {
            ArrayNode members = (ArrayNode) group.get("STUDENTS");
            boolean member = SchoolState.contains(members, studentId);
            boolean wanted = groupIds.contains(group.get("ID").asText());
            if (wanted && !member) {
                members.add(studentId);
            } else if (!wanted && member) {
                for (int i = members.size() - 1; i >= 0; i--) {
                    if (members.get(i).asText().equals(studentId)) {
                        members.remove(i);
                    }
                }
            }
        }
    }

    private static int hidden(ObjectNode in, int current) {
        if (!Fields.present(in, "HIDDEN")) {
            return current;
        }
        JsonNode hidden = in.get("HIDDEN");
        return hidden.isBoolean() ? (hidden.booleanValue() ? 1 : 0) : hidden.asInt();
    }
}
