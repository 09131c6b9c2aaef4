package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the school holds on Edusign, read once per run and kind from its lists. */
class EdusignDirectoryTest {

    private final ScriptedEdusign edusign = new ScriptedEdusign();
    private final ScriptedGateway gateway = edusign.gateway;
    private final EdusignApi api = edusign.api;

    @AfterEach
    void close() throws Exception {
        edusign.close();
    }

    @Test
    void theCourseListIsReadOnceInSlicesOfNinetyDaysAndFindsByApiId() {
        EdusignDirectory directory = new EdusignDirectory(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 1));
        gateway.success("[{\"ID\":\"c1\",\"API_ID\":\"ec1-course-1\"}]").success("[]").success("[]");

        assertThat(directory.byApiId(api, ObjectKind.COURSE, List.of("ec1-course-1")).object()).get()
                .satisfies(c -> assertThat(EdusignApi.idOrNull(c)).isEqualTo("c1"));
        assertThat(directory.byApiId(api, ObjectKind.COURSE, List.of("ec1-course-2")).listed()).isTrue();
        assertThat(directory.byApiId(api, ObjectKind.COURSE, List.of("ec1-course-2")).object()).isEmpty();
        assertThat(gateway.calls()).containsExactly(
                "GET /v1/course?start=2026-03-01&end=2026-05-29&page=0", "GET /v1/course?start=2026-03-01&end=2026-05-29&page=1",
                "GET /v1/course?start=2026-05-30&end=2026-07-02&page=0");
    }

    @Test
    void aLegacyApiIdIsFoundToo() {
        EdusignDirectory directory = new EdusignDirectory(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        gateway.success("[{\"ID\":\"g1\",\"API_ID\":\"celcat:acme:group:tt1/G A\"}]").success("[]");

        assertThat(directory.byApiId(api, ObjectKind.GROUP, List.of("ec1-group-x", "celcat:acme:group:tt1/G A")).object()).isPresent();
    }

    @Test
    void peopleAreFoundByEmailPreferringOneNotArchived() {
        EdusignDirectory directory = new EdusignDirectory(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        gateway.success("[{\"ID\":\"s1\",\"EMAIL\":\"LEA@school.test\",\"HIDDEN\":1,\"API_ID\":null},"
                + "{\"ID\":\"s2\",\"EMAIL\":\"lea@school.test\",\"HIDDEN\":0,\"API_ID\":\"x\"}]").success("[]");

        assertThat(directory.byEmail(api, ObjectKind.STUDENT, " Lea@School.test ").object()).get()
                .satisfies(s -> assertThat(EdusignApi.idOrNull(s)).isEqualTo("s2"));
        assertThat(directory.byId(api, ObjectKind.STUDENT, "s1").object()).get().satisfies(s -> assertThat(Archived.isArchived(s)).isTrue());
    }

    @Test
    void aListThatIsRefusedOrCarriesNoApiIdIsUnlistedAndReportedOnce() {
        EdusignDirectory directory = new EdusignDirectory(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        gateway.error("Route not allowed for this API key").success("[{\"ID\":\"p1\",\"EMAIL\":\"a@b.c\"}]").success("[]");

        assertThat(directory.byApiId(api, ObjectKind.GROUP, List.of("g")).listed()).isFalse();
        assertThat(directory.problemToReport(ObjectKind.GROUP)).get().asString().contains("Route not allowed");
        assertThat(directory.problemToReport(ObjectKind.GROUP)).isEmpty();
        assertThat(directory.byApiId(api, ObjectKind.PROFESSOR, List.of("p")).listed()).isFalse();
        assertThat(directory.problem(ObjectKind.PROFESSOR)).get().asString().contains("does not carry API_ID");
    }

    @Test
    void whatTheRunCreatesIsFoundByTheRunsNextLookups() {
        EdusignDirectory directory = new EdusignDirectory(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        gateway.success("[]");
        directory.byEmail(api, ObjectKind.STUDENT, "x@y.z");

        directory.add(ObjectKind.STUDENT, "ec1-student-1", "New@school.test",
                new ObjectMapper().createObjectNode().put("ID", "s9").put("EMAIL", "new@school.test"));

        assertThat(directory.byEmail(api, ObjectKind.STUDENT, "new@school.test").object()).isPresent();
        assertThat(directory.byApiId(api, ObjectKind.STUDENT, List.of("ec1-student-1")).object()).isPresent();
        assertThat(gateway.calls()).hasSize(1);
    }
}
