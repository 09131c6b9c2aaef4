package org.edusignconnector.sim.celcat;

import java.util.Map;
import java.util.Optional;

/** Maps method + raw path to a resource. Paths are exact and case-sensitive; anything else has no route (404). */
final class ApiRouter {

    private static final String REGISTERS = "/api/Registers";

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
        if (rawPath.equals(REGISTERS) || rawPath.startsWith(RegistersResource.PREFIX)) {
            return registers(method, rawPath);
        }
        return "GET".equals(method) ? Optional.ofNullable(gets.get(rawPath)) : Optional.empty();
    }

    /** As CAWS: GET without an id → 400; POST and DELETE, or a PUT at the root → 405. */
    private Optional<Resource> registers(String method, String rawPath) {
        String id = rawPath.length() > RegistersResource.PREFIX.length() ? rawPath.substring(RegistersResource.PREFIX.length()) : "";
        if (id.contains("/")) {
            return Optional.empty();
        }
        boolean known = "GET".equals(method) || "PUT".equals(method);
        if (!known || id.isEmpty() && "PUT".equals(method)) {
            return Optional.of((request, t) -> WebApi.message(405, "The requested resource does not support http method '"
                    + method + "'."));
        }
        if (id.isEmpty()) {
            return Optional.of((request, t) -> WebApi.message(400, "A register id is required"));
        }
        return Optional.of(registers);
    }
}
