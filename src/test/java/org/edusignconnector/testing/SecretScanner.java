package org.edusignconnector.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches what a test collected from the runtime's surfaces (logs, database, JMX, HTTP answers,
 * dev console...) for configured secret values, in the forms they travel in: the value itself,
 * {@code Bearer value}, its Base64 and URL encodings, and the Base64 {@code user:password} of HTTP
 * Basic credentials. Each surface is named, so a failure says where the secret showed.
 */
public final class SecretScanner {

    private final Map<String, String> forms = new LinkedHashMap<>();
    private final Map<String, Long> scanned = new LinkedHashMap<>();
    private final List<String> leaks = new ArrayList<>();

    /** A secret the runtime was configured with, by a label for messages. */
    public SecretScanner secret(String label, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("no value for secret " + label);
        }
        forms.putIfAbsent(value, label);
        forms.putIfAbsent("Bearer " + value, label + " as a bearer token");
        forms.putIfAbsent(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)), label + " in Base64");
        forms.putIfAbsent(URLEncoder.encode(value, StandardCharsets.UTF_8), label + " URL-encoded");
        return this;
    }

    /** HTTP Basic credentials: the password is a secret, and so is the header value built from both. */
    public SecretScanner basicCredentials(String label, String user, String password) {
        secret(label, password);
        String pair = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        forms.putIfAbsent(pair, label + " as Basic credentials");
        return this;
    }

    /** Searches one surface's text; a null text counts as an empty surface. */
    public SecretScanner scan(String surface, String text) {
        String t = text == null ? "" : text;
        scanned.merge(surface, (long) t.length(), Long::sum);
        forms.forEach((form, label) -> {
            int at = t.indexOf(form);
            if (at >= 0) {
                leaks.add(label + " in " + surface + ": ..." + t.substring(Math.max(0, at - 120), Math.min(t.length(), at + form.length() + 60))
                        .replace('\n', ' ') + "...");
            }
        });
        return this;
    }

    /** How many characters of that surface were searched (0 when it was never scanned). */
    public long scannedChars(String surface) {
        return scanned.getOrDefault(surface, 0L);
    }

    /** Fails with every leak found, naming the secret, the surface and the text around it. */
    public void assertNoSecretFound() {
        assertThat(leaks).as("secrets found; surfaces searched (characters): " + scanned).isEmpty();
    }
}
