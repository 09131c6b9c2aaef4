package org.edusignconnector.course;

/**
 * Why an item was or was not synchronised. Stored in the event log and returned by the API;
 * names are part of the public contract (metrics labels, filters), so never rename one.
 */
public enum ReasonCode {
    // outcomes of a synchronised item
    CREATED, UPDATED, UNCHANGED, DELETED, ADOPTED, ADOPTION_AMBIGUOUS,
    // window rules
    PAST, SAME_DAY, OUTSIDE_WINDOW,
    // source rules
    ALL_DAY_EVENT, INVALID_COURSE_DATA,
    // tenant options and filters
    FILTERED_TIMETABLE, FILTERED_CATEGORY, FILTERED_COMPANY, FILTERED_AREA, FILTERED_ACTIVITY, FILTERED_BY_TENANT,
    // people
    INVALID_PERSON, NO_VALID_INSTRUCTOR, NO_VALID_LEARNER, DUPLICATE_INSTRUCTOR_EMAIL, PERSON_ARCHIVED,
    // content sent otherwise than the source wrote it: a text cut, a group without a valid member left out
    TEXT_SHORTENED, GROUP_LEFT_OUT,
    // failures
    EDUSIGN_REJECTED, EDUSIGN_UNANSWERED, EDUSIGN_UNKNOWN_ANSWER, ROSTER_NOT_TAKEN, LIST_UNRELIABLE, SOURCE_ERROR, RUN_FAILED, DELETIONS_HELD,
    // attendance write-back (upstream)
    ATTENDANCE_SENT, ATTENDANCE_RESENT, ATTENDANCE_RETRIED, ATTENDANCE_UNCHANGED, NOT_CREATED_BY_CONNECTOR, PERSON_NOT_CREATED_BY_CONNECTOR,
    SOURCE_REJECTED, SOURCE_CLOSED, WEBHOOK_REJECTED,
    ATTENDANCE_FOUND_AT_SOURCE, ATTENDANCE_NOT_WRITTEN,
    // run bookkeeping
    RUN_STARTED, RUN_COMPLETED
}
