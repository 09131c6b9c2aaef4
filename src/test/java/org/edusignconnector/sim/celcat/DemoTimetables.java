package org.edusignconnector.sim.celcat;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

/**
 * A small deterministic school (no randomness): 6 staff named LAST_COMMA_FIRST (one e-mail shared by two staff,
 * one invalid e-mail), 30 students in 3 groups of 10 (one without e-mail), 5 rooms including "Visio Teams 1",
 * 3 courses per weekday (CM/TD/TP) between 08:00 and 16:00 Paris wall-clock, one "Examen" on the first weekday
 * and one all-day "Vacances" event on the last day.
 */
public final class DemoTimetables {

    public static final int DUPLICATE_EMAIL_STAFF = 504;
    public static final int INVALID_EMAIL_STAFF = 505;
    public static final int STUDENT_WITHOUT_EMAIL = 9030;
    public static final int VISIO_ROOM = 16;
    public static final String VISIO_EVENT_ID = eventId(1, 2);
    public static final String NO_STAFF_EVENT_ID = eventId(2, 3);
    public static final String EXAM_EVENT_ID = "-1347128091:-662573064:1:160001:1";
    public static final String HOLIDAY_EVENT_ID = "-1347128091:-662573064:1:160002:1";

    private static final String[] LAST = {"ABADIE", "BLANC", "CARON", "DA SILVA", "EVRARD", "FONTAINE", "GARNIER",
        "HUBERT", "IBRAHIM", "JOLY", "KLEIN", "LAMBERT", "MOREL", "NOEL", "OLIVIER", "PERRIN", "QUENTIN", "ROUSSEAU",
        "SCHMITT", "TESSIER", "VIDAL", "WEBER", "BARBIER", "COLIN", "DUMAS", "FAURE", "GUERIN", "LE GOFF", "MEYER",
        "ZIDANE"};
    private static final String[] FIRST = {"Léa", "Hugo", "Chloé", "Lucas", "Emma", "Nathan", "Inès", "Louis",
        "Jade", "Gabriel", "Manon", "Arthur", "Camille", "Jules", "Sarah", "Adam", "Zoé", "Raphaël", "Lina", "Tom",
        "Anaïs", "Noah", "Eva", "Théo", "Clara", "Enzo", "Alice", "Mathis", "Julie", "Yanis"};
    private static final String[][] SUBJECTS = {{"Mathématiques", "MATH101", "D : SCIENCES"},
        {"Algorithmique", "INFO201", "D : SCIENCES"}, {"Anglais LV1", "ANGL101", "D : LETTRES ET LANGUES"},
        {"Physique", "PHYS101", "D : SCIENCES"}, {"Économie", "ECO101", "D : LETTRES ET LANGUES"}};
    private static final String[] CATEGORIES = {"CM", "TD", "TP"};
    private static final int[] STAFF_ROTATION = {DUPLICATE_EMAIL_STAFF, 501, 502, 503, 506, INVALID_EMAIL_STAFF};
    private static final LocalTime[][] SLOTS = {{LocalTime.of(8, 0), LocalTime.of(10, 0)},
        {LocalTime.of(10, 15), LocalTime.of(12, 15)}, {LocalTime.of(14, 0), LocalTime.of(16, 0)}};

    private DemoTimetables() {
    }

    public static void populate(CelcatTimetable t, LocalDate firstDay, int days) {
        people(t);
        t.addRoom(12, "B101 SALLE TD 30p").addRoom(13, "B102 SALLE TD 30p").addRoom(14, "C201 LABO INFO 24p")
                .addRoom(15, "AMPHI A 120p").addRoom(VISIO_ROOM, "Visio Teams 1");
        LocalDateTime modified = firstDay.minusDays(10).atTime(17, 2, 11);
        int n = 0;
        LocalDate firstWeekday = null;
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            firstWeekday = firstWeekday == null ? day : firstWeekday;
            for (int slot = 0; slot < SLOTS.length; slot++, n++) {
                t.addEvent(course(n, d, slot, day, modified));
            }
        }
        if (firstWeekday != null) {
            t.addEvent(CelcatEvent.builder(EXAM_EVENT_ID).start(firstWeekday.atTime(16, 15))
                    .end(firstWeekday.atTime(18, 0)).category("Examen").department("D : SCIENCES")
                    .sites("CAMPUS NORD").modules("MATH101").name("Examen de Mathématiques")
                    .rooms(15).staff(503, 501).groups(79).lastModified(modified).build());
        }
        if (days > 0) {
            t.addEvent(CelcatEvent.builder(HOLIDAY_EVENT_ID).start(firstDay.plusDays(days - 1L).atStartOfDay())
                    .allDay(true).category("Vacances").department("D : SCIENCES").sites("CAMPUS NORD")
                    .nullModules().name("Vacances de printemps").groups(77, 78, 79).lastModified(modified).build());
        }
    }

    private static void people(CelcatTimetable t) {
        t.addStaff(501, "MDUPONT", "DUPONT, Marie", "marie.dupont@lycee-demo.fr")
                .addStaff(502, "PMARTIN", "MARTIN, Paul", "paul.martin@lycee-demo.fr")
                .addStaff(503, "JMDELAFONTAINE", "DE LA FONTAINE, Jean-Marie", "jm.delafontaine@lycee-demo.fr")
                .addStaff(DUPLICATE_EMAIL_STAFF, "SLEROYDURAND", "LEROY-DURAND, Sophie", "paul.martin@lycee-demo.fr")
                .addStaff(INVALID_EMAIL_STAFF, "TMNGUYEN", "N'GUYEN, Thi Mai", "thi-mai.nguyen@@lycee-demo")
                .addStaff(506, "LBERNARD", "BERNARD, Luc", "luc.bernard@lycee-demo.fr");
        for (int i = 0; i < LAST.length; i++) {
            int id = 9001 + i;
            String email = id == STUDENT_WITHOUT_EMAIL ? null
                    : ascii(FIRST[i]) + "." + ascii(LAST[i]) + "@etu.lycee-demo.fr";
            String mobile = i % 2 == 0 ? String.format("+336%08d", 12340000 + i) : null;
            t.addStudent(id, "E" + id, LAST[i] + ", " + FIRST[i], email, mobile);
        }
        t.addGroup(77, "BTS1-A", "BTS SIO 1re année groupe A", range(9001))
                .addGroup(78, "BTS1-B", "BTS SIO 1re année groupe B", range(9011))
                .addGroup(79, "BTS2-A", "BTS SIO 2e année groupe A", range(9021));
    }

    /** Course number {@code n} (0-based over the range) on day index {@code d}. */
    private static CelcatEvent course(int n, int d, int slot, LocalDate day, LocalDateTime modified) {
        String category = CATEGORIES[(slot + d) % CATEGORIES.length];
        String[] subject = SUBJECTS[n % SUBJECTS.length];
        CelcatEvent.Builder b = CelcatEvent.builder(eventId(n, slot + 1))
                .start(day.atTime(SLOTS[slot][0])).end(day.atTime(SLOTS[slot][1])).category(category)
                .department(subject[2]).modules(subject[1]).name(subject[0]).lastModified(modified)
                .staff(STAFF_ROTATION[n % STAFF_ROTATION.length]);
        switch (category) {
            case "CM" -> b.groups(77, 78).rooms(15).sites("CAMPUS NORD", "CAMPUS NORD").students(9001);
            case "TD" -> b.groups(77 + (d + slot) % 3).rooms(12 + d % 2).sites("CAMPUS NORD");
            default -> b.groups(79 - d % 3).rooms(14).sites("CAMPUS SUD");
        }
        if (n == 1) {
            b.rooms(VISIO_ROOM).sites("DISTANCIEL");
        } else if (n == 2) {
            b.staff();
        } else if (n == 3) {
            b.students(STUDENT_WITHOUT_EMAIL);
        } else if (n == 4) {
            b.nullModules();
        } else if (n == 6) {
            b.name(null);
        }
        return b.build();
    }

    private static String eventId(int n, int slot) {
        return "-1347128091:-662573064:1:" + (153781 + n) + ":" + slot;
    }

    private static int[] range(int first) {
        return java.util.stream.IntStream.range(first, first + 10).toArray();
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(' ', '-').replace("'", "");
    }
}
