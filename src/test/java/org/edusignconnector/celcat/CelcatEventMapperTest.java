package org.edusignconnector.celcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SyncWindow;
import org.junit.jupiter.api.Test;

/**
 * Celcat events as courses: what Edusign will be sent for an event (key, name, times on Paris's
 * clock, instructors, learners of its groups and its own students, each once), and what makes the
 * course invalid instead of failing the run.
 */
class CelcatEventMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> groupsAsked = new ArrayList<>();

    private static JsonNode json(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static SourcePerson person(SourcePerson.Role role, String key) {
        return new SourcePerson(role, key, "Nom", "Prénom", key.replace(':', '.') + "@school.fr", null, null);
    }

    private CelcatEventMapper mapper() {
        Map<String, List<String>> members = Map.of("G1", List.of("student:1", "student:2"));
        return new CelcatEventMapper("7",
                Map.of("staff:501", person(SourcePerson.Role.INSTRUCTOR, "staff:501")),
                Map.of("student:1", person(SourcePerson.Role.LEARNER, "student:1"), "student:2", person(SourcePerson.Role.LEARNER, "student:2")),
                Map.of("G1", "L1 Droit"),
                groupId -> {
                    groupsAsked.add(groupId);
                    if (!members.containsKey(groupId)) {
                        throw new SourceJson.BadField("the members of group " + groupId + " could not be read: 403");
                    }
                    return members.get(groupId);
                },
                event -> "Amphi A");
    }

    private static final String EVENT = """
            {"id":"150021","name":"","modules":["Droit civil"],"eventCategory":"CM","department":"Droit","sites":["Nord","Nord"],
             "start":"2026-03-02T09:00:00","end":"2026-03-02T11:00:00","staff":[{"id":"501"},{"id":"501"},{"id":"502"}],
             "groups":[{"id":"G1"}],"students":[{"id":"2"},{"id":"3"}]}""";

    @Test
    void anEventBecomesTheCourseEdusignIsSent() {
        SourceCourse c = mapper().course("150021", json(EVENT));

        assertThat(c.getDataProblem()).isNull();
        assertThat(c.getSourceKey()).as("event ids are unique per timetable only").isEqualTo("tt7/150021");
        assertThat(c.getTimetableId()).isEqualTo("7");
        assertThat(c.getName()).as("the first module when the name is blank").isEqualTo("Droit civil");
        assertThat(c.getRoom()).isEqualTo("Amphi A");
        assertThat(c.getCategory()).isEqualTo("CM");
        assertThat(c.getCompany()).isEqualTo("Droit");
        assertThat(c.getAreas()).containsExactly("Nord");
        assertThat(c.getStart()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(SyncWindow.PARIS));
        assertThat(c.getEnd()).isEqualTo(LocalDateTime.of(2026, 3, 2, 11, 0).atZone(SyncWindow.PARIS));
        assertThat(c.getInstructors()).extracting(SourcePerson::sourceKey, SourcePerson::problem)
                .containsExactly(tuple("staff:501", null), tuple("staff:502", "unknown staff id 502"));
        assertThat(c.getLearners()).extracting(SourcePerson::sourceKey, SourcePerson::problem).containsExactly(
                tuple("student:1", null), tuple("student:2", null), tuple("student:3", "unknown student id 3"));
        assertThat(c.getGroups()).extracting(SourceGroup::sourceKey, SourceGroup::name, SourceGroup::learnerKeys)
                .containsExactly(tuple("group:G1", "L1 Droit", List.of("student:1", "student:2")));
    }

    @Test
    void anAllDayEventMayComeWithoutAnEndButAnotherMustEndAfterItStarts() {
        SourceCourse allDay = mapper().course("1", json("""
                {"id":"1","name":"Journée portes ouvertes","allDay":true,"start":"2026-03-07T00:00:00"}"""));
        SourceCourse instant = mapper().course("2", json("""
                {"id":"2","name":"Oral","start":"2026-03-07T10:00:00","end":"2026-03-07T10:00:00"}"""));

        assertThat(allDay.getDataProblem()).isNull();
        assertThat(allDay.getEnd()).isEqualTo(allDay.getStart());
        assertThat(instant.getDataProblem()).isEqualTo("end 2026-03-07T10:00 is not after start 2026-03-07T10:00");
    }

    @Test
    void aGroupWhoseMembersCannotBeReadMakesTheCourseInvalidNotTheRun() {
        SourceCourse c = mapper().course("150021", json(EVENT.replace("\"groups\":[{\"id\":\"G1\"}]", "\"groups\":[{\"id\":\"G9\"}]")));

        assertThat(c.getDataProblem()).isEqualTo("the members of group G9 could not be read: 403");
        assertThat(c.getStart()).as("its own start, read before").isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(SyncWindow.PARIS));
    }

    @Test
    void anEventWithoutAStartIsInvalidAndItsGroupsAreNotAsked() {
        SourceCourse c = mapper().course("150021", json(EVENT.replace("\"start\":\"2026-03-02T09:00:00\",", "")));

        assertThat(c.getDataProblem()).isEqualTo("no start time");
        assertThat(c.getStart()).as("a start all the same, to be recorded").isNotNull();
        assertThat(groupsAsked).isEmpty();
    }
}
