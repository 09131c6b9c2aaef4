package org.edusignconnector.sync;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.course.SourceSnapshot;
import org.edusignconnector.course.Text;
import org.edusignconnector.events.EventLog;

/** The first step of a down run: the source's courses of the run's window, each listed once. */
public class CourseListing {

    private final EventLog events;

    public CourseListing(EventLog events) {
        this.events = events;
    }

    /** Reads the source for the window; the body becomes the list of courses. */
    public List<SourceCourse> fetch(Exchange exchange) {
        SyncRun run = Downstream.run(exchange);
        SourceSnapshot snapshot;
        try {
            snapshot = run.tenant().source().fetch(run.window());
        } catch (SourceDataException unreadable) {
            // The run fails (nothing written, nothing deleted); the event says which call and what came back.
            run.count(ReasonCode.SOURCE_ERROR);
            events.record(run, "source", null, ReasonCode.SOURCE_ERROR.name(), unreadable.getMessage());
            throw unreadable;
        }
        for (SourceSnapshot.SourceProblem p : snapshot.problems()) {
            run.count(p.reason());
            events.record(run, "source", p.sourceId(), p.reason().name(), p.message());
        }
        List<SourceCourse> courses = firstOccurrences(run, snapshot.courses());
        run.sourceComplete(snapshot.complete());
        run.total(courses.size());
        return courses;
    }

    private List<SourceCourse> firstOccurrences(SyncRun run, List<SourceCourse> listed) {
        List<SourceCourse> courses = new ArrayList<>();
        for (SourceCourse c : listed) {
            if (run.wasListed(c.getSourceKey())) {
                // A second record with the same id: sending both would rewrite the sheet at every run.
                run.count(ReasonCode.INVALID_COURSE_DATA);
                events.record(run, "course", c.getSourceKey(), ReasonCode.INVALID_COURSE_DATA.name(),
                        "'" + Text.quote(c.getName()) + "' listed more than once with the same id: only its first occurrence is synchronised");
                continue;
            }
            run.listed(c.getSourceKey());
            courses.add(c);
        }
        return courses;
    }
}
