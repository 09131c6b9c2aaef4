package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The data of one school (one API key). Thread-safe: every public method and every API call runs under this
 * object's monitor. Objects handed out are copies, shaped as Edusign returns them (both "ID" and "id").
 */
public final class SchoolState {

    private final String apiKey;
    private final String schoolId;
    private final IdGenerator ids;
    private final Clock clock;

    private final Map<String, ObjectNode> courses = new LinkedHashMap<>();
    private final Set<String> deletedCourses = new HashSet<>();
    private final Map<String, ObjectNode> students = new LinkedHashMap<>();
    private final Map<String, ObjectNode> professors = new LinkedHashMap<>();
    private final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    private final Map<String, ObjectNode> absenceReasons = new LinkedHashMap<>();
    private final List<ObjectNode> justifiedAbsences = new ArrayList<>();
    private final Map<String, Boolean> credentialsSent = new LinkedHashMap<>();
    private final SchoolQuirks quirks = new SchoolQuirks();
    private final ExternalReferences references = new ExternalReferences();
    private long attendanceRows;

    SchoolState(String apiKey, IdGenerator ids, Clock clock) {
        this.apiKey = apiKey;
        this.ids = ids;
        this.clock = clock;
        this.schoolId = ids.next();
    }

    public String apiKey() {
        return apiKey;
    }

    public String schoolId() {
        return schoolId;
    }

    /** The switchable departures from the strict behaviour of this school, all off until switched on. */
    public SchoolQuirks quirks() {
        return quirks;
    }

    /**
     * From now on the student list answers at most {@code cap} students a page, whatever limit was asked,
     * without saying so: what a server that silently caps its pages does.
     */
    public void capStudentPages(int cap) {
        quirks.capStudentPages(cap);
    }

    /** From now on the student list answers its first page whatever page was asked: a list that does not page. */
    public void ignoreStudentListPage() {
        quirks.ignoreStudentListPage();
    }

    // ---------------------------------------------------------------- read views

    /** Non-deleted courses, in creation order. */
    public synchronized List<ObjectNode> courses() {
        return copies(liveCourses());
    }

    public synchronized Optional<ObjectNode> course(String id) {
        return Optional.ofNullable(liveCourse(id)).map(ObjectNode::deepCopy);
    }

    /** Non-archived students. */
    public synchronized List<ObjectNode> students() {
        return students.values().stream().filter(s -> s.get("HIDDEN").asInt() == 0).map(this::renderStudent).toList();
    }

    /** Any student, archived ones included (HIDDEN=1). */
    public synchronized Optional<ObjectNode> student(String id) {
        return Optional.ofNullable(students.get(id)).map(this::renderStudent);
    }

    /** Non-archived professors. */
    public synchronized List<ObjectNode> professors() {
        return copies(professors.values().stream().filter(p -> !isArchivedProfessor(p)).toList());
    }

    /** Any professor, archived ones included (HIDDEN contains the school id). */
    public synchronized Optional<ObjectNode> professor(String id) {
        return Optional.ofNullable(professors.get(id)).map(ObjectNode::deepCopy);
    }

    public synchronized List<ObjectNode> groups() {
        return copies(groups.values());
    }

    public synchronized Optional<ObjectNode> group(String id) {
        return Optional.ofNullable(groups.get(id)).map(ObjectNode::deepCopy);
    }

    public synchronized List<ObjectNode> justifiedAbsences() {
        return copies(justifiedAbsences);
    }

    public synchronized long deletedCourseCount() {
        return deletedCourses.size();
    }

    /** E-mail (as sent) -> whether credentials were mailed, for people created through the API. */
    public synchronized Map<String, Boolean> credentialsSent() {
        return new LinkedHashMap<>(credentialsSent);
    }

    /** The Edusign id of the {@code kind} (student, professor, group, course) with that v3 externalReferenceId. */
    public synchronized Optional<String> idOfExternalReference(String kind, String reference) {
        return Optional.ofNullable(references(kind, reference));
    }

    /** The v3 externalReferenceId of an object, if it has one. */
    public synchronized Optional<String> externalReferenceOf(String kind, String id) {
        return quirks.externalReferenceIsApiIdOn() ? Optional.empty() : references.of(kind, id);
    }

    // ---------------------------------------------------------------- hand-made data (no API_ID)

    public synchronized String addStudentByHand(String first, String last, String email) {
        return byHand(() -> StudentEndpoints.createStudent(this, person(first, last, email)));
    }

    public synchronized String addProfessorByHand(String first, String last, String email) {
        return byHand(() -> ProfessorEndpoints.createProfessor(this, person(first, last, email)));
    }

    /**
     * A course made in the Edusign UI: same fields and rules as POST /v1/course (NEED_STUDENTS_SIGNATURE
     * defaults to true); API_ID and API_TYPE are dropped.
     */
    public synchronized String addCourseByHand(ObjectNode course) {
        ObjectNode input = course.deepCopy();
        input.remove(List.of("API_ID", "API_TYPE"));
        if (!input.has("NEED_STUDENTS_SIGNATURE")) {
            input.put("NEED_STUDENTS_SIGNATURE", true);
        }
        return byHand(() -> CourseEndpoints.createCourse(this, input));
    }

    public synchronized String addAbsenceReason(String name) {
        String id = newId();
        ObjectNode reason = Json.object();
        reason.put("ID", id);
        reason.put("id", id);
        reason.put("NAME", name);
        absenceReasons.put(id, reason);
        return id;
    }

    /**
     * Locks a sheet as Edusign does once signed. {@code attendance} entries must name students of the course;
     * students without an entry stay absent. {@code professorSigned.get(i)} is the signature of the i-th
     * professor slot (PROFESSOR, then PROFESSOR_2...); missing entries = not signed.
     */
    public synchronized void lockCourse(String courseId, List<StudentAttendance> attendance,
                                        List<Boolean> professorSigned) {
        ObjectNode course = liveCourse(courseId);
        if (course == null) {
            throw new IllegalArgumentException("No course with this ID found: " + courseId);
        }
        if (course.get("LOCKED").asInt() == 1) {
            throw new IllegalStateException("Course already locked: " + courseId);
        }
        CourseLock.applyAttendance(this, course, attendance, professorSigned);
        CourseLock.lock(this, course);
    }

    public synchronized void unlockCourse(String courseId) {
        ObjectNode course = liveCourse(courseId);
        if (course == null || course.get("LOCKED").asInt() != 1) {
            throw new IllegalStateException("No locked course with this ID: " + courseId);
        }
        CourseLock.unlock(this, course);
    }

    // ---------------------------------------------------------------- package-private, for the endpoints

    /** The id holding a v3 external reference (a deleted course's included), or null. */
    String references(String kind, String reference) {
        if (!quirks.externalReferenceIsApiIdOn()) {
            return references.find(kind, reference).orElse(null);
        }
        Iterable<ObjectNode> store = switch (kind) {
            case "student" -> students.values();
            case "professor" -> professors.values();
            case "group" -> groups.values();
            default -> courses.values();
        };
        ObjectNode found = Records.byApiId((java.util.Collection<ObjectNode>) store, reference);
        return found == null ? null : found.get("ID").asText();
    }

    /** Under the shared-field quirk, a v3 reference is written as v1's API_ID (and its type as API_TYPE). */
    void referenceAsApiId(V3Target target, ObjectNode item, ObjectNode v1) {
        if (quirks.externalReferenceIsApiIdOn() && target.reference() != null) {
            v1.put("API_ID", target.reference());
            if (item.hasNonNull("externalReferenceType")) {
                v1.put("API_TYPE", item.get("externalReferenceType").asText());
            }
        }
    }

    /** Records the item's reference on the object it created or updated. */
    V3Result referenced(V3Target target, String id) {
        if (target.reference() != null && !quirks.externalReferenceIsApiIdOn()) {
            references.set(target.kind(), target.reference(), id);
        }
        return new V3Result(id, target.reference(), target.creates());
    }

    synchronized <T> T atomically(Supplier<T> action) {
        return action.get();
    }

    String newId() {
        return ids.next();
    }

    Instant now() {
        return clock.instant();
    }

    String nowText() {
        return Json.instant(now());
    }

    long nextAttendanceRowId() {
        return ++attendanceRows;
    }

    ObjectNode liveCourse(String id) {
        return deletedCourses.contains(id) ? null : courses.get(id);
    }

    List<ObjectNode> liveCourses() {
        return courses.values().stream().filter(c -> !deletedCourses.contains(c.get("ID").asText())).toList();
    }

    void putCourse(ObjectNode course) {
        courses.put(course.get("ID").asText(), course);
    }

    void deleteCourse(String id) {
        deletedCourses.add(id);
    }

    Map<String, ObjectNode> studentStore() {
        return students;
    }

    Map<String, ObjectNode> professorStore() {
        return professors;
    }

    Map<String, ObjectNode> groupStore() {
        return groups;
    }

    Map<String, ObjectNode> absenceReasonStore() {
        return absenceReasons;
    }

    List<ObjectNode> justifiedAbsenceStore() {
        return justifiedAbsences;
    }

    void recordCredentials(String email, boolean sent) {
        credentialsSent.put(email, sent);
    }

    boolean isArchivedProfessor(ObjectNode professor) {
        return professor.get("HIDDEN").size() > 0;
    }

    /** A student with the group ids it belongs to in GROUPS. */
    ObjectNode renderStudent(ObjectNode stored) {
        ObjectNode copy = stored.deepCopy();
        ArrayNode memberOf = copy.putArray("GROUPS");
        String id = stored.get("ID").asText();
        for (ObjectNode group : groups.values()) {
            if (contains(group.get("STUDENTS"), id)) {
                memberOf.add(group.get("ID").asText());
            }
        }
        return copy;
    }

    /** The newest (last created) object matching, or null. */
    static ObjectNode newest(Iterable<ObjectNode> objects, Predicate<ObjectNode> filter) {
        ObjectNode found = null;
        for (ObjectNode object : objects) {
            if (filter.test(object)) {
                found = object;
            }
        }
        return found;
    }

    static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode person(String first, String last, String email) {
        ObjectNode person = Json.object();
        person.put("FIRSTNAME", first);
        person.put("LASTNAME", last);
        person.put("EMAIL", email);
        return person;
    }

    private static String byHand(Supplier<ObjectNode> creation) {
        try {
            return creation.get().get("ID").asText();
        } catch (EdusignError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static List<ObjectNode> copies(Iterable<ObjectNode> nodes) {
        List<ObjectNode> copies = new ArrayList<>();
        nodes.forEach(node -> copies.add(node.deepCopy()));
        return copies;
    }
}
