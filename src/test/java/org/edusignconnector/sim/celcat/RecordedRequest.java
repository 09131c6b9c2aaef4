package org.edusignconnector.sim.celcat;

import org.edusignconnector.sim.common.Fault;

/**
 * One request as the simulator saw it.
 *
 * @param method      HTTP method
 * @param path        raw path as sent on the wire (still percent-encoded), e.g. {@code /api/Registers/-13%3A1}
 * @param query       raw query string, {@code ""} when none
 * @param timetableId value of the {@code TimetableId} header, {@code "1"} when absent
 * @param body        request body as UTF-8 text, {@code ""} when none
 * @param status      status answered; {@code 0} when the connection was dropped by a {@link Fault}
 */
public record RecordedRequest(String method, String path, String query, String timetableId, String body, int status) {
}
