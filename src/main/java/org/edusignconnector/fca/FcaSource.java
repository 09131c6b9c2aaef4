package org.edusignconnector.fca;

import java.util.List;

import org.edusignconnector.course.CourseFilter;
import org.edusignconnector.course.SourceAdapter;
import org.edusignconnector.course.SourceSnapshot;
import org.edusignconnector.course.StartupCheck;
import org.edusignconnector.course.SyncWindow;

/**
 * One tenant's FCA Manager as a source: its séances for the window, read by
 * {@link FcaSnapshotReader} and turned into courses by {@link FcaSeanceMapper}; its attendance
 * written back by {@link FcaAttendance}.
 */
public class FcaSource implements SourceAdapter, StartupCheck {

    /** The tenant template (routes/fca-to-edusign.yaml) whose tenants this source serves. */
    public static final String TEMPLATE = "fca-to-edusign";

    private final FcaClient client;
    private final FcaOptions options;
    private final String tenant;
    private final String defaultAbsenceReason;
    private final FcaAttendance attendance;

    public FcaSource(FcaClient client, FcaOptions options, String tenant, String defaultAbsenceReason, FcaAttendance attendance) {
        this.client = client;
        this.options = options;
        this.tenant = tenant;
        this.defaultAbsenceReason = defaultAbsenceReason;
        this.attendance = attendance;
    }

    @Override
    public FcaAttendance attendance() {
        return attendance;
    }

    /** The default absence reason must be one of FCA Manager's justified reasons. */
    @Override
    public void checkAtStartup() {
        DefaultAbsenceReasonCheck.check(client, tenant, defaultAbsenceReason);
    }

    @Override
    public String system() {
        return FcaClient.SYSTEM;
    }

    @Override
    public List<CourseFilter> filters() {
        return options.filters();
    }

    @Override
    public String optionsSignature() {
        return "fca;" + options.signature();
    }

    @Override
    public SourceSnapshot fetch(SyncWindow window) {
        FcaSnapshotReader reader = new FcaSnapshotReader(client);
        return FcaSeanceMapper.snapshot(reader.seances(window), options, reader.registrations()::of);
    }
}
