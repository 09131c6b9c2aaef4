package org.edusignconnector.course;

import java.util.List;

/** One source system (Celcat, FCA Manager) as the downstream flow sees it, for one tenant. */
public interface SourceAdapter {

    /** Short system name used in API_IDs and messages, e.g. "celcat". */
    String system();

    /** Reads every course of the window, with the people and groups they need. */
    SourceSnapshot fetch(SyncWindow window);

    /** The tenant's source options that keep courses out, in the order they are checked. */
    List<CourseFilter> filters();

    /** A signature of the options that change what is sent, mixed into change detection. */
    String optionsSignature();

    /** Where the attendance of this source's locked sheets is written back. */
    org.edusignconnector.attendance.AttendanceTarget attendance();
}
