package org.edusignconnector.sim.fca;

import java.util.Optional;

/**
 * Maps method + raw path to a resource. Paths are exact and case-sensitive (no trailing slash);
 * anything else has no route (404).
 */
final class ApiRouter {

    /** A resource and the decoded id taken from the path (null when the path has none). */
    record Route(Resource resource, String pathId) {
    }

    private static final String SEANCES = "/api/seances";
    private static final String MOTIFS = "/api/motifs-absence";
    private static final String ACTIONS = "/api/actions/";
    private static final String INSCRIPTIONS = "/inscriptions";
    private static final String PRESENCES = "/presences";

    private final Resource seances = new SeancesResource();
    private final Resource motifs = new MotifsResource();
    private final Resource inscriptions = new InscriptionsResource();
    private final Resource presences = new PresencesResource();

    Optional<Route> route(String method, String rawPath) {
        if ("GET".equals(method)) {
            if (SEANCES.equals(rawPath)) {
                return Optional.of(new Route(seances, null));
            }
            if (MOTIFS.equals(rawPath)) {
                return Optional.of(new Route(motifs, null));
            }
            return idBetween(rawPath, ACTIONS, INSCRIPTIONS).map(id -> new Route(inscriptions, id));
        }
        if ("PUT".equals(method)) {
            return idBetween(rawPath, SEANCES + "/", PRESENCES).map(id -> new Route(presences, id));
        }
        return Optional.empty();
    }

    /** The decoded single segment between {@code prefix} and {@code suffix}, if the path is exactly that. */
    private static Optional<String> idBetween(String rawPath, String prefix, String suffix) {
        if (!rawPath.startsWith(prefix) || !rawPath.endsWith(suffix)
                || rawPath.length() <= prefix.length() + suffix.length()) {
            return Optional.empty();
        }
        String raw = rawPath.substring(prefix.length(), rawPath.length() - suffix.length());
        return raw.contains("/") ? Optional.empty() : Optional.of(FcaApi.DIALECT.decodeSegment(raw));
    }
}
