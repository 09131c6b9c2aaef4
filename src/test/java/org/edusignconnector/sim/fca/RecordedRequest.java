package org.edusignconnector.sim.fca;

/**
 * One request as the simulator saw it.
 *
 * @param method          HTTP method
 * @param path            raw path as sent on the wire (still percent-encoded), e.g. {@code /api/seances/S-1/presences}
 * @param query           raw query string, {@code ""} when none
 * @param body            request body as UTF-8 text, {@code ""} when none
 * @param status          status answered; {@code 0} when the connection was dropped by a {@link Fault}
 * @param viaProxyHeader  value of the {@code Via} header, else of {@code X-Forwarded-For}, else null
 *                        (lets a test see that a call went through an HTTP proxy)
 */
public record RecordedRequest(String method, String path, String query, String body, int status,
        String viaProxyHeader) {
}
