package org.edusignconnector.edusign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A v3 batch answer read item by item: by inputIndex, never by position; what is not said is unknown, not created. */
class V3BatchAnswerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a207IsMatchedByInputIndexWhateverTheOrder() throws Exception {
        List<V3ItemOutcome> read = V3BatchAnswer.read(207, json("{\"results\":["
                + "{\"inputIndex\":2,\"success\":false,\"code\":\"PROFESSORS_NOT_FOUND\",\"message\":\"p-9\"},"
                + "{\"inputIndex\":0,\"success\":true,\"id\":\"c0\",\"action\":\"CREATED\"},"
                + "{\"inputIndex\":1,\"success\":true,\"id\":\"c1\",\"action\":\"UPDATED\"}]}"), 3);

        assertThat(read).extracting(V3ItemOutcome::kind).containsExactly(V3ItemOutcome.Kind.TAKEN, V3ItemOutcome.Kind.TAKEN,
                V3ItemOutcome.Kind.REFUSED);
        assertThat(read.get(0).id()).isEqualTo("c0");
        assertThat(read.get(0).created()).isTrue();
        assertThat(read.get(1).created()).isFalse();
        assertThat(read.get(2).code()).isEqualTo("PROFESSORS_NOT_FOUND");
        assertThat(read.get(2).message()).isEqualTo("p-9");
    }

    @Test
    void anItemWithoutResultOrWithoutIdIsUnknownNotCreated() throws Exception {
        List<V3ItemOutcome> read = V3BatchAnswer.read(200, json("{\"data\":[{\"inputIndex\":0,\"status\":\"created\"},"
                + "{\"inputIndex\":7,\"id\":\"out-of-range\"}]}"), 2);

        assertThat(read).extracting(V3ItemOutcome::kind).containsOnly(V3ItemOutcome.Kind.UNKNOWN);
        assertThat(read).extracting(V3ItemOutcome::id).containsOnlyNulls();
    }

    @Test
    void otherReasonableEnvelopesAreReadToo() throws Exception {
        assertThat(V3BatchAnswer.read(200, json("[{\"inputIndex\":0,\"id\":\"a\",\"status\":\"created\"}]"), 1).get(0))
                .satisfies(o -> {
                    assertThat(o.kind()).isEqualTo(V3ItemOutcome.Kind.TAKEN);
                    assertThat(o.created()).isTrue();
                });
        assertThat(V3BatchAnswer.read(200, json("{\"result\":[{\"inputIndex\":0,\"ID\":\"b\"}]}"), 1).get(0).id()).isEqualTo("b");
        assertThat(V3BatchAnswer.read(200, json("{\"items\":[{\"inputIndex\":0,\"status\":\"error\",\"errorCode\":\"X\"}]}"), 1)
                .get(0).code()).isEqualTo("X");
    }

    @Test
    void aRequestRefusedWholeRefusesEveryItemWithItsCodeAndAnUnreadable200LeavesThemUnknown() throws Exception {
        List<V3ItemOutcome> refused = V3BatchAnswer.read(400, json("{\"code\":\"VALIDATION_ERROR\",\"message\":\"too many\"}"), 2);
        assertThat(refused).extracting(V3ItemOutcome::code).containsExactly("VALIDATION_ERROR", "VALIDATION_ERROR");
        assertThat(refused.get(0).message()).contains("HTTP 400", "too many");
        assertThat(V3BatchAnswer.read(422, null, 1).get(0).code()).isEqualTo("HTTP_422");
        assertThat(V3BatchAnswer.read(200, null, 2)).extracting(V3ItemOutcome::kind).containsOnly(V3ItemOutcome.Kind.UNKNOWN);
    }

    private JsonNode json(String text) throws Exception {
        return json.readTree(text);
    }
}
