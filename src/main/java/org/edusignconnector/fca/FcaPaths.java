package org.edusignconnector.fca;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Path segments built from FCA identifiers (which may hold spaces or slashes). */
final class FcaPaths {

    private FcaPaths() {
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
