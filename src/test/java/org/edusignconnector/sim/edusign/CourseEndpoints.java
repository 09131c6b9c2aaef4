package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** /v1/course routes. */
final class CourseEndpoints {

    static final String NOT_FOUND = "No course with this ID found";
    static final String LOCKED = "course locked";

    private CourseEndpoints() {
    }

    static void register(Router router) {
        router.add("POST", "/v1/course", CourseEndpoints::create);
        router.add("PATCH", "/v1/course", CourseEndpoints::update);
        router.add("GET", "/v1/course", CourseEndpoints::list);
        router.add("GET", "/v1/course/get-id/*", CourseEndpoints::idByApiId);
        router.add("GET", "/v1/course/lock/*", CourseEndpoints::lock);
        router.add("PATCH", "/v1/course/unlock/*", CourseEndpoints::unlock);
        router.add("GET", "/v1/course/*", CourseEndpoints::get);
        router.add("DELETE", "/v1/course/*", CourseEndpoints::delete);
    }

    /** Validates and stores a new course; shared with {@link SchoolState#addCourseByHand}. */
    static ObjectNode createCourse(SchoolState school, ObjectNode input) {
        CourseValidator.ValidCourse course = CourseValidator.validate(input, school, false);
        ObjectNode stored = CourseAssembler.assemble(course, null, school);
        school.putCourse(stored);
        return stored;
    }

    /** {@code ?fromStudents=true|false} is what the Moodle plugin adds; any other query parameter is refused. */
    private static JsonNode create(ApiCall call, SchoolState school) {
        call.onlyQueryParameters(Set.of("fromStudents"));
        String fromStudents = call.query().get("fromStudents");
        if (fromStudents != null && !fromStudents.equals("true") && !fromStudents.equals("false")) {
            throw new EdusignError("fromStudents must be true or false");
        }
        ObjectNode stored = createCourse(school, call.wrapped("course", Set.of()));
        return dropRosterIfQuirk(school, stored).deepCopy();
    }

    private static JsonNode update(ApiCall call, SchoolState school) {
        ObjectNode in = call.wrapped("course", Set.of("editSurveys"));
        JsonNode editSurveys = call.body().get("editSurveys");
        if (editSurveys == null || editSurveys.isNull()) {
            throw new EdusignError("editSurveys is required");
        }
        if (!editSurveys.isBoolean()) {
            throw new EdusignError("editSurveys must be a boolean");
        }
        String id = Fields.requiredText(in, "ID");
        if (school.quirks().takeFalseCourseNotFound()) {
            throw new EdusignError(NOT_FOUND);
        }
        ObjectNode previous = existing(school, id);
        if (previous.get("LOCKED").asInt() == 1) {
            throw new EdusignError(LOCKED);
        }
        ObjectNode sent = school.quirks().patchKeepsOmitted()
                ? CoursePatchMerge.withOmittedFieldsKept(in, previous) : in;
        CourseValidator.ValidCourse course = CourseValidator.validate(sent, school, true);
        ObjectNode stored = CourseAssembler.assemble(course, previous, school);
        school.putCourse(stored);
        return dropRosterIfQuirk(school, stored).deepCopy();
    }

    /** Under {@link SchoolQuirks#dropCourseRosters()} the stored course loses its students after a success. */
    private static ObjectNode dropRosterIfQuirk(SchoolState school, ObjectNode stored) {
        if (school.quirks().dropsCourseRosters()) {
            stored.putArray("STUDENTS");
        }
        return stored;
    }

    private static JsonNode get(ApiCall call, SchoolState school) {
        return existing(school, call.pathParam(0)).deepCopy();
    }

    private static JsonNode delete(ApiCall call, SchoolState school) {
        ObjectNode course = existing(school, call.pathParam(0));
        if (course.get("LOCKED").asInt() == 1) {
            throw new EdusignError(LOCKED);
        }
        school.deleteCourse(course.get("ID").asText());
        return TextNode.valueOf(course.get("ID").asText());
    }

    private static JsonNode idByApiId(ApiCall call, SchoolState school) {
        String apiId = call.pathParam(0);
        ObjectNode course = SchoolState.newest(school.liveCourses(), c -> apiId.equals(c.path("API_ID").asText(null)));
        if (course == null) {
            throw new EdusignError("No course with this API_ID found");
        }
        return Json.idOnly(course.get("ID").asText());
    }

    private static JsonNode lock(ApiCall call, SchoolState school) {
        ObjectNode course = existing(school, call.pathParam(0));
        if (course.get("LOCKED").asInt() == 1) {
            throw new EdusignError("Course already locked");
        }
        CourseLock.lock(school, course);
        ObjectNode result = Json.object();
        result.put("link", course.get("ATTENDANCE_LIST_GENERATED").asText());
        return result;
    }

    private static JsonNode unlock(ApiCall call, SchoolState school) {
        ObjectNode course = existing(school, call.pathParam(0));
        if (course.get("LOCKED").asInt() != 1) {
            throw new EdusignError("Course not locked");
        }
        CourseLock.unlock(school, course);
        return course.deepCopy();
    }

    private static JsonNode list(ApiCall call, SchoolState school) {
        CourseListQuery query = CourseListQuery.parse(call);
        List<ObjectNode> matching = school.liveCourses().stream()
                .filter(query::matches)
                .sorted(Comparator.comparing(c -> Instant.parse(c.get("START").asText())))
                .toList();
        return school.quirks().courseList.page(matching.stream(), query.page(), CourseListQuery.PAGE_SIZE);
    }

    private static ObjectNode existing(SchoolState school, String id) {
        ObjectNode course = school.liveCourse(id);
        if (course == null) {
            throw new EdusignError(NOT_FOUND);
        }
        return course;
    }
}
