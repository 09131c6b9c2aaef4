package org.edusignconnector.sim.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure a source simulator (Celcat, FCA Manager) answers instead of serving the request
 * (see {@link FaultInjector}).
 *
 * @param status  HTTP status to answer; {@code 0} means "drop the connection without answering", {@code -1}
 *                "serve the request (a write is stored, e.g. a Celcat register), then drop the connection":
 *                the answer is lost
 * @param body    response body ({@code null} = none)
 * @param headers extra response headers
 */
public record Fault(int status, String body, Map<String, String> headers) {

    private static final int ANSWER_LOST = -1;

    public Fault {
        if (status != 0 && status != ANSWER_LOST && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("bad status " + status);
        }
        headers = Map.copyOf(headers);
    }

    public static Fault status(int status) {
        return new Fault(status, null, Map.of());
    }

    public static Fault status(int status, String jsonBody) {
        return new Fault(status, jsonBody, Map.of());
    }

    /** The server closes the connection without writing any response. */
    public static Fault dropConnection() {
        return new Fault(0, null, Map.of());
    }

    /** The server does the work (stores a write) and the connection drops before the answer: the client cannot know. */
    public static Fault answerLost() {
        return new Fault(ANSWER_LOST, null, Map.of());
    }

    public Fault withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Fault(status, body, copy);
    }

    public boolean dropsConnection() {
        return status == 0;
    }

    public boolean losesAnswer() {
        return status == ANSWER_LOST;
    }
}
