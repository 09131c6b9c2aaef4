package org.edusignconnector.sim.edusign;

/**
 * Switchable departures of one school from the strict reference behaviour, all off by default. Each stands
 * for something a real Edusign (or the gateway in front of it) is known or suspected to do, so that tests can
 * show the connector copes. Switched from a test with {@code sim.school(key).quirks()}.
 */
public final class SchoolQuirks {

    final ListPaging courseList = new ListPaging();
    final ListPaging studentList = new ListPaging();
    final ListPaging professorList = new ListPaging();
    final ListPaging groupList = new ListPaging();

    private boolean patchKeepsOmittedFields;
    private boolean dropsCourseRosters;
    private int falseCourseNotFounds;
    private boolean externalReferenceIsApiId;
    private boolean v3ResultsReversed;

    SchoolQuirks() {
    }

    /** The course list answers at most {@code cap} courses a page (instead of 40), the rest on the next page. */
    public void capCoursePages(int cap) {
        courseList.cap(cap);
    }

    /** The course list answers its first page whatever page was asked: a list that does not page. */
    public void ignoreCourseListPage() {
        courseList.ignorePage();
    }

    /** The student list answers at most {@code cap} students a page, whatever limit was asked. */
    public void capStudentPages(int cap) {
        studentList.cap(cap);
    }

    /** The student list answers its first page whatever page was asked. */
    public void ignoreStudentListPage() {
        studentList.ignorePage();
    }

    /** The professor list answers at most {@code cap} professors a page (instead of 100). */
    public void capProfessorPages(int cap) {
        professorList.cap(cap);
    }

    /** The professor list answers its first page whatever page was asked. */
    public void ignoreProfessorListPage() {
        professorList.ignorePage();
    }

    /** The group list answers at most {@code cap} groups a page (instead of 100). */
    public void capGroupPages(int cap) {
        groupList.cap(cap);
    }

    /** The group list answers its first page whatever page was asked. */
    public void ignoreGroupListPage() {
        groupList.ignorePage();
    }

    /**
     * PATCH /v1/course merges the sent fields into the stored course instead of replacing its lists: a
     * professor slot (PROFESSOR_2...), STUDENTS or SCHOOL_GROUP left out of the body keeps its old value. The
     * reference says PATCH replaces the lists (MOODLE: "we must send all students and all teachers at each
     * call"); this is the other reading, for a connector that must not rely on omission to clear a slot.
     * Student, professor and group PATCH already keep omitted fields in the strict mode.
     */
    public synchronized void patchKeepsOmittedFields() {
        patchKeepsOmittedFields = true;
    }

    /**
     * POST and PATCH /v1/course answer success but store the course with no students: a roster that does not
     * take (seen as sheets that stay empty after a sync), so a connector can check the roster on the sheet.
     */
    public synchronized void dropCourseRosters() {
        dropsCourseRosters = true;
    }

    /**
     * The next {@code times} PATCH /v1/course of this school answer "No course with this ID found" without
     * applying, although the course exists: a transient false not-found (replica lag behind the API).
     */
    public synchronized void answerCoursePatchNotFound(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times must be >= 0");
        }
        falseCourseNotFounds = times;
    }

    synchronized boolean patchKeepsOmitted() {
        return patchKeepsOmittedFields;
    }

    synchronized boolean dropsCourseRosters() {
        return dropsCourseRosters;
    }

    /** Consumes one false not-found, if any is left. */
    synchronized boolean takeFalseCourseNotFound() {
        if (falseCourseNotFounds == 0) {
            return false;
        }
        falseCourseNotFounds--;
        return true;
    }

    /**
     * v3's externalReferenceId and v1's API_ID are one stored field: what v3 writes, v1's get-id and lists show,
     * and a v1 object's API_ID is found by v3. The strict default keeps them apart (the reference does not say).
     */
    public synchronized void externalReferenceIsApiId() {
        externalReferenceIsApiId = true;
    }

    /** A v3 batch answers its per-item results last item first: only inputIndex says which is which. */
    public synchronized void reverseV3Results() {
        v3ResultsReversed = true;
    }

    synchronized boolean externalReferenceIsApiIdOn() {
        return externalReferenceIsApiId;
    }

    synchronized boolean v3ResultsReversedOn() {
        return v3ResultsReversed;
    }
}
