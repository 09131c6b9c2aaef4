package org.edusignconnector.sim.celcat;

import java.util.Map;
import java.util.Optional;

/** Maps method + raw path to a resource. Paths are exact and case-sensitive; anything else has no route (404). */
final class ApiRouter {

    private final Map<String, Resource> gets = Map.of(
            "/api/Events", new EventsResource(),
            "/api/Staff", ReferenceData.staff(),
            "/api/Students", ReferenceData.students(),
            "/api/Groups", ReferenceData.groups(),
            "/api/Rooms", ReferenceData.rooms(),
            "/api/EventCategories", ReferenceData.eventCategories(),
            "/api/MarkDefinitions", ReferenceData.markDefinitions(),
            "/api/student-membership", ReferenceData.studentMembership());
    private final Resource registers = new RegistersResource();

    Optional<Resource> route(String method, String rawPath) {
        if ("GET".equals(method)) {
            return Optional.ofNullable(gets.get(rawPath));
        }
        if ("PUT".equals(method) && rawPath.startsWith(RegistersResource.PREFIX)) {
            String id = rawPath.substring(RegistersResource.PREFIX.length());
            return id.isEmpty() || id.contains("/") ? Optional.empty() : Optional.of(registers);
        }
        return Optional.empty();
    }
}
