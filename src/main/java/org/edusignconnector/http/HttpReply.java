package org.edusignconnector.http;

import java.util.Map;

/** The answer to an {@link HttpCall}: status, response headers (lower-case names) and body text. */
public record HttpReply(int status, Map<String, String> headers, String body) {
    public HttpReply {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
