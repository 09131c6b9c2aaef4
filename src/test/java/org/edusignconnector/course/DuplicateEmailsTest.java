package org.edusignconnector.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.edusignconnector.course.SourcePerson.Role;
import org.junit.jupiter.api.Test;

/**
 * Two staff records sharing an e-mail (ignoring case and spaces): the first in source order keeps
 * it; every later one gets a problem that names the first holder.
 */
class DuplicateEmailsTest {

    @Test
    void distinctEmailsAreLeftAlone() {
        List<SourcePerson> staff = List.of(staff("S1", "Paul", "Martin", "paul.martin@ecole.fr"),
                staff("S2", "Anne", "Morel", "anne.morel@ecole.fr"));

        assertThat(DuplicateEmails.blockLaterHolders(staff)).isEqualTo(staff);
    }

    @Test
    void firstHolderKeepsTheEmailAndTheSecondIsBlockedNamingTheFirst() {
        SourcePerson first = staff("S1", "Paul", "Martin", "paul.martin@ecole.fr");
        SourcePerson second = staff("S2", "Pauline", "Martin", "paul.martin@ecole.fr");

        List<SourcePerson> result = DuplicateEmails.blockLaterHolders(List.of(first, second));

        assertThat(result.get(0)).isEqualTo(first);
        assertThat(result.get(1).problem())
                .isEqualTo("e-mail also used by staff record S1 (Paul Martin) for paul.martin@ecole.fr")
                .startsWith(DuplicateEmails.PROBLEM_PREFIX);
        assertThat(result.get(1).valid()).isFalse();
        assertThat(result.get(1).withProblem(null)).isEqualTo(second);
    }

    @Test
    void sourceOrderDecidesWhoKeepsIt() {
        SourcePerson a = staff("S1", "Paul", "Martin", "paul.martin@ecole.fr");
        SourcePerson b = staff("S2", "Pauline", "Martin", "paul.martin@ecole.fr");

        List<SourcePerson> result = DuplicateEmails.blockLaterHolders(List.of(b, a));

        assertThat(result.get(0).valid()).isTrue();
        assertThat(result.get(0).sourceKey()).isEqualTo("S2");
        assertThat(result.get(1).problem()).contains("staff record S2 (Pauline Martin)");
    }

    @Test
    void emailsAreComparedIgnoringCaseAndSurroundingSpaces() {
        List<SourcePerson> result = DuplicateEmails.blockLaterHolders(List.of(
                staff("S1", "Paul", "Martin", "Paul.Martin@Ecole.fr"),
                staff("S2", "Pauline", "Martin", " PAUL.MARTIN@ECOLE.FR "),
                staff("S3", "Pierre", "Martin", "paul.martin@ecole.fr")));

        assertThat(result.get(0).valid()).isTrue();
        assertThat(result.get(1).problem()).contains("S1").endsWith("for paul.martin@ecole.fr");
        assertThat(result.get(2).problem()).contains("S1 (Paul Martin)");
    }

    @Test
    void theSameRecordListedTwiceIsNotItsOwnDuplicate() {
        SourcePerson paul = staff("S1", "Paul", "Martin", "paul.martin@ecole.fr");

        assertThat(DuplicateEmails.blockLaterHolders(List.of(paul, paul))).allMatch(SourcePerson::valid);
    }

    @Test
    void peopleWithoutEmailAreNotDuplicatesOfEachOther() {
        List<SourcePerson> staff = List.of(staff("S1", "Paul", "Martin", null), staff("S2", "Anne", "Morel", null),
                staff("S3", "Luc", "Roux", "  "), staff("S4", "Eve", "Noir", " "));

        assertThat(DuplicateEmails.blockLaterHolders(staff)).isEqualTo(staff);
    }

    @Test
    void severalSharedEmailsAreTrackedIndependently() {
        List<SourcePerson> result = DuplicateEmails.blockLaterHolders(List.of(
                staff("S1", "Paul", "Martin", "a@ecole.fr"),
                staff("S2", "Anne", "Morel", "b@ecole.fr"),
                staff("S3", "Luc", "Roux", "b@ecole.fr"),
                staff("S4", "Eve", "Noir", "a@ecole.fr")));

        assertThat(result).extracting(SourcePerson::sourceKey).containsExactly("S1", "S2", "S3", "S4");
        assertThat(result.get(0).valid()).isTrue();
        assertThat(result.get(1).valid()).isTrue();
        assertThat(result.get(2).problem()).contains("staff record S2 (Anne Morel) for b@ecole.fr");
        assertThat(result.get(3).problem()).contains("staff record S1 (Paul Martin) for a@ecole.fr");
    }

    private static SourcePerson staff(String key, String first, String last, String email) {
        return new SourcePerson(Role.INSTRUCTOR, key, last, first, email, null, null);
    }
}
