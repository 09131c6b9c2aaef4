package org.edusignconnector.http;

import java.util.Map;
import java.util.Set;

/**
 * One outbound HTTP request to Edusign or a source system, sent through the {@code http-call}
 * route (retries, rate limit). Header values may hold secrets: {@link #toString()} never shows them.
 * {@code answeredStatuses} are statuses this call takes as an answer although they look transient
 * (a Celcat register answers 500 for a week that is not valid): they are returned, not retried.
 * {@code safeToRepeat} marks a POST that changes nothing on the other side (a token grant): it is redelivered like a GET.
 */
public record HttpCall(String system, String tenant, String method, String url, Map<String, String> headers,
                       String body, ProxySettings proxy, Set<Integer> answeredStatuses, boolean safeToRepeat) {

    public HttpCall {
        headers = Map.copyOf(headers);
        answeredStatuses = Set.copyOf(answeredStatuses);
    }

    public HttpCall(String system, String tenant, String method, String url, Map<String, String> headers,
                    String body, ProxySettings proxy) {
        this(system, tenant, method, url, headers, body, proxy, Set.of(), false);
    }

    public static HttpCall get(String system, String tenant, String url, Map<String, String> headers) {
        return new HttpCall(system, tenant, "GET", url, headers, null, null);
    }

    public HttpCall withProxy(ProxySettings p) {
        return new HttpCall(system, tenant, method, url, headers, body, p, answeredStatuses, safeToRepeat);
    }

    /** The same call, taking these statuses as answers (returned to the caller, never redelivered). */
    public HttpCall answering(Integer... statuses) {
        return new HttpCall(system, tenant, method, url, headers, body, proxy, Set.of(statuses), safeToRepeat);
    }

    /** The same POST, known to change nothing on the other side: sent again after a transient failure. */
    public HttpCall repeatable() {
        return new HttpCall(system, tenant, method, url, headers, body, proxy, answeredStatuses, true);
    }

    /**
     * Whether the http-call route may simply send the request again after a transient failure.
     * A POST may have been applied before the failure: its caller resolves it instead (get-id), unless it is
     * {@link #repeatable()}.
     */
    public boolean retriesSafely() {
        return safeToRepeat || !"POST".equals(method);
    }

    /** Whether the call changes something on the other side (anything but a GET or HEAD). */
    public boolean writes() {
        return !"GET".equals(method) && !"HEAD".equals(method);
    }

    /** For messages: method and URL without the query string (which may carry e-mails), no headers. */
    public String describe() {
        int q = url.indexOf('?');
        return method + " " + (q < 0 ? url : url.substring(0, q));
    }

    @Override
    public String toString() {
        return "HttpCall[" + system + " " + describe() + "]";
    }
}
