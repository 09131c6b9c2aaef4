package org.edusignconnector.sim.fca;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A small deterministic training organisation (no randomness; populating twice gives the same data):
 * activities DU-DROIT and LP-GRH, three actions, registrations in every statut (one learner without e-mail,
 * one cancelled then registered again, one in two actions), two trainers sharing an e-mail, four absence
 * reasons (justified "Maladie", unjustified "Convenance personnelle"), and two séances per weekday,
 * 09:00-12:30 and 14:00-17:30 Paris wall-clock with the offset of that day. The afternoon séance of the first
 * weekday has no trainer of its own, only its teaching's; séances of the LP-GRH-FC action have no room.
 */
public final class FcaDemoData {

    public static final String ACTIVITE_DU_DROIT = "DU-DROIT";
    public static final String ACTIVITE_LP_GRH = "LP-GRH";
    public static final String ACTION_DU_DROIT = "DU-DROIT-2025";
    public static final String ACTION_LP_ALT = "LP-GRH-ALT-2025";
    public static final String ACTION_LP_FC = "LP-GRH-FC-2025";

    public static final FcaFormateur MARTIN = new FcaFormateur("F-17", "Martin", "Claire", "c.martin@univ-demo.fr", true);
    public static final FcaFormateur DURAND = new FcaFormateur("F-18", "Durand", "Paul", "p.durand@univ-demo.fr", false);
    public static final FcaFormateur LEFEVRE = new FcaFormateur("F-19", "Lefèvre", "Sophie", "s.lefevre@univ-demo.fr", true);
    /** {@link #BERNARD_LUC} and {@link #BERNARD_LUCIE} share one e-mail. */
    public static final FcaFormateur BERNARD_LUC = new FcaFormateur("F-21", "Bernard", "Luc", "l.bernard@univ-demo.fr", false);
    public static final FcaFormateur BERNARD_LUCIE = new FcaFormateur("F-22", "Bernard", "Lucie", "l.bernard@univ-demo.fr", false);

    public static final String LEARNER_WITHOUT_EMAIL = "A-105";
    public static final String LEARNER_UNCONFIRMED = "A-103";
    public static final String LEARNER_CANCELLED = "A-104";
    /** Registered to {@link #ACTION_LP_FC} twice: ANNULEE, then CONFIRMEE. */
    public static final String LEARNER_REREGISTERED = "A-302";
    /** Registered to both {@link #ACTION_DU_DROIT} and {@link #ACTION_LP_FC}. */
    public static final String LEARNER_TWO_ACTIONS = "A-106";

    public static final String MOTIF_MALADIE = "M-1";
    public static final String MOTIF_CONVENANCE = "M-2";
    public static final String MOTIF_ENTREPRISE = "M-3";
    public static final String MOTIF_TRANSPORT = "M-4";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<Action> ACTIONS = List.of(
            new Action(ACTION_DU_DROIT, "DU Droit des affaires", ACTIVITE_DU_DROIT, "DU Droit des affaires",
                    new FcaGroupe("G-DU-DROIT-A", "DU Droit A"), "B204",
                    new Teaching("ENS-CONTRATS", "Droit des contrats", MARTIN),
                    new Teaching("ENS-SOCIETES", "Droit des sociétés", DURAND)),
            new Action(ACTION_LP_ALT, "LP GRH en alternance", ACTIVITE_LP_GRH,
                    "Licence pro Gestion des ressources humaines", new FcaGroupe("G-LP-GRH-ALT", "LP GRH alternance"),
                    "C101", new Teaching("ENS-PAIE", "Gestion de la paie", BERNARD_LUC),
                    new Teaching("ENS-DROIT-TRAVAIL", "Droit du travail", MARTIN, BERNARD_LUCIE)),
            new Action(ACTION_LP_FC, "LP GRH formation continue", ACTIVITE_LP_GRH,
                    "Licence pro Gestion des ressources humaines", new FcaGroupe("G-LP-GRH-FC", "LP GRH continue"),
                    null, new Teaching("ENS-RECRUTEMENT", "Recrutement et entretiens", BERNARD_LUCIE, LEFEVRE),
                    new Teaching("ENS-MANAGEMENT", "Management d'équipe", LEFEVRE)));

    private record Teaching(String ref, String label, FcaFormateur... formateurs) {
    }

    private record Action(String ref, String label, String activiteRef, String activiteLabel, FcaGroupe groupe,
            String salle, Teaching... teachings) {
    }

    private FcaDemoData() {
    }

    public static void populate(FcaData d, LocalDate firstDay, int days) {
        motifs(d);
        inscriptions(d);
        OffsetDateTime created = FcaSeance.paris(firstDay.minusDays(18).atTime(10, 0));
        OffsetDateTime modified = FcaSeance.paris(firstDay.minusDays(10).atTime(8, 30));
        LocalDate firstWeekday = firstWeekday(firstDay);
        int weekday = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = firstDay.plusDays(i);
            if (isWeekend(day)) {
                continue;
            }
            for (int slot = 0; slot < 2; slot++) {
                FcaSeance s = seance(day, slot, ACTIONS.get((weekday + slot) % ACTIONS.size()),
                        weekday, created, modified);
                if (slot == 1 && day.equals(firstWeekday)) {
                    s = s.toBuilder().formateurs().build();
                }
                d.addSeance(s);
            }
            weekday++;
        }
    }

    /** Id of the morning ({@code morning}) or afternoon séance of {@code day}, e.g. {@code S-20260330-AM}. */
    public static String seanceId(LocalDate day, boolean morning) {
        return "S-" + DAY.format(day) + (morning ? "-AM" : "-PM");
    }

    /** The séance with no trainer of its own (only its teaching's): afternoon of the first weekday. */
    public static String seanceWithoutFormateurs(LocalDate firstDay) {
        return seanceId(firstWeekday(firstDay), false);
    }

    private static FcaSeance seance(LocalDate day, int slot, Action a, int weekday, OffsetDateTime created,
            OffsetDateTime modified) {
        Teaching t = a.teachings()[weekday % a.teachings().length];
        LocalTime start = slot == 0 ? LocalTime.of(9, 0) : LocalTime.of(14, 0);
        LocalTime end = slot == 0 ? LocalTime.of(12, 30) : LocalTime.of(17, 30);
        return FcaSeance.builder(seanceId(day, slot == 0))
                .intitule(t.label() + (slot == 0 ? " - CM" : " - TD"))
                .debut(FcaSeance.paris(day.atTime(start))).fin(FcaSeance.paris(day.atTime(end)))
                .salle(a.salle()).action(a.ref(), a.label(), "2025").activite(a.activiteRef(), a.activiteLabel())
                .enseignement(t.ref(), t.label(), t.formateurs()).formateurs(t.formateurs()).groupes(a.groupe())
                .dateCreation(created).dateModification(modified).build();
    }

    private static void motifs(FcaData d) {
        d.addMotif(MOTIF_MALADIE, "MAL", "Maladie", true)
                .addMotif(MOTIF_CONVENANCE, "CONV", "Convenance personnelle", false)
                .addMotif(MOTIF_ENTREPRISE, "ENT", "Convocation entreprise", true)
                .addMotif(MOTIF_TRANSPORT, "TRANS", "Retard de transport", false);
    }

    private static void inscriptions(FcaData d) {
        String du = "G-DU-DROIT-A";
        FcaPerson twoActions = person("A-106", "Petit", "Hugo", "+33611223344");
        d.setInscriptions(ACTION_DU_DROIT, List.of(
                confirmed(person("A-101", "Dupont", "Marie", "+33612345678"), du),
                confirmed(person("A-102", "N'Diaye", "Awa", null), du),
                new FcaInscription(person(LEARNER_UNCONFIRMED, "Roux", "Théo", null), FcaInscription.NON_CONFIRMEE, du),
                new FcaInscription(person(LEARNER_CANCELLED, "Garnier", "Inès", null), FcaInscription.ANNULEE, du),
                confirmed(new FcaPerson(LEARNER_WITHOUT_EMAIL, "Moreau", "Jules", null, "+33699887766"), du),
                confirmed(twoActions, du)));
        String alt = "G-LP-GRH-ALT";
        d.setInscriptions(ACTION_LP_ALT, List.of(
                confirmed(person("A-201", "Lambert", "Chloé", null), alt),
                confirmed(person("A-202", "Fontaine", "Lucas", "+33600000202"), alt),
                new FcaInscription(person("A-203", "Chevalier", "Emma", null), FcaInscription.NON_CONFIRMEE, alt),
                confirmed(person("A-204", "Da Silva", "Nathan", null), alt),
                new FcaInscription(person("A-205", "Mercier", "Zoé", null), FcaInscription.ANNULEE, alt)));
        String fc = "G-LP-GRH-FC";
        FcaPerson again = person(LEARNER_REREGISTERED, "Le Goff", "Anaïs", null);
        d.setInscriptions(ACTION_LP_FC, List.of(
                confirmed(person("A-301", "Faure", "Raphaël", null), fc),
                new FcaInscription(again, FcaInscription.ANNULEE, fc),
                new FcaInscription(again, FcaInscription.CONFIRMEE, fc),
                new FcaInscription(person("A-303", "Schmitt", "Camille", null), FcaInscription.NON_CONFIRMEE, null),
                confirmed(twoActions, fc)));
    }

    private static FcaInscription confirmed(FcaPerson p, String groupeId) {
        return new FcaInscription(p, FcaInscription.CONFIRMEE, groupeId);
    }

    private static FcaPerson person(String id, String nom, String prenom, String telephone) {
        String email = Normalizer.normalize(prenom + "." + nom, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[ ']", "").toLowerCase(Locale.ROOT)
                + "@etu.univ-demo.fr";
        return new FcaPerson(id, nom, prenom, email, telephone);
    }

    private static LocalDate firstWeekday(LocalDate day) {
        LocalDate d = day;
        while (isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
