package org.edusignconnector.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person goes to Edusign only with a last name, a first name (each with something visible in it;
 * markup, control characters and length are no reason) and a valid e-mail; otherwise {@code problem} says why.
 */
class PersonRulesTest {

    private static final String LAST = "Dupont";
    private static final String FIRST = "Jean";
    private static final String EMAIL = "jean.dupont@example.fr";

    @Test
    void completePersonHasNoProblem() {
        assertThat(PersonRules.problem(LAST, FIRST, EMAIL)).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void missingLastName(String last) {
        assertThat(PersonRules.problem(last, FIRST, EMAIL)).isEqualTo("no last name");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void missingFirstName(String first) {
        assertThat(PersonRules.problem(LAST, first, EMAIL)).isEqualTo("no first name");
    }

    @Test
    void lastNameIsReportedBeforeFirstNameAndEmail() {
        assertThat(PersonRules.problem(null, null, null)).isEqualTo("no last name");
        assertThat(PersonRules.problem(LAST, null, null)).isEqualTo("no first name");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void noEmail(String email) {
        assertThat(PersonRules.problem(LAST, FIRST, email)).isEqualTo("no e-mail");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jean@@example.fr",
            "jean@dupont@example.fr",
            "jean@example",
            "jean@localhost",
            "jean@example.f",
            "jean dupont@example.fr",
            "jean@exam ple.fr",
            "jean@example.fr extra",
            "@example.fr",
            "jean@",
            "jean.example.fr",
            "jean@-example.fr",
            "jean@example.fr.",
            "jean@example..fr",
            "<jean@example.fr>"})
    void invalidEmailIsNamedInTheProblem(String email) {
        assertThat(PersonRules.problem(LAST, FIRST, email)).isEqualTo("invalid e-mail '" + email + "'");
    }

    @Test
    void emailOf300CharactersIsInvalidAndShortenedInTheProblem() {
        String email = "a".repeat(300 - "@example.fr".length()) + "@example.fr";
        assertThat(email).hasSize(300);

        String problem = PersonRules.problem(LAST, FIRST, email);

        assertThat(problem).startsWith("invalid e-mail 'aaaa").endsWith("…'");
        assertThat(problem.length()).isLessThan(100);
    }

    @Test
    void emailJustUnderTheLengthLimitIsValid() {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".fr";
        String email = "a".repeat(254 - domain.length()) + domain;
        assertThat(email).hasSize(254);

        assertThat(PersonRules.problem(LAST, FIRST, email)).isNull();
        assertThat(PersonRules.problem(LAST, FIRST, "a" + email)).startsWith("invalid e-mail");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jean+edusign@example.fr",
            "jean.dupont+tag+more@sub.example.co.uk",
            "j_d-2026@ecole-demo.fr",
            "JEAN.DUPONT@EXAMPLE.FR",
            "o'connor@example.ie",
            "  jean@example.fr  "})
    void validEmails(String email) {
        assertThat(PersonRules.problem(LAST, FIRST, email)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ÉTIENNE-FRANÇOIS | Éloïse",
            "Lefèvre | Zoë",
            "D'ALEMBERT | Jean-Marie",
            "Núñez García | Çağla",
            "DE LA FONTAINE | Anne Sophie"})
    void accentedAndCompoundNamesAreValid(String last, String first) {
        assertThat(PersonRules.problem(last, first, EMAIL)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<b>Jean</b>", "Jean>", "<Jean", "Maths < Physique", "Du\u0000pont", "Dupont\n",
            "Du\tpont", "Dupont\u007F", "Du\u202Epont"})
    void markupAndControlCharactersAreNoReasonToLeaveSomeoneOut(String name) {
        assertThat(PersonRules.problem(name, FIRST, EMAIL)).isNull();
        assertThat(PersonRules.problem(LAST, name, EMAIL)).isNull();
    }

    @Test
    void aLongNameIsNoReasonToLeaveSomeoneOut() {
        assertThat(PersonRules.problem("D".repeat(150), FIRST, EMAIL)).isNull();
        assertThat(PersonRules.problem(LAST, "J".repeat(5000), EMAIL)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u00A0\u200B", "\u202F\u2060\uFEFF", "\u200D\u200C", "\u202E\u00A0"})
    void aNameMadeOnlyOfInvisibleCharactersIsInvalidAndNamed(String invisible) {
        assertThat(PersonRules.problem(invisible, FIRST, EMAIL)).startsWith("last name made only of invisible characters (U+");
        assertThat(PersonRules.problem(LAST, invisible, EMAIL)).startsWith("first name made only of invisible characters (U+");
    }

    @Test
    void normaliseEmailTrimsAndLowerCases() {
        assertThat(PersonRules.normaliseEmail("  Jean.DUPONT@Example.FR ")).isEqualTo("jean.dupont@example.fr");
        assertThat(PersonRules.normaliseEmail(null)).isNull();
    }
}
