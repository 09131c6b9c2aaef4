package org.edusignconnector.flow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.celcat.CelcatTimetable;

/**
 * A small Celcat timetable whose every course has a known fate, for a run on Sunday 2026-03-22
 * (the window is Monday 23 March .. Sunday 5 April, across the spring DST change of 29 March).
 */
final class CelcatSchool {

    static final String NOW = "2026-03-22T10:00:00Z";
    /** A WebAPI composite id: event 150021 in week 25, whose CAWS register is {@link #MONDAY_TD_REGISTER}. */
    static final String MONDAY_TD = "-1347128091:-662573064:1:150021:25";
    static final String MONDAY_TD_REGISTER = "15002126";
    static final String TUESDAY_AFTER_DST = "ev-tuesday-after-dst";
    static final String DUPLICATE_STAFF = "ev-duplicate-staff";
    static final String NO_STAFF = "ev-no-staff";
    static final String NO_VALID_LEARNER = "ev-no-valid-learner";
    static final String SAME_DAY = "ev-same-day";
    static final String HOLIDAY = "ev-holiday";
    static final String VISIO = "ev-visio";

    private CelcatSchool() {
    }

    static void populate(CelcatTimetable t) {
        t.addStaff(501, "MDUPONT", "DUPONT, Marie", "marie.dupont@school.example")
                .addStaff(502, "PMARTIN", "MARTIN, Paul", "paul.martin@school.example")
                .addStaff(503, "SLEROY", "LEROY-DURAND, Sophie", "paul.martin@school.example")
                .addStudent(9001, "E9001", "BERNARD, Léa", "lea.bernard@school.example", "+33600000001")
                .addStudent(9002, "E9002", "PETIT, Hugo", "hugo.petit@school.example", null)
                .addStudent(9003, "E9003", "ROUX, Chloé", "chloe.roux@school.example", null)
                .addStudent(9004, "E9004", "MOREAU, Lucas", null, null)
                .addGroup(77, "G1", "L1 Groupe A", 9001, 9002, 9004)
                .addRoom(12, "B101 SALLE TD 30p")
                .addRoom(16, "Visio Teams 1");
        t.addEvent(event(MONDAY_TD, LocalDate.of(2026, 3, 23), 9, 11).name("Mathématiques TD").category("TD")
                .staff(501).groups(77).students(9003).rooms(12).build());
        t.addEvent(event(TUESDAY_AFTER_DST, LocalDate.of(2026, 3, 31), 14, 16).name("Physique CM").category("CM")
                .staff(501, 502).groups(77).rooms(12).build());
        t.addEvent(event(DUPLICATE_STAFF, LocalDate.of(2026, 3, 24), 9, 11).name("Anglais").category("TD")
                .staff(503).groups(77).rooms(12).build());
        t.addEvent(event(NO_STAFF, LocalDate.of(2026, 3, 25), 9, 11).name("Autonomie").category("TD")
                .groups(77).rooms(12).build());
        t.addEvent(event(NO_VALID_LEARNER, LocalDate.of(2026, 3, 26), 9, 11).name("Tutorat").category("TD")
                .staff(502).students(9004).rooms(12).build());
        t.addEvent(event(HOLIDAY, LocalDate.of(2026, 4, 3), 0, 0).allDay(true).name("Vacances").category("Vacances")
                .groups(77).build());
        t.addEvent(event(VISIO, LocalDate.of(2026, 3, 27), 14, 16).name("Soutien en ligne").category("TD")
                .staff(502).students(9003).rooms(16).build());
    }

    /** A course today (Sunday 22 March): never sent. */
    static void addSameDayCourse(CelcatTimetable t) {
        t.addEvent(event(SAME_DAY, LocalDate.of(2026, 3, 22), 14, 16).name("Rattrapage").category("TD")
                .staff(501).students(9003).rooms(12).build());
    }

    static CelcatEvent.Builder event(String id, LocalDate day, int fromHour, int toHour) {
        LocalDateTime start = day.atTime(LocalTime.of(fromHour, 0));
        LocalDateTime end = toHour == 0 ? null : day.atTime(LocalTime.of(toHour, 0));
        CelcatEvent.Builder b = CelcatEvent.builder(id).start(start).department("D : SCIENCES").sites("CAMPUS NORD");
        return end == null ? b : b.end(end);
    }
}
