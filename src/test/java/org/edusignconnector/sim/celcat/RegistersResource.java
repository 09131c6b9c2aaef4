package org.edusignconnector.sim.celcat;

import java.util.HashSet;
import java.util.Set;

/**
 * {@code PUT /Registers/{eventId}} (id percent-encoded in the path). Checks, in order: JSON media type (415),
 * known event (404), body shape (400), EventId equal to the path id (400), open register (409),
 * each mark: learner of the event, known MarkId, late marks with MinsLate &gt; 0, no student twice (400).
 */
final class RegistersResource implements Resource {

    static final String PREFIX = "/api/Registers/";

    @Override
    public SimResponse answer(SimRequest request, CelcatTimetable timetable) {
        String eventId = SimRequest.decodeSegment(request.rawPath().substring(PREFIX.length()));
        requireJson(request.contentType());
        CelcatEvent event = timetable.event(eventId)
                .orElseThrow(() -> new ApiException(404, "Event not found"));
        RegisterBody body = RegisterBody.parse(request.body());
        if (!eventId.equals(body.eventId())) {
            throw ApiException.badRequest(
                    "EventId '" + body.eventId() + "' does not match the event in the path '" + eventId + "'");
        }
        if (timetable.isRegisterClosed(eventId)) {
            throw new ApiException(409, "Register is closed");
        }
        checkMarks(body, event, timetable);
        return switch (timetable.writeRegister(eventId, body.raw())) {
            case SAVED -> SimResponse.json(200, Json.object().put("EventId", eventId).put("Saved", body.marks().size()));
            case UNKNOWN_EVENT -> SimResponse.message(404, "Event not found");
            case CLOSED -> SimResponse.message(409, "Register is closed");
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
            if (!learners.contains(mark.studentId())) {
                throw ApiException.badRequest(
                        "StudentId " + mark.studentId() + " is not a learner of event " + event.id());
            }
            if (!seen.add(mark.studentId())) {
                throw ApiException.badRequest("StudentId " + mark.studentId() + " is marked more than once");
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
