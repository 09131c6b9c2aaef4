package org.edusignconnector.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.impl.DefaultCamelContext;
import org.edusignconnector.edusign.ScriptedGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the doctor judges a list from its first two pages: ignored page, capped pages, end, API_ID. */
class ListChecksTest {

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final ScriptedGateway gateway = new ScriptedGateway(context);
    private final ListChecks lists = new ListChecks(new Probe(gateway, new ObjectMapper(), "edusign", "acme", "http://edusign.test",
            Map.of(), null), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 5));

    @AfterEach
    void close() throws Exception {
        context.close();
    }

    @Test
    void aShortPageFollowedByAnEmptyOneIsTheEnd() {
        gateway.success("[{\"ID\":\"s1\",\"API_ID\":\"a1\"},{\"ID\":\"s2\"}]").success("[]");

        Check check = lists.students();

        assertThat(check.verdict()).isEqualTo(Verdict.PASS);
        assertThat(gateway.calls()).containsExactly("GET /v1/student?limit=100&page=0", "GET /v1/student?limit=100&page=1");
    }

    @Test
    void aSecondPageRepeatingTheFirstMeansTheListIgnoresPage() {
        gateway.success("[{\"ID\":\"c1\",\"API_ID\":\"a1\"}]").success("[{\"ID\":\"c1\",\"API_ID\":\"a1\"}]");

        Check check = lists.courses();

        assertThat(check.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(check.meaning()).contains("ignores page");
        assertThat(gateway.calls()).first().isEqualTo("GET /v1/course?start=2026-03-23&end=2026-04-05&page=0");
    }

    @Test
    void aShortPageWithMoreBehindItIsACappedPage() {
        gateway.success("[{\"ID\":\"c1\",\"API_ID\":\"a1\"},{\"ID\":\"c2\",\"API_ID\":\"a2\"}]").success("[{\"ID\":\"c3\",\"API_ID\":\"a3\"}]");

        Check check = lists.courses();

        assertThat(check.verdict()).isEqualTo(Verdict.WARN);
        assertThat(check.meaning()).contains("capped at 2 items, below the 40 assumed");
    }

    @Test
    void itemsWithoutApiIdAreAWarningAndAPageThatIsNoListAFail() {
        gateway.success("[{\"ID\":\"s1\"}]").success("[]");
        assertThat(lists.students().meaning()).contains("no API_ID");

        gateway.answer(404, "Not Found");
        assertThat(lists.students()).satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.FAIL))
                .satisfies(c -> assertThat(c.meaning()).contains("not a list"));
    }
}
