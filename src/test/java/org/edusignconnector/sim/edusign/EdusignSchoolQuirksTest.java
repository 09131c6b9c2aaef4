package org.edusignconnector.sim.edusign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-school quirks of {@link SchoolQuirks}: each off by default, each changing only what it says. */
class EdusignSchoolQuirksTest {

    private static final String KEY = "school-a-key";
    private static final String WINDOW = "start=2026-03-01&end=2026-05-01";

    private EdusignSimulator sim;
    private SimClient client;
    private SchoolQuirks quirks;

    @BeforeEach
    void start() {
        sim = EdusignSimulator.start(0);
        sim.addSchool(KEY);
        sim.setSlowDown(Integer.MAX_VALUE, 0);
        client = new SimClient(sim, KEY);
        quirks = sim.school(KEY).quirks();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void cappedCoursePagesHoldFewerThanFortyAndTheRestComesNext() throws Exception {
        List<String> ids = createCourses(41);
        quirks.capCoursePages(15);

        List<JsonNode> pages = readUntilEmpty("/v1/course?" + WINDOW + "&page=");

        assertThat(pages).extracting(JsonNode::size).containsExactly(15, 15, 11, 0);
        assertThat(idsOf(pages)).containsExactlyElementsOf(ids);
    }

    @Test
    void courseListThatIgnoresPageRepeatsItsFirstPage() throws Exception {
        createCourses(41);
        quirks.ignoreCourseListPage();

        JsonNode page0 = client.ok("GET", "/v1/course?page=0&" + WINDOW, null);

        assertThat(page0).hasSize(40);
        assertThat(client.ok("GET", "/v1/course?page=1&" + WINDOW, null)).isEqualTo(page0);
    }

    @Test
    void professorAndGroupListsCanBeCappedOrNotPaged() throws Exception {
        for (int i = 0; i < 7; i++) {
            sim.school(KEY).addProfessorByHand("P" + i, "L" + i, "p" + i + "@school.test");
            client.createGroup("G" + i, "grp-" + i);
        }
        quirks.capProfessorPages(3);
        quirks.capGroupPages(5);

        assertThat(readUntilEmpty("/v1/professor?page=")).extracting(JsonNode::size).containsExactly(3, 3, 1, 0);
        List<JsonNode> groupPages = readUntilEmpty("/v1/group?page=");
        assertThat(groupPages).extracting(JsonNode::size).containsExactly(5, 2, 0);
        assertThat(idsOf(groupPages)).hasSize(7).doesNotHaveDuplicates();

        quirks.ignoreProfessorListPage();
        quirks.ignoreGroupListPage();
        assertThat(client.ok("GET", "/v1/professor?page=1", null))
                .isEqualTo(client.ok("GET", "/v1/professor?page=0", null));
        assertThat(client.ok("GET", "/v1/group?page=1", null)).isEqualTo(client.ok("GET", "/v1/group?page=0", null));
    }

    @Test
    void patchReplacesListsStrictlyAndKeepsOmittedOnesUnderTheQuirk() throws Exception {
        String ada = client.createProfessor("Ada", "Lovelace", "ada@school.test");
        String charles = client.createProfessor("Charles", "Babbage", "charles@school.test");
        String alan = client.createStudent("Alan", "Turing", "alan@school.test");
        ObjectNode full = client.course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", ada, alan)
                .put("PROFESSOR_2", charles).put("CLASSROOM", "B102");
        String strict = client.createCourse(full.deepCopy());
        String merged = client.createCourse(full.deepCopy());
        ObjectNode renamed = client.course("Maths 2", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", ada);
        renamed.remove("STUDENTS");

        JsonNode strictPatch = client.ok("PATCH", "/v1/course",
                client.coursePatch(renamed.deepCopy().put("ID", strict)));
        quirks.patchKeepsOmittedFields();
        ObjectNode nameOnly = client.mapper.createObjectNode().put("ID", merged).put("NAME", "Maths 2");
        JsonNode mergedPatch = client.ok("PATCH", "/v1/course", client.coursePatch(nameOnly));

        assertThat(strictPatch.has("PROFESSOR_2")).isFalse();
        assertThat(strictPatch.get("STUDENTS")).isEmpty();
        assertThat(strictPatch.get("CLASSROOM").asText()).isEqualTo("B102");
        JsonNode stored = client.ok("GET", "/v1/course/" + merged, null);
        assertThat(mergedPatch).isEqualTo(stored);
        assertThat(stored.get("NAME").asText()).isEqualTo("Maths 2");
        assertThat(stored.get("PROFESSOR").asText()).isEqualTo(ada);
        assertThat(stored.get("PROFESSOR_2").asText()).isEqualTo(charles);
        assertThat(stored.get("CLASSROOM").asText()).isEqualTo("B102");
        assertThat(stored.get("START").asText()).isEqualTo("2026-03-30T07:45:00.000Z");
        assertThat(stored.get("STUDENTS").findValuesAsText("studentId")).containsExactly(alan);
    }

    @Test
    void falseNotFoundOnTheNextCoursePatchesWithoutApplying() throws Exception {
        String ada = client.createProfessor("Ada", "Lovelace", "ada@school.test");
        String id = client.createCourse(client.course("Maths", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", ada));
        ObjectNode patch = client.coursePatch(client.course("Maths 2", "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z",
                ada).put("ID", id));
        quirks.answerCoursePatchNotFound(2);

        assertThat(client.error("PATCH", "/v1/course", patch)).isEqualTo("No course with this ID found");
        assertThat(client.ok("GET", "/v1/course/" + id, null).get("NAME").asText()).isEqualTo("Maths");
        assertThat(client.error("PATCH", "/v1/course", patch)).isEqualTo("No course with this ID found");
        assertThat(client.ok("PATCH", "/v1/course", patch).get("NAME").asText()).isEqualTo("Maths 2");
        assertThat(sim.school(KEY).course(id).orElseThrow().get("NAME").asText()).isEqualTo("Maths 2");
    }

    @Test
    void rosterThatDoesNotTakeAndTheMoodleQueryParameter() throws Exception {
        String ada = client.createProfessor("Ada", "Lovelace", "ada@school.test");
        String alan = client.createStudent("Alan", "Turing", "alan@school.test");
        ObjectNode body = client.wrap("course", client.course("Maths", "2026-03-30T07:45:00Z",
                "2026-03-30T09:45:00Z", ada, alan));
        String kept = client.ok("POST", "/v1/course?fromStudents=true", body).get("ID").asText();
        assertThat(client.error("POST", "/v1/course?fromStudents=yes", body))
                .isEqualTo("fromStudents must be true or false");
        assertThat(client.error("POST", "/v1/course?notify=1", body)).isEqualTo("Unsupported query parameter: notify");
        quirks.dropCourseRosters();

        JsonNode created = client.ok("POST", "/v1/course?fromStudents=true", body);
        String dropped = created.get("ID").asText();
        JsonNode patched = client.ok("PATCH", "/v1/course", client.coursePatch(client.course("Maths",
                "2026-03-30T07:45:00Z", "2026-03-30T09:45:00Z", ada, alan).put("ID", dropped)));

        assertThat(sim.school(KEY).course(kept).orElseThrow().get("STUDENTS").findValuesAsText("studentId"))
                .containsExactly(alan);
        assertThat(created.get("STUDENTS")).isEmpty();
        assertThat(patched.get("STUDENTS")).isEmpty();
        assertThat(client.ok("GET", "/v1/course/" + dropped, null).get("STUDENTS")).isEmpty();
    }

    private List<String> createCourses(int count) throws Exception {
        String professor = client.createProfessor("Ada", "Lovelace", "ada@school.test");
        List<String> ids = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < count; i++) {
            ids.add(client.createCourse(client.course("C" + i, day.plusDays(i) + "T07:45:00Z",
                    day.plusDays(i) + "T09:45:00Z", professor)));
        }
        return ids;
    }

    /** Pages 0, 1, ... up to and including the first empty one (at most 10). */
    private List<JsonNode> readUntilEmpty(String pathEndingInPage) throws Exception {
        List<JsonNode> pages = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            JsonNode items = client.ok("GET", pathEndingInPage + page, null);
            pages.add(items);
            if (items.isEmpty()) {
                break;
            }
        }
        return pages;
    }

    private static List<String> idsOf(List<JsonNode> pages) {
        List<String> ids = new ArrayList<>();
        pages.forEach(page -> page.forEach(item -> ids.add(item.get("ID").asText())));
        return ids;
    }
}
