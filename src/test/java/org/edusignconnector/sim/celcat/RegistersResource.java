package org.edusignconnector.sim.celcat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.edusignconnector.sim.common.ApiException;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/**
 * {@code GET} and {@code PUT Registers/{id}} as CELCAT's Attendance Web Services answer them
 * (source-apis.md §1.5). GET: an id that cannot name a week (…74) → 500, an unknown event → 404, else
 * the whole register. PUT checks, in order: JSON media type (415), a register id (500: week or event
 * not valid — the old {@code PUT /Registers/{event id}} lands here), the whole body (400), EventId and
 * Week equal to the id's (400), open register (409), each mark at most once (400), and each modified
 * mark: learner of the event, known MarkId, late marks with MinsLate &gt; 0 (400). It answers the
 * register as stored.
 */
final class RegistersResource implements Resource {

    static final String PREFIX = "/api/Registers/";

    @Override
    public SimResponse answer(SimRequest request, CelcatTimetable timetable) {
        String id = request.rawPath().substring(PREFIX.length());
        if ("GET".equals(request.method())) {
            RegisterKey key = RegisterKey.parse(id).orElseThrow(() -> new ApiException(500, "An error has occurred."));
            CelcatEvent event = timetable.eventOfRegister(key).orElseThrow(() -> new ApiException(404, "Register not found"));
            return SimResponse.json(200, timetable.register(event, key));
        }
        requireJson(request.contentType());
        RegisterKey key = RegisterKey.parse(id).orElseThrow(() -> new ApiException(500, "Week or event not valid"));
        CelcatEvent event = timetable.eventOfRegister(key).orElseThrow(() -> new ApiException(500, "Week or event not valid"));
        RegisterBody body = RegisterBody.parse(request.body());
        if (body.eventId() != key.eventNumber() || body.week() != key.week()) {
            throw ApiException.badRequest("EventId " + body.eventId() + " and Week " + body.week()
                    + " do not match the register in the path '" + id + "'");
        }
        if (timetable.isRegisterClosed(event.id())) {
            throw new ApiException(409, "Register is closed");
        }
        checkMarks(body, event, timetable);
        ObjectNode stored = Registers.apply(timetable.register(event, key), body);
        return switch (timetable.storeRegister(event.id(), stored)) {
            case SAVED -> SimResponse.json(200, stored);
            case CLOSED -> WebApi.message(409, "Register is closed");
        };
    }

    private static void requireJson(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!type.equalsIgnoreCase("application/json")) {
            throw new ApiException(415, "The request entity's media type '" + type
                    + "' is not supported for this resource.");
        }
    }

    private static void checkMarks(RegisterBody body, CelcatEvent event, CelcatTimetable timetable) {
        Set<Integer> learners = timetable.learnersOf(event);
        Set<Integer> seen = new HashSet<>();
        for (RegisterBody.StudentMark mark : body.marks()) {
            if (!seen.add(mark.studentId())) {
                throw ApiException.badRequest("StudentId " + mark.studentId() + " is marked more than once");
            }
            if (!mark.modified()) {
                continue;
            }
            if (!learners.contains(mark.studentId())) {
                throw ApiException.badRequest(
                        "StudentId " + mark.studentId() + " is not a learner of event " + event.id());
            }
            MarkDefinition definition = timetable.markDefinition(mark.markId())
                    .orElseThrow(() -> ApiException.badRequest("MarkId " + mark.markId() + " is not a mark definition"));
            if (definition.isLate() && mark.minsLate() <= 0) {
                throw ApiException.badRequest("MarkId " + mark.markId()
                        + " is a late mark: MinsLate must be greater than 0 (StudentId " + mark.studentId() + ")");
            }
        }
    }
}
