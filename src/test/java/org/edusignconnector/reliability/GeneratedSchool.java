package org.edusignconnector.reliability;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.celcat.CelcatTimetable;

/** A deterministic Celcat school of {@code courses} courses over the 14 days after 2026-03-22, for reliability suites. */
final class GeneratedSchool {

    private GeneratedSchool() {
    }

    /** Course {@code c}'s WebAPI composite id: event number 200000 + c, week 29, hence register {@code (200000 + c)30}. */
    static String eventId(int c) {
        return "-1347128091:-662573064:1:" + (200_000 + c) + ":29";
    }

    static void populate(CelcatTimetable t, int courses, int staff, int groups, int studentsPerGroup) {
        for (int s = 0; s < staff; s++) {
            t.addStaff(1000 + s, "S" + s, "PROF" + s + ", Prénom" + s, "prof" + s + "@school.example");
        }
        for (int g = 0; g < groups; g++) {
            int[] members = new int[studentsPerGroup];
            for (int m = 0; m < studentsPerGroup; m++) {
                int id = 100_000 + g * studentsPerGroup + m;
                members[m] = id;
                t.addStudent(id, "E" + id, "ETUDIANT" + id + ", Prénom" + id, "e" + id + "@school.example", null);
            }
            t.addGroup(500 + g, "G" + g, "Groupe " + g, members);
        }
        t.addRoom(1, "Salle 1");
        LocalDate day = LocalDate.of(2026, 3, 23);
        int perDay = Math.max(1, (courses + 9) / 10);
        for (int c = 0; c < courses; c++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            int slot = c % perDay;
            int hour = 8 + slot % 10;
            t.addEvent(CelcatEvent.builder(eventId(c)).start(day.atTime(hour, (slot / 10) * 5)).end(day.atTime(hour + 1, (slot / 10) * 5))
                    .name("Cours " + c).category("TD").department("D").sites("S").staff(1000 + c % staff)
                    .groups(500 + c % groups).rooms(1).build());
            if (slot == perDay - 1) {
                day = day.plusDays(1);
            }
        }
    }
}
