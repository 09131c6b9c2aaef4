package org.edusignconnector.edusign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Edusign's paged lists end at their first empty page, and a list that does not page is not relied on. */
class PagedListTest {

    private final ScriptedEdusign edusign = new ScriptedEdusign();
    private final ScriptedGateway gateway = edusign.gateway;
    private final EdusignApi api = edusign.api;

    @AfterEach
    void close() throws Exception {
        edusign.close();
    }

    @Test
    void aShortPageDoesNotEndTheList() {
        gateway.success("[{\"ID\":\"a\"},{\"ID\":\"b\"}]").success("[{\"ID\":\"c\"}]").success("[]");

        PagedList.Read read = PagedList.read(api, "/v1/group?page=" + PagedList.PAGE, 100);

        assertThat(read.usable()).isTrue();
        assertThat(read.items()).extracting(EdusignApi::idOrNull).containsExactly("a", "b", "c");
        assertThat(gateway.calls()).containsExactly("GET /v1/group?page=0", "GET /v1/group?page=1", "GET /v1/group?page=2");
    }

    @Test
    void aPageThatRepeatsTheOneBeforeStopsTheReadAndSaysSo() {
        gateway.success("[{\"ID\":\"a\"},{\"ID\":\"b\"}]").success("[{\"ID\":\"a\"},{\"ID\":\"b\"}]");

        PagedList.Read read = PagedList.read(api, "/v1/professor?page=" + PagedList.PAGE, 100);

        assertThat(read.usable()).isFalse();
        assertThat(read.problem()).contains("page 1").contains("does not page");
        assertThat(gateway.calls()).hasSize(2);
    }

    @Test
    void aListLongerThanItsBoundIsNotReadFurther() {
        gateway.success("[{\"ID\":\"a\"}]").success("[{\"ID\":\"b\"}]");

        PagedList.Read read = PagedList.read(api, "/v1/group?page=" + PagedList.PAGE, 2);

        assertThat(read.usable()).isFalse();
        assertThat(read.problem()).contains("did not end within 2 pages");
    }

    @Test
    void anAnswerThatIsNotAListIsNotRelied() {
        gateway.success("{\"ID\":\"a\"}");

        assertThat(PagedList.read(api, "/v1/group?page=" + PagedList.PAGE, 10).problem()).contains("not a list");
    }
}
