package org.edusignconnector.benchmark;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.celcat.CelcatTimetable;

/**
 * A realistic, deterministic Celcat timetable: {@code groups} groups of {@code learnersPerCourse} learners,
 * {@code instructors} staff, and {@code courses} courses of one group and one instructor each, spread over the
 * weekdays of the {@code days} days after today, in slots between 08:00 and 19:00 Paris time. Every course is
 * valid and in the window, so every course, learner and instructor must reach Edusign once.
 */
final class TimetableGenerator {

    /** What to generate. Distinct learners = groups x learnersPerCourse. */
    record Shape(int courses, int learnersPerCourse, int groups, int instructors, int days) {

        Shape {
            if (courses < 1 || learnersPerCourse < 1 || groups < 1 || instructors < 1 || days < 1) {
                throw new IllegalArgumentException("courses, learners, groups, instructors and days must be >= 1");
            }
        }

        int learners() {
            return groups * learnersPerCourse;
        }

        /** The same school, {@code factor} times bigger (courses, groups and instructors). */
        Shape times(int factor) {
            return new Shape(courses * factor, learnersPerCourse, groups * factor, instructors * factor, days);
        }
    }

    private static final String[] LAST = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT",
        "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND",
        "ROUX", "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRE", "MERCIER", "DA SILVA", "LE GOFF", "N'DIAYE"};
    private static final String[] FIRST = {"Léa", "Hugo", "Chloé", "Lucas", "Emma", "Nathan", "Inès", "Louis",
        "Jade", "Gabriel", "Manon", "Arthur", "Camille", "Jules", "Sarah", "Adam", "Zoé", "Raphaël", "Lina",
        "Jean-Marie", "Anaïs"};
    private static final String[] SUBJECTS = {"Mathématiques", "Algorithmique", "Anglais LV1", "Physique",
        "Économie", "Droit des contrats", "Gestion de projet", "Réseaux", "Bases de données", "Communication"};
    private static final String[] CATEGORIES = {"CM", "TD", "TP"};
    private static final int STAFF_ID = 1_000;
    private static final int STUDENT_ID = 100_000;
    private static final int GROUP_ID = 500;
    private static final int ROOM_ID = 10;
    /** Every 20th course changes (5 %), every 100th is removed (1 %); the two sets do not meet. */
    private static final int CHANGE_STRIDE = 20;
    private static final int CHANGE_OFFSET = 3;
    private static final int REMOVE_STRIDE = 100;
    private static final int REMOVE_OFFSET = 11;

    private TimetableGenerator() {
    }

    /** Fills an empty timetable; returns the event ids in generation order. */
    static List<String> populate(CelcatTimetable t, Shape shape, LocalDate today) {
        for (int i = 0; i < shape.instructors(); i++) {
            t.addStaff(STAFF_ID + i, "S" + i, LAST[i % LAST.length] + ", " + FIRST[(i / LAST.length) % FIRST.length],
                    email(FIRST[(i / LAST.length) % FIRST.length], LAST[i % LAST.length], i, "staff.univ-bench.fr"));
        }
        for (int i = 0; i < shape.learners(); i++) {
            String first = FIRST[(i * 7) % FIRST.length];
            String last = LAST[(i * 5 + i / FIRST.length) % LAST.length];
            t.addStudent(STUDENT_ID + i, "E" + i, last + ", " + first, email(first, last, i, "etu.univ-bench.fr"),
                    i % 3 == 0 ? String.format("+336%08d", i) : null);
        }
        for (int g = 0; g < shape.groups(); g++) {
            int first = STUDENT_ID + g * shape.learnersPerCourse();
            t.addGroup(GROUP_ID + g, "G" + g, "Groupe " + (g + 1),
                    IntStream.range(first, first + shape.learnersPerCourse()).toArray());
            t.addRoom(ROOM_ID + g, "B" + (100 + g) + " SALLE " + shape.learnersPerCourse() + "p");
        }
        List<LocalDate> weekdays = new ArrayList<>();
        for (int d = 1; d <= shape.days(); d++) {
            LocalDate day = today.plusDays(d);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.add(day);
            }
        }
        if (weekdays.isEmpty()) {
            weekdays.add(today.plusDays(1));
        }
        int perGroup = ceilDiv(shape.courses(), shape.groups());
        int slotsPerDay = ceilDiv(perGroup, weekdays.size());
        int slotMinutes = Math.max(20, 660 / slotsPerDay);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < shape.courses(); n++) {
            int group = n % shape.groups();
            int k = n / shape.groups();
            LocalDate day = weekdays.get(k % weekdays.size());
            int slot = k / weekdays.size();
            LocalTime start = LocalTime.of(8, 0).plusMinutes((long) slot * slotMinutes);
            // A WebAPI composite id (event number, week 29): every course has a register to write back to.
            String id = "-1347128091:-662573064:1:" + (300_000 + n) + ":29";
            t.addEvent(CelcatEvent.builder(id)
                    .start(day.atTime(start)).end(day.atTime(start.plusMinutes(slotMinutes - 15L)))
                    .category(CATEGORIES[n % CATEGORIES.length]).department("D : UFR " + (group % 4 + 1))
                    .sites("CAMPUS " + (group % 2 == 0 ? "NORD" : "SUD")).modules("M" + (n % SUBJECTS.length))
                    .name(SUBJECTS[(n / shape.groups()) % SUBJECTS.length] + " " + CATEGORIES[n % CATEGORIES.length])
                    .rooms(ROOM_ID + group).staff(STAFF_ID + n % shape.instructors()).groups(GROUP_ID + group)
                    .build());
            ids.add(id);
        }
        return ids;
    }

    /** Changes every 20th course (5 %): rename, move by 15 minutes or change room, in turn; returns the count. */
    static int changeFivePercent(CelcatTimetable t, List<String> ids) {
        int changed = 0;
        for (int i = CHANGE_OFFSET; i < ids.size(); i += CHANGE_STRIDE, changed++) {
            int kind = changed % 3;
            t.updateEvent(ids.get(i), e -> switch (kind) {
                case 0 -> e.toBuilder().name(e.name() + " (modifié)").build();
                case 1 -> e.toBuilder().start(e.start().plusMinutes(15)).end(e.end().plusMinutes(15)).build();
                default -> {
                    int room = e.roomIds().get(0) == ROOM_ID ? ROOM_ID + 1 : ROOM_ID;
                    yield e.toBuilder().rooms(room).build();
                }
            });
        }
        return changed;
    }

    /** Removes every 100th course (1 %); returns the count. */
    static int removeOnePercent(CelcatTimetable t, List<String> ids) {
        int removed = 0;
        for (int i = REMOVE_OFFSET; i < ids.size(); i += REMOVE_STRIDE) {
            if (t.removeEvent(ids.get(i))) {
                removed++;
            }
        }
        return removed;
    }

    private static String email(String first, String last, int n, String domain) {
        String local = ascii(first) + "." + ascii(last) + "." + n;
        return local + "@" + domain;
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z-]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
