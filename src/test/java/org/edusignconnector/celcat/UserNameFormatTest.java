package org.edusignconnector.celcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edusignconnector.celcat.UserNameFormat.FIRST_LAST;
import static org.edusignconnector.celcat.UserNameFormat.LAST_COMMA_FIRST;
import static org.edusignconnector.celcat.UserNameFormat.LAST_FIRST;

import org.edusignconnector.celcat.UserNameFormat.SplitName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Splitting Celcat's single {@code name} field (source-apis.md §1.3): the last name is the run of
 * fully upper-case tokens at the format's end; when every token is upper case, LAST_FIRST gives the
 * last token to the first name and FIRST_LAST the first one; an unsplittable name fails with a reason.
 */
class UserNameFormatTest {

    @Test
    void contractExampleLastCommaFirst() {
        assertSplit(LAST_COMMA_FIRST.split("DE LA FONTAINE, Jean-Marie"), "DE LA FONTAINE", "Jean-Marie");
    }

    @Test
    void contractExampleFirstLast() {
        assertSplit(FIRST_LAST.split("Jean-Marie DE LA FONTAINE"), "DE LA FONTAINE", "Jean-Marie");
    }

    @Test
    void contractExampleLastFirst() {
        assertSplit(LAST_FIRST.split("LEROY-DURAND JEAN"), "LEROY-DURAND", "JEAN");
    }

    @Test
    void lastFirstTakesTheUpperCaseRunWithParticlesAtTheStart() {
        assertSplit(LAST_FIRST.split("DE LA FONTAINE Jean-Marie"), "DE LA FONTAINE", "Jean-Marie");
        assertSplit(LAST_FIRST.split("VAN DER BERG Anne Sophie"), "VAN DER BERG", "Anne Sophie");
    }

    @Test
    void firstLastTakesTheUpperCaseRunAtTheEnd() {
        assertSplit(FIRST_LAST.split("Anne Sophie VAN DER BERG"), "VAN DER BERG", "Anne Sophie");
        assertSplit(FIRST_LAST.split("Marie LEROY-DURAND"), "LEROY-DURAND", "Marie");
    }

    @Test
    void allUpperCaseLastFirstGivesOnlyTheLastTokenToTheFirstName() {
        assertSplit(LAST_FIRST.split("DE LA FONTAINE JEAN"), "DE LA FONTAINE", "JEAN");
    }

    @Test
    void allUpperCaseFirstLastGivesOnlyTheFirstTokenToTheFirstName() {
        assertSplit(FIRST_LAST.split("JEAN DE LA FONTAINE"), "DE LA FONTAINE", "JEAN");
        assertSplit(FIRST_LAST.split("JEAN LEROY-DURAND"), "LEROY-DURAND", "JEAN");
    }

    @Test
    void hyphenatedFirstNameInUpperCaseStaysWhole() {
        assertSplit(LAST_FIRST.split("MARTIN JEAN-PIERRE"), "MARTIN", "JEAN-PIERRE");
        assertSplit(FIRST_LAST.split("JEAN-PIERRE MARTIN"), "MARTIN", "JEAN-PIERRE");
    }

    @Test
    void apostropheInAnUpperCaseLastNameCountsAsUpperCase() {
        assertSplit(FIRST_LAST.split("Jean D'ALEMBERT"), "D'ALEMBERT", "Jean");
    }

    @Test
    void noUpperCaseTokenFallsBackToOneTokenOfLastName() {
        assertSplit(FIRST_LAST.split("Jean Dupont"), "Dupont", "Jean");
        assertSplit(LAST_FIRST.split("Dupont Jean"), "Dupont", "Jean");
    }

    @Test
    void accentedCapitalsAreUpperCase() {
        assertSplit(LAST_FIRST.split("ÉTIENNE-FRANÇOIS Éloïse"), "ÉTIENNE-FRANÇOIS", "Éloïse");
        assertSplit(FIRST_LAST.split("Françoise LEFÈVRE ÇAVUŞ"), "LEFÈVRE ÇAVUŞ", "Françoise");
        assertSplit(LAST_COMMA_FIRST.split("GARÇON, Élodie"), "GARÇON", "Élodie");
    }

    @Test
    void anAccentedLowerCaseLetterMakesATokenMixedCase() {
        // "Élodie" starts with a capital É but is not an upper-case word: it is the first name.
        assertSplit(FIRST_LAST.split("Élodie CÔTÉ"), "CÔTÉ", "Élodie");
        assertSplit(LAST_FIRST.split("CÔTÉ Élodie"), "CÔTÉ", "Élodie");
    }

    @Test
    void extraWhitespaceIsCollapsed() {
        assertSplit(LAST_COMMA_FIRST.split("  DE   LA\tFONTAINE ,   Jean-Marie  "), "DE LA FONTAINE", "Jean-Marie");
        assertSplit(FIRST_LAST.split(" Jean-Marie \n DE  LA   FONTAINE "), "DE LA FONTAINE", "Jean-Marie");
        assertSplit(LAST_FIRST.split("\tLEROY-DURAND    JEAN \r\n"), "LEROY-DURAND", "JEAN");
    }

    @Test
    void lastCommaFirstWithoutACommaUsesTheUpperCaseRunAtTheStart() {
        assertSplit(LAST_COMMA_FIRST.split("DE LA FONTAINE Jean-Marie"), "DE LA FONTAINE", "Jean-Marie");
    }

    @ParameterizedTest
    @EnumSource(UserNameFormat.class)
    void oneTokenCannotBeSplit(UserNameFormat format) {
        SplitName split = format.split("DUPONT");

        assertFailure(split);
        assertThat(split.failure()).contains("DUPONT").contains("single word").contains(format.name());
    }

    @ParameterizedTest
    @EnumSource(UserNameFormat.class)
    void oneTokenSurroundedBySpacesCannotBeSplit(UserNameFormat format) {
        assertFailure(format.split("   Dupont   "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void emptyNameFailsWithAReason(String raw) {
        for (UserNameFormat format : UserNameFormat.values()) {
            SplitName split = format.split(raw);
            assertFailure(split);
            assertThat(split.failure()).isEqualTo("empty name");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {", Jean-Marie", "DE LA FONTAINE,", "DE LA FONTAINE ,  ", ",", " , "})
    void commaWithNothingOnOneSideFails(String raw) {
        SplitName split = LAST_COMMA_FIRST.split(raw);

        assertFailure(split);
        assertThat(split.failure()).contains("nothing on one side of the comma");
    }

    @Test
    void aSuccessfulSplitHasNoFailure() {
        SplitName split = LAST_FIRST.split("LEROY-DURAND JEAN");

        assertThat(split.ok()).isTrue();
        assertThat(split.failure()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "LAST_COMMA_FIRST, LAST_COMMA_FIRST",
            "first_last, FIRST_LAST",
            "'  Last_First ', LAST_FIRST"})
    void parseAcceptsAnyCaseAndSurroundingSpaces(String value, UserNameFormat expected) {
        assertThat(UserNameFormat.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FIRST LAST", "LASTNAME_FIRSTNAME", "", "LAST,FIRST"})
    void parseRejectsAnUnknownFormatNamingItAndTheChoices(String value) {
        assertThatThrownBy(() -> UserNameFormat.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + value + "'")
                .hasMessageContaining("LAST_COMMA_FIRST")
                .hasMessageContaining("FIRST_LAST")
                .hasMessageContaining("LAST_FIRST");
    }

    @Test
    void parseRejectsNullAsAnUnknownFormat() {
        assertThatThrownBy(() -> UserNameFormat.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown UserNameFormat 'null'");
    }

    private static void assertSplit(SplitName split, String lastName, String firstName) {
        assertThat(split.failure()).as("failure of %s", split).isNull();
        assertThat(split.ok()).isTrue();
        assertThat(split.lastName()).isEqualTo(lastName);
        assertThat(split.firstName()).isEqualTo(firstName);
    }

    private static void assertFailure(SplitName split) {
        assertThat(split.ok()).isFalse();
        assertThat(split.failure()).isNotBlank();
        assertThat(split.lastName()).isNull();
        assertThat(split.firstName()).isNull();
    }
}
