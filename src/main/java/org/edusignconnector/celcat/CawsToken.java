package org.edusignconnector.celcat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.http.HttpReply;

/**
 * The OAuth2 password grant of CELCAT's Attendance Web Services ({@code POST {base}token}), cached
 * until it expires ({@code expires_in}, less a margin so that a token never runs out mid-run).
 * Neither the password nor the token ever goes into a message.
 */
final class CawsToken {

    static final Duration MARGIN = Duration.ofSeconds(30);
    /** When the answer gives no {@code expires_in}: short, so that a real expiry is met soon after. */
    static final Duration UNSTATED_LIFETIME = Duration.ofMinutes(5);

    private final Function<String, HttpReply> post;
    private final String username;
    private final String password;
    private final Clock clock;
    private final ObjectMapper json;
    private String token;
    private Instant renewAt = Instant.MIN;

    /** {@code post} sends a form body to the token endpoint. */
    CawsToken(Function<String, HttpReply> post, String username, String password, Clock clock, ObjectMapper json) {
        this.post = post;
        this.username = username;
        this.password = password;
        this.clock = clock;
        this.json = json;
    }

    synchronized String bearer() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** The token was refused: the next call asks for a new one. */
    synchronized void forget() {
        token = null;
    }

    private void fetch() {
        Instant asked = clock.instant();
        HttpReply reply = post.apply("grant_type=password&username=" + encode(username) + "&password=" + encode(password));
        JsonNode answer;
        try {
            answer = reply.status() == 200 ? json.readTree(reply.body()) : null;
        } catch (Exception unreadable) {
            answer = null;
        }
        if (answer == null || !answer.path("access_token").isTextual() || answer.get("access_token").asText().isBlank()) {
            // The answer's body is not quoted: it would be the token itself when the shape is unexpected.
            throw new SourceDataException("CAWS did not grant a token to user '" + username + "': POST token answered "
                    + reply.status() + (reply.status() == 200 ? " without an access_token" : ""));
        }
        Duration lifetime = answer.path("expires_in").canConvertToLong() && answer.path("expires_in").asLong() > 0
                ? Duration.ofSeconds(answer.get("expires_in").asLong()) : UNSTATED_LIFETIME;
        token = answer.get("access_token").asText();
        renewAt = asked.plus(lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN) : lifetime.dividedBy(2));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
