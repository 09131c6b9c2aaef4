package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.edusign.SchoolState;
import org.edusignconnector.sim.fca.FcaFormateur;
import org.edusignconnector.sim.fca.FcaGroupe;
import org.edusignconnector.sim.fca.FcaInscription;
import org.edusignconnector.sim.fca.FcaSeance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link GroupNameCases} with the groups option on, one Celcat run and one FCA Manager run: each
 * course reaches Edusign with its group, named as the case says, and each unsendable name is
 * recorded naming the group.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupNamesTest {

    private HostileCelcat celcat;
    private HostileFca fca;
    private List<SyncEvent> celcatEvents;
    private List<SyncEvent> fcaEvents;

    @BeforeAll
    void runBoth() {
        celcat = new HostileCelcat().groups();
        celcat.timetable().addStaff(501, "MDUPONT", "DUPONT, Marie", "marie.dupont@school.example")
                .addStudent(9001, "E9001", "BERNARD, Léa", "lea.bernard@school.example", null);
        fca = new HostileFca().groups();
        FcaFormateur claire = new FcaFormateur("F-17", "Martin", "Claire", "c.martin@univ.example", false);
        int hour = 8;
        for (BadCase<GroupNameCases.Input> c : GroupNameCases.CELCAT) {
            GroupNameCases.Input in = c.input();
            LocalDateTime start = LocalDate.of(2026, 3, 24).atTime(hour++, 0);
            celcat.timetable().addGroup(in.groupId(), "G" + in.groupId(), in.name(), 9001)
                    .addEvent(CelcatEvent.builder("ev-" + c.slug()).start(start).end(start.plusMinutes(50)).name("Course " + c.slug())
                            .staff(501).groups(in.groupId()).build());
        }
        hour = 8;
        for (BadCase<GroupNameCases.Input> c : GroupNameCases.FCA) {
            GroupNameCases.Input in = c.input();
            LocalDateTime start = LocalDate.of(2026, 3, 24).atTime(hour++, 0);
            String action = "ACT-" + c.slug();
            fca.fca.data().addSeance(FcaSeance.builder("S-" + c.slug()).intitule("Séance " + c.slug())
                    .debut(FcaSeance.paris(start)).fin(FcaSeance.paris(start.plusMinutes(50))).action(action, "Action", "2025")
                    .activite("ACV", "Activité").enseignement("ENS", "Enseignement", claire).formateurs(claire)
                    .groupes(new FcaGroupe("G-" + in.groupId(), in.name())).build());
            fca.fca.data().setInscriptions(action, List.of(new FcaInscription(FcaBadSeancesTest.ALICE, FcaInscription.CONFIRMEE, "G-" + in.groupId())));
        }
        celcat.runtime.start();
        RunSummary celcatRun = celcat.sync();
        assertThat(celcatRun.status()).as(celcatRun.message()).isEqualTo("COMPLETED");
        celcatEvents = celcat.events().stream().filter(e -> celcatRun.runId().equals(e.runId())).toList();
        fca.runtime.start();
        RunSummary fcaRun = fca.sync();
        assertThat(fcaRun.status()).as(fcaRun.message()).isEqualTo("COMPLETED");
        fcaEvents = fca.events(fcaRun.runId());
    }

    @AfterAll
    void stop() {
        celcat.close();
        fca.close();
    }

    static Stream<Arguments> celcatCases() {
        return Census.arguments(GroupNameCases.CELCAT);
    }

    static Stream<Arguments> fcaCases() {
        return Census.arguments(GroupNameCases.FCA);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("celcatCases")
    void celcatCourseKeepsItsGroupUnderASendableName(BadCase<GroupNameCases.Input> c) {
        check(c, celcat.course("tt1/ev-" + c.slug()).orElse(null), celcat.school(), celcatEvents, "group:" + c.input().groupId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fcaCases")
    void fcaSeanceKeepsItsGroupUnderASendableName(BadCase<GroupNameCases.Input> c) {
        check(c, fca.course("S-" + c.slug()).orElse(null), fca.school(), fcaEvents, "groupe:G-" + c.input().groupId());
    }

    @Test
    void everyGroupNameOnEdusignIsVisibleCleanAndWithinTheCap() {
        Function<SchoolState, List<String>> names = school -> school.groups().stream().map(g -> g.get("NAME").asText()).toList();
        for (SchoolState school : List.of(celcat.school(), fca.school())) {
            assertThat(names.apply(school)).hasSize(GroupNameCases.CELCAT.size()).allSatisfy(n -> {
                assertThat(n).isNotBlank().hasSizeLessThanOrEqualTo(org.edusignconnector.course.Text.MAX_SENT);
                assertThat(n.chars()).noneMatch(Character::isISOControl);
            });
        }
    }

    private static void check(BadCase<GroupNameCases.Input> c, ObjectNode course, SchoolState school, List<SyncEvent> events, String groupKey) {
        assertThat(course).as("course on Edusign").isNotNull();
        assertThat(course.get("SCHOOL_GROUP")).hasSize(1);
        String groupId = course.get("SCHOOL_GROUP").get(0).asText();
        assertThat(school.group(groupId)).hasValueSatisfying(g -> assertThat(g.get("NAME").asText()).isEqualTo(c.input().edusignName()));
        List<SyncEvent> mine = events.stream().filter(e -> groupKey.equals(e.sourceId())).toList();
        if (c.expect().reason() == null) {
            assertThat(mine).isEmpty();
        } else {
            assertThat(mine).singleElement().satisfies(e -> {
                assertThat(e.reason()).isEqualTo(c.expect().reason());
                assertThat(e.message()).contains(c.expect().words());
            });
        }
    }
}
