package org.edusignconnector.sim.edusign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The paged lists of courses, professors and groups, student restore, and archived people on a sheet. */
class EdusignListEndpointsTest {

    private static final String KEY = "school-a-key";

    private EdusignSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = EdusignSimulator.start(0);
        sim.addSchool(KEY);
        sim.addSchool("school-b-key");
        sim.setSlowDown(Integer.MAX_VALUE, 0);
        client = new SimClient(sim, KEY);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void professorListPagesByHundredWithArchivedOnesShownArchived() throws Exception {
        String ada = client.ok("POST", "/v1/professor", client.wrap("professor",
                client.person("Ada", "Lovelace", "ada@school.test").put("API_ID", "prof-1"))
                .put("dontSendCredentials", true)).get("ID").asText();
        for (int i = 0; i < 100; i++) {
            sim.school(KEY).addProfessorByHand("P" + i, "L" + i, "p" + i + "@school.test");
        }
        sim.school("school-b-key").addProfessorByHand("Other", "School", "other@school.test");
        client.ok("DELETE", "/v1/professor/" + ada, null);

        JsonNode page0 = client.ok("GET", "/v1/professor?page=0", null);
        JsonNode page1 = client.ok("GET", "/v1/professor?page=1", null);
        JsonNode page2 = client.ok("GET", "/v1/professor?page=2", null);

        assertThat(page0).hasSize(100);
        assertThat(page1).hasSize(1);
        assertThat(page2).isEmpty();
        JsonNode listed = page0.get(0);
        assertThat(listed).isEqualTo(client.ok("GET", "/v1/professor/" + ada, null));
        assertThat(listed.get("id").asText()).isEqualTo(ada);
        assertThat(listed.get("API_ID").asText()).isEqualTo("prof-1");
        assertThat(listed.get("EMAIL").asText()).isEqualTo("ada@school.test");
        assertThat(listed.get("HIDDEN").toString()).isEqualTo("[\"" + sim.school(KEY).schoolId() + "\"]");
        assertThat(page1.get(0).get("HIDDEN").isArray()).isTrue();
        assertThat(page1.get(0).get("HIDDEN")).isEmpty();
        assertThat(client.ok("GET", "/v1/professor/by-email/" + SimClient.encode("ada@school.test"), null)
                .get("HIDDEN").toString()).contains(sim.school(KEY).schoolId());
    }

    @Test
    void professorListRequiresAValidPage() throws Exception {
        assertThat(client.error("GET", "/v1/professor", null)).isEqualTo("page is required");
        assertThat(client.error("GET", "/v1/professor?page=-1", null)).isEqualTo("page must be a non-negative integer");
        assertThat(client.error("GET", "/v1/professor?page=first", null))
                .isEqualTo("page must be a non-negative integer");
        assertThat(client.error("GET", "/v1/professor?page=0&limit=5", null))
                .isEqualTo("Unsupported query parameter: limit");
        assertThat(client.ok("GET", "/v1/professor?page=0", null)).isEmpty();
    }

    @Test
    void groupListPagesByHundredWithApiIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            ids.add(client.createGroup("G" + i, "grp-" + i));
        }

        JsonNode page0 = client.ok("GET", "/v1/group?page=0", null);
        JsonNode page1 = client.ok("GET", "/v1/group?page=1", null);

        assertThat(page0).hasSize(100);
        assertThat(page1).singleElement().satisfies(g -> assertThat(g.get("API_ID").asText()).isEqualTo("grp-100"));
        assertThat(client.ok("GET", "/v1/group?page=2", null)).isEmpty();
        assertThat(page0.get(0)).isEqualTo(client.ok("GET", "/v1/group/" + ids.get(0), null));
        assertThat(page0.findValuesAsText("ID")).containsExactlyElementsOf(ids.subList(0, 100));
        assertThat(client.ok("GET", "/v1/group", null)).hasSize(100);
        assertThat(client.error("GET", "/v1/group?page=x", null)).isEqualTo("page must be a non-negative integer");
        assertThat(client.error("GET", "/v1/group?page=0&name=G1", null))
                .isEqualTo("Unsupported query parameter: name");
    }

    @Test
    void restoreBringsAnArchivedStudentBack() throws Exception {
        String alan = client.createStudent("Alan", "Turing", "alan@school.test");
        client.ok("DELETE", "/v1/student/" + alan, null);
        assertThat(sim.school(KEY).students()).isEmpty();

        JsonNode restored = client.ok("GET", "/v1/student/restore/" + alan, null);

        assertThat(restored.get("ID").asText()).isEqualTo(alan);
        assertThat(restored.get("HIDDEN").asInt()).isZero();
        assertThat(client.ok("GET", "/v1/student/by-email/" + SimClient.encode("alan@school.test"), null)
                .get("HIDDEN").asInt()).isZero();
        assertThat(sim.school(KEY).students()).hasSize(1);
        assertThat(client.error("GET", "/v1/student/restore/unknown000000000", null))
                .isEqualTo("No student with this ID found");
    }

    @Test
    void unfilteredCourseListPagesTheWindowByFortyWithApiIds() throws Exception {
        String professor = client.createProfessor("Ada", "Lovelace", "ada@school.test");
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 41; i++) {
            client.createCourse(client.course("C" + i, day.plusDays(i) + "T07:45:00Z", day.plusDays(i) + "T09:45:00Z",
                    professor).put("API_ID", "cel-" + i));
        }
        client.createCourse(client.course("Later", "2026-06-01T07:45:00Z", "2026-06-01T09:45:00Z", professor)
                .put("API_ID", "cel-later"));
        String window = "start=2026-03-01&end=2026-05-01";

        JsonNode page0 = client.ok("GET", "/v1/course?page=0&" + window, null);
        JsonNode page1 = client.ok("GET", "/v1/course?page=1&" + window, null);

        assertThat(page0).hasSize(40);
        assertThat(page1).singleElement().satisfies(c -> assertThat(c.get("API_ID").asText()).isEqualTo("cel-40"));
        assertThat(page0.findValuesAsText("API_ID")).hasSize(40).allMatch(apiId -> apiId.startsWith("cel-"))
                .doesNotContain("cel-later");
        assertThat(client.ok("GET", "/v1/course?page=2&" + window, null)).isEmpty();
    }

    @Test
    void archivedPeopleAreRefusedOnASheetNamingThem() throws Exception {
        String ada = client.createProfessor("Ada", "Lovelace", "ada@school.test");
        String charles = client.createProfessor("Charles", "Babbage", "charles@school.test");
        String alan = client.createStudent("Alan", "Turing", "alan@school.test");
        String grace = client.createStudent("Grace", "Hopper", "grace@school.test");
        String id = client.createCourse(client.course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", ada,
                grace));
        client.ok("DELETE", "/v1/student/" + alan, null);
        client.ok("DELETE", "/v1/professor/" + charles, null);

        assertThat(client.error("POST", "/v1/course", client.wrap("course", client.course("Maths",
                "2026-03-31T07:45:00Z", "2026-03-31T09:45:00Z", ada, alan))))
                .isEqualTo("STUDENTS: student " + alan + " is archived");
        assertThat(client.error("PATCH", "/v1/course", client.coursePatch(client.course("Maths",
                "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", ada, grace).put("ID", id).put("PROFESSOR_2", charles))))
                .isEqualTo("PROFESSOR_2: professor " + charles + " is archived");
        assertThat(client.error("POST", "/v1/course", client.wrap("course", client.course("Maths",
                "2026-03-31T07:45:00Z", "2026-03-31T09:45:00Z", charles))))
                .isEqualTo("PROFESSOR: professor " + charles + " is archived");
        assertThat(sim.school(KEY).courses()).singleElement()
                .satisfies(c -> assertThat(c.has("PROFESSOR_2")).isFalse());
    }
}
