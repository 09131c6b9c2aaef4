package org.edusignconnector.sim.celcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo school is deterministic and carries every awkward case the connector must handle. */
class DemoTimetablesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);

    @Test
    void populatingTwiceGivesTheSameData() {
        assertThat(demo(MONDAY, 14).events()).isEqualTo(demo(MONDAY, 14).events());
    }

    @Test
    void containsTheAwkwardCases() {
        CelcatTimetable t = demo(MONDAY, 7);
        List<CelcatEvent> events = t.events();

        assertThat(t.staff()).hasSize(6).allSatisfy(s -> assertThat(s.name()).contains(", "));
        assertThat(t.staff()).filteredOn(s -> s.email().equals("paul.martin@lycee-demo.fr")).hasSize(2);
        assertThat(t.students()).hasSize(30).filteredOn(s -> s.email() == null).hasSize(1);
        assertThat(t.groups()).hasSize(3);
        assertThat(t.rooms()).extracting(CelcatRoom::name).contains("Visio Teams 1");
        assertThat(events).filteredOn(e -> !e.allDay() && e.eventCategory().matches("CM|TD|TP")).hasSize(15);
        assertThat(events).extracting(CelcatEvent::eventCategory).contains("CM", "TD", "TP", "Examen", "Vacances");
        assertThat(events).filteredOn(CelcatEvent::allDay).singleElement()
                .satisfies(e -> assertThat(e.eventCategory()).isEqualTo("Vacances"));
        assertThat(events).filteredOn(e -> e.staffIds().contains(DemoTimetables.DUPLICATE_EMAIL_STAFF)).isNotEmpty();
        assertThat(t.event(DemoTimetables.NO_STAFF_EVENT_ID)).get()
                .satisfies(e -> assertThat(e.staffIds()).isEmpty());
        assertThat(t.event(DemoTimetables.VISIO_EVENT_ID)).get()
                .satisfies(e -> assertThat(e.roomIds()).containsExactly(DemoTimetables.VISIO_ROOM));
        assertThat(events).filteredOn(e -> !e.allDay()).allSatisfy(e -> {
            assertThat(e.start().getHour()).isGreaterThanOrEqualTo(8);
            assertThat(e.end().toLocalTime()).isBeforeOrEqualTo(java.time.LocalTime.of(18, 0));
            assertThat(e.department()).isNotBlank();
            assertThat(e.sites()).isNotEmpty();
        });
    }

    @Test
    void weekendsHaveNoCourses() {
        assertThat(demo(LocalDate.of(2026, 3, 28), 2).events())
                .extracting(CelcatEvent::id).containsExactly(DemoTimetables.HOLIDAY_EVENT_ID);
    }

    private static CelcatTimetable demo(LocalDate firstDay, int days) {
        CelcatTimetable t = new CelcatTimetable("1");
        DemoTimetables.populate(t, firstDay, days);
        return t;
    }
}
