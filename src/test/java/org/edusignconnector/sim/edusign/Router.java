package org.edusignconnector.sim.edusign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Method + path pattern to {@link Endpoint}; {@code *} matches one non-empty path segment. */
final class Router {

    record Match(Endpoint endpoint, List<String> params) {}

    private record Route(String method, String[] pattern, Endpoint endpoint) {}

    private final List<Route> routes = new ArrayList<>();

    static Router edusignV1() {
        Router router = new Router();
        CourseEndpoints.register(router);
        StudentEndpoints.register(router);
        ProfessorEndpoints.register(router);
        GroupEndpoints.register(router);
        AbsenceEndpoints.register(router);
        return router;
    }

    void add(String method, String pattern, Endpoint endpoint) {
        routes.add(new Route(method, pattern.substring(1).split("/"), endpoint));
    }

    /** {@code segments}: decoded path segments without the leading empty one. */
    Optional<Match> match(String method, List<String> segments) {
        for (Route route : routes) {
            if (!route.method.equals(method) || route.pattern.length != segments.size()) {
                continue;
            }
            List<String> params = new ArrayList<>();
            boolean matches = true;
            for (int i = 0; i < route.pattern.length && matches; i++) {
                String segment = segments.get(i);
                if (route.pattern[i].equals("*")) {
                    matches = !segment.isEmpty();
                    params.add(segment);
                } else {
                    matches = route.pattern[i].equals(segment);
                }
            }
            if (matches) {
                return Optional.of(new Match(route.endpoint, params));
            }
        }
        return Optional.empty();
    }
}
