package org.edusignconnector.celcat;

import java.util.ArrayList;
import java.util.List;

import org.edusignconnector.course.CourseFilter;
import org.edusignconnector.course.SourceAdapter;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceSnapshot;
import org.edusignconnector.course.SourceSnapshot.SourceProblem;
import org.edusignconnector.course.SyncWindow;

/**
 * One tenant's Celcat as a source: each configured timetable read by {@link CelcatSnapshotReader}
 * and turned into courses by {@link CelcatTimetableMapper}; attendance written back by
 * {@link CelcatAttendance}.
 */
public class CelcatSource implements SourceAdapter {

    /** The tenant template (routes/celcat-to-edusign.yaml) whose tenants this source serves. */
    public static final String TEMPLATE = "celcat-to-edusign";

    private final CelcatClient client;
    private final UserNameFormat nameFormat;
    private final List<String> timetables;
    private final CelcatOptions options;
    private final CelcatAttendance attendance;

    public CelcatSource(CelcatClient client, UserNameFormat nameFormat, List<String> timetables, CelcatOptions options,
                        CelcatAttendance attendance) {
        this.client = client;
        this.nameFormat = nameFormat;
        this.timetables = List.copyOf(timetables);
        this.options = options;
        this.attendance = attendance;
    }

    @Override
    public CelcatAttendance attendance() {
        return attendance;
    }

    @Override
    public String system() {
        return CelcatClient.SYSTEM;
    }

    @Override
    public List<CourseFilter> filters() {
        return options.filters();
    }

    @Override
    public String optionsSignature() {
        return "celcat;" + nameFormat + ";" + options.signature();
    }

    /** Every timetable is read, one after the other; the snapshot is complete only if every listing was. */
    @Override
    public SourceSnapshot fetch(SyncWindow window) {
        CelcatSnapshotReader reader = new CelcatSnapshotReader(client);
        List<SourceCourse> courses = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        boolean complete = true;
        for (String timetable : timetables) {
            complete &= CelcatTimetableMapper.map(reader.read(timetable, window), nameFormat, courses, problems);
        }
        return new SourceSnapshot(courses, problems, complete);
    }
}
