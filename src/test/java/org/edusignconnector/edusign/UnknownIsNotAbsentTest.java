package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only Edusign's JSON "not found" means absent; anything else unexpected is unknown. */
class UnknownIsNotAbsentTest {

    private final ScriptedEdusign edusign = new ScriptedEdusign();
    private final ScriptedGateway gateway = edusign.gateway;
    private final EdusignApi api = edusign.api;

    @AfterEach
    void close() throws Exception {
        edusign.close();
    }

    @Test
    void theJsonNotFoundIsAbsent() {
        gateway.error("No course with this API_ID found").error("Error - cannot get professor by email");

        assertThat(api.idByApiId(ObjectKind.COURSE, "ec1-course-1")).isEmpty();
        assertThat(api.byEmail(ObjectKind.PROFESSOR, "ada@school.test")).isEmpty();
    }

    @Test
    void aBare404FromAGatewayIsUnknown() {
        gateway.answer(404, "Not Found").answer(404, "<html><body>404 - nginx</body></html>");

        assertThatThrownBy(() -> api.idByApiId(ObjectKind.COURSE, "ec1-course-1")).isInstanceOf(EdusignUnknownAnswerException.class)
                .hasMessageContaining("404");
        assertThatThrownBy(() -> api.byEmail(ObjectKind.STUDENT, "lea@school.test")).isInstanceOf(EdusignUnknownAnswerException.class);
    }

    @Test
    void successWithoutAUsableResultIsUnknown() {
        gateway.answer(200, "{\"status\":\"success\"}").success("null").success("{\"NAME\":\"no id\"}").success("\"\"");

        assertThatThrownBy(() -> api.idByApiId(ObjectKind.COURSE, "a")).isInstanceOf(EdusignUnknownAnswerException.class);
        assertThatThrownBy(() -> api.byEmail(ObjectKind.STUDENT, "b@school.test")).isInstanceOf(EdusignUnknownAnswerException.class);
        assertThatThrownBy(() -> api.idByApiId(ObjectKind.GROUP, "c")).isInstanceOf(EdusignUnknownAnswerException.class);
        assertThatThrownBy(() -> api.create(ObjectKind.GROUP, new ObjectMapper().createObjectNode(), java.util.Map.of()))
                .isInstanceOf(EdusignUnknownAnswerException.class);
    }

    @Test
    void anHtmlPageIsUnknownWhateverItsStatus() {
        gateway.answer(200, "<html>maintenance</html>");

        assertThatThrownBy(() -> api.course("c1")).isInstanceOf(EdusignUnknownAnswerException.class);
    }

    @Test
    void aCourseGoneIsAbsentAndACourseThereIsFound() {
        gateway.error("No course with this ID found").success("{\"ID\":\"c2\",\"NAME\":\"Maths\"}");

        assertThat(api.course("c1")).isEmpty();
        assertThat(api.course("c2")).get().satisfies(c -> assertThat(c.get("NAME").asText()).isEqualTo("Maths"));
    }
}
