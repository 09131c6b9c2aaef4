package org.edusignconnector.celcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.http.HttpReply;
import org.edusignconnector.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** The CAWS password grant: asked once, reused until it expires (less a margin), and never quoted in a message. */
class CawsTokenTest {

    private final List<String> forms = new ArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-22T10:00:00Z"));

    @Test
    void theTokenIsReusedUntilItsExpiryThenAskedAgain() {
        CawsToken token = new CawsToken(this::grant, "attendance", "p@ss&word", clock, new ObjectMapper());

        String first = token.bearer();
        clock.advance(Duration.ofSeconds(600).minus(CawsToken.MARGIN).minusSeconds(1));
        String stillValid = token.bearer();
        clock.advance(Duration.ofSeconds(1));
        String renewed = token.bearer();

        assertThat(first).isEqualTo("t1").isEqualTo(stillValid);
        assertThat(renewed).isEqualTo("t2");
        assertThat(forms).hasSize(2).allSatisfy(f -> assertThat(f).isEqualTo("grant_type=password&username=attendance&password=p%40ss%26word"));
    }

    @Test
    void aRefusedGrantFailsNamingTheUserNeverThePasswordOrTheAnswer() {
        CawsToken refused = new CawsToken(form -> new HttpReply(400, Map.of(), "{\"error\":\"invalid_grant\"}"), "attendance", "hunter2",
                clock, new ObjectMapper());
        CawsToken shapeless = new CawsToken(form -> new HttpReply(200, Map.of(), "\"secret-token-text\""), "attendance", "hunter2",
                clock, new ObjectMapper());

        assertThatThrownBy(refused::bearer).isInstanceOf(SourceDataException.class).hasMessageContaining("attendance")
                .hasMessageContaining("400").hasMessageNotContaining("hunter2");
        assertThatThrownBy(shapeless::bearer).isInstanceOf(SourceDataException.class).hasMessageNotContaining("secret-token-text");
    }

    /** Grants token t1, t2, … valid 600 s. */
    private HttpReply grant(String form) {
        forms.add(form);
        return new HttpReply(200, Map.of(), "{\"access_token\":\"t" + forms.size() + "\",\"expires_in\":600}");
    }
}
