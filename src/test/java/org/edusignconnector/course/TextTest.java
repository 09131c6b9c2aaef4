package org.edusignconnector.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texts go to Edusign as the source wrote them: markup is text; control characters and direction
 * controls are removed, whitespace and invisible characters trimmed; only a text beyond the
 * technical cap is cut, with an ellipsis.
 */
class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Maths < Physique", "<b>TD</b> 3", "R&D > 2", "Algèbre — groupe 1", "Núñez García", "数学 101", "👩‍🏫 Atelier"})
    void markupAccentsAndEmojiAreKeptAsWritten(String text) {
        assertThat(Text.clean(text)).isEqualTo(text);
        assertThat(Text.forEdusign(text)).isEqualTo(text);
        assertThat(Text.wasCut(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'  Algèbre  '|Algèbre",
            "'TD\r\nAlgèbre'|TD Algèbre",
            "'TD\tAlgèbre'|TD Algèbre",
            "'Du\u0000pont\u007F'|Dupont",
            "'\u202EnomiS\u202C'|nomiS",
            "'\u2067Ali\u2069 Ben'|Ali Ben",
            "'\u00A0\u200BB204\u200B\u00A0'|B204",
            "'\uFEFFSalle'|Salle"})
    void controlAndDirectionCharactersGoAndTheEndsAreTrimmed(String source, String sent) {
        assertThat(Text.clean(source)).isEqualTo(sent);
    }

    @Test
    void aZeroWidthJoinerInsideAWordIsKept() {
        assertThat(Text.clean("a\u200Db")).isEqualTo("a\u200Db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u00A0", " \u200B\u00A0 ", "\u2060\uFEFF", "\u202E\u202C", "\u200B\r\n"})
    void aTextMadeOnlyOfInvisibleCharactersIsNamedAsSuch(String invisible) {
        assertThat(Text.onlyInvisible(invisible)).isTrue();
        assertThat(Text.nameProblem("name", invisible)).startsWith("name made only of invisible characters (U+");
    }

    @Test
    void theProblemListsTheCodePointsItFound() {
        assertThat(Text.nameProblem("last name", "\u200B\u00A0")).isEqualTo("last name made only of invisible characters (U+200B U+00A0)");
        assertThat(Text.nameProblem("name", null)).isEqualTo("no name");
        assertThat(Text.nameProblem("name", "")).isEqualTo("no name");
        assertThat(Text.nameProblem("name", " \t ")).isEqualTo("no name");
        assertThat(Text.nameProblem("name", "x")).isNull();
    }

    @Test
    void aTextUpToTheCapIsSentWholeAndBeyondItIsCutWithAnEllipsis() {
        String atCap = "a".repeat(Text.MAX_SENT);
        assertThat(Text.forEdusign(atCap)).isEqualTo(atCap);
        assertThat(Text.wasCut(atCap)).isFalse();

        String beyond = "b".repeat(Text.MAX_SENT + 1);
        assertThat(Text.forEdusign(beyond)).hasSize(Text.MAX_SENT).endsWith("b…");
        assertThat(Text.wasCut(beyond)).isTrue();
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "x".repeat(8) + "😀😀";
        String cut = Text.cut(emoji, 10);
        assertThat(cut).isEqualTo("x".repeat(8) + "…");
        assertThat(cut.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void aQuoteIsShortAndNeverNull() {
        assertThat(Text.quote(null)).isEmpty();
        assertThat(Text.quote("court")).isEqualTo("court");
        assertThat(Text.quote("q".repeat(500))).hasSize(Text.MAX_QUOTED).endsWith("…");
    }
}
