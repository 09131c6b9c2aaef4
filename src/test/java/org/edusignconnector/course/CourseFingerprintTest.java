package org.edusignconnector.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

import org.edusignconnector.course.SourcePerson.Role;
import org.junit.jupiter.api.Test;

/**
 * The course fingerprint keys "nothing to write": equal content gives an equal fingerprint, and any
 * field that reaches Edusign (name, times, room, people, groups, tenant options) changes it.
 */
class CourseFingerprintTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 6, 2, 9, 0, 0, 0, PARIS);
    private static final String OPTIONS = "ar=[];co=[];ex=[];in=[TD];tt=[]";

    @Test
    void fingerprintIsAHexSha256() {
        assertThat(CourseFingerprint.of(course().build(), OPTIONS)).matches("[0-9a-f]{64}");
    }

    @Test
    void sameContentBuiltTwiceGivesTheSameFingerprint() {
        assertThat(CourseFingerprint.of(course().build(), OPTIONS)).isEqualTo(CourseFingerprint.of(course().build(), OPTIONS));
    }

    @Test
    void sameInstantInAnotherZoneGivesTheSameFingerprint() {
        SourceCourse utc = course().start(START.withZoneSameInstant(ZoneOffset.UTC))
                .end(START.plusHours(2).withZoneSameInstant(ZoneOffset.UTC)).build();

        assertThat(CourseFingerprint.of(utc, OPTIONS)).isEqualTo(CourseFingerprint.of(course().build(), OPTIONS));
    }

    @Test
    void fieldsThatEdusignNeverSeesDoNotChangeIt() {
        String base = CourseFingerprint.of(course().build(), OPTIONS);

        assertThat(CourseFingerprint.of(course().category("CM").company("other").areas(List.of("X")).build(), OPTIONS))
                .isEqualTo(base);
    }

    @Test
    void optionsSignatureChangesIt() {
        assertChanges(b -> b, "ar=[];co=[];ex=[];in=[TD, TP];tt=[]");
    }

    @Test
    void nameChangesIt() {
        assertChanges(b -> b.name("Algèbre linéaire"));
    }

    @Test
    void startChangesIt() {
        assertChanges(b -> b.start(START.plusMinutes(15)));
    }

    @Test
    void endChangesIt() {
        assertChanges(b -> b.end(START.plusHours(3)));
    }

    @Test
    void timeMovedByTheDstHourChangesIt() {
        // same wall-clock time, different offset: a different instant
        ZonedDateTime ambiguous = ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, PARIS).withEarlierOffsetAtOverlap();
        String earlier = CourseFingerprint.of(course().start(ambiguous).build(), OPTIONS);
        String later = CourseFingerprint.of(course().start(ambiguous.withLaterOffsetAtOverlap()).build(), OPTIONS);

        assertThat(earlier).isNotEqualTo(later);
    }

    @Test
    void roomChangesIt() {
        assertChanges(b -> b.room("B205"));
        assertChanges(b -> b.room(null));
    }

    @Test
    void emptyAndMissingRoomDiffer() {
        assertThat(CourseFingerprint.of(course().room("").build(), OPTIONS))
                .isNotEqualTo(CourseFingerprint.of(course().room(null).build(), OPTIONS));
    }

    @Test
    void valuesCannotSlideFromOneFieldToTheNext() {
        String a = CourseFingerprint.of(course().name("TD 1").room("B2").build(), OPTIONS);
        String b = CourseFingerprint.of(course().name("TD 1B").room("2").build(), OPTIONS);

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aLearnersEmailChangesIt() {
        assertChanges(b -> b.learners(List.of(learner("L1", "anna.blanc@ecole.fr"), learner("L2", "bruno.petit2@ecole.fr"))));
    }

    @Test
    void aLearnersNameChangesIt() {
        SourcePerson renamed = new SourcePerson(Role.LEARNER, "L1", "Blanc-Roux", "Anna", "anna.blanc@ecole.fr", null, null);
        assertChanges(b -> b.learners(List.of(renamed, learner("L2", "bruno.petit@ecole.fr"))));
    }

    @Test
    void aLearnersPhoneChangesIt() {
        SourcePerson withPhone = new SourcePerson(Role.LEARNER, "L1", "Blanc", "Anna", "anna.blanc@ecole.fr", "0612345678", null);
        assertChanges(b -> b.learners(List.of(withPhone, learner("L2", "bruno.petit@ecole.fr"))));
    }

    @Test
    void anAddedOrRemovedLearnerChangesIt() {
        assertChanges(b -> b.learners(List.of(learner("L1", "anna.blanc@ecole.fr"))));
        assertChanges(b -> b.learners(List.of(learner("L1", "anna.blanc@ecole.fr"), learner("L2", "bruno.petit@ecole.fr"),
                learner("L3", "chloe.durand@ecole.fr"))));
    }

    @Test
    void anInstructorsEmailChangesIt() {
        assertChanges(b -> b.instructors(List.of(new SourcePerson(Role.INSTRUCTOR, "P1", "Martin", "Claire", "claire@ecole.fr", null, null))));
    }

    @Test
    void aPersonMovingFromInstructorToLearnerChangesIt() {
        SourcePerson claireAsLearner = new SourcePerson(Role.LEARNER, "P1", "Martin", "Claire", "claire.martin@ecole.fr", null, null);
        assertChanges(b -> b.instructors(List.of()).learners(List.of(claireAsLearner,
                learner("L1", "anna.blanc@ecole.fr"), learner("L2", "bruno.petit@ecole.fr"))));
    }

    @Test
    void groupMembershipChangesIt() {
        assertChanges(b -> b.groups(List.of(new SourceGroup("G1", "Groupe A", List.of("L1")))));
        assertChanges(b -> b.groups(List.of(new SourceGroup("G1", "Groupe A", List.of("L1", "L2", "L3")))));
    }

    @Test
    void groupNameOrAddedGroupChangesIt() {
        assertChanges(b -> b.groups(List.of(new SourceGroup("G1", "Groupe A bis", List.of("L1", "L2")))));
        assertChanges(b -> b.groups(List.of(new SourceGroup("G1", "Groupe A", List.of("L1", "L2")),
                new SourceGroup("G2", "Groupe B", List.of()))));
    }

    private static void assertChanges(UnaryOperator<SourceCourse.Builder> change) {
        assertChanges(change, OPTIONS);
    }

    private static void assertChanges(UnaryOperator<SourceCourse.Builder> change, String options) {
        String base = CourseFingerprint.of(course().build(), OPTIONS);
        assertThat(CourseFingerprint.of(change.apply(course()).build(), options)).isNotEqualTo(base);
    }

    private static SourceCourse.Builder course() {
        return SourceCourse.builder("E1").name("Algèbre").start(START).end(START.plusHours(2)).room("B204").category("TD")
                .instructors(List.of(new SourcePerson(Role.INSTRUCTOR, "P1", "Martin", "Claire", "claire.martin@ecole.fr", null, null)))
                .learners(List.of(learner("L1", "anna.blanc@ecole.fr"), learner("L2", "bruno.petit@ecole.fr")))
                .groups(List.of(new SourceGroup("G1", "Groupe A", List.of("L1", "L2"))));
    }

    private static SourcePerson learner(String key, String email) {
        String first = key.equals("L1") ? "Anna" : key.equals("L2") ? "Bruno" : "Chloé";
        String last = key.equals("L1") ? "Blanc" : key.equals("L2") ? "Petit" : "Durand";
        return new SourcePerson(Role.LEARNER, key, last, first, email, null, null);
    }
}
