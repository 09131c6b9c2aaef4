package org.edusignconnector.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aShortTextIsKeptAndNullStaysNull() {
        assertThat(Texts.cut("Maths", 5)).isEqualTo("Maths");
        assertThat(Texts.cut(null, 5)).isNull();
    }

    @Test
    void aCutEndsWithAnEllipsisWithinTheLimit() {
        assertThat(Texts.cut("Mathématiques", 6)).isEqualTo("Mathé…").hasSize(6);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "ab\uD83D\uDE00cd";
        assertThat(Texts.cut(text, 4)).isEqualTo("ab…");
    }

    @Test
    void oneLineFoldsWhitespaceAndNeverReturnsNull() {
        assertThat(Texts.oneLine("<html>\n  <body>oops</body>\n</html>", 100)).isEqualTo("<html> <body>oops</body> </html>");
        assertThat(Texts.oneLine(null, 10)).isEmpty();
        assertThat(Texts.oneLine("x".repeat(400), 300)).hasSize(300).endsWith("…");
    }

    @Test
    void anIdentifierIsCutWithoutAMark() {
        assertThat(Texts.prefix("x".repeat(450), 400)).isEqualTo("x".repeat(400));
        assertThat(Texts.prefix("abc", 400)).isEqualTo("abc");
        assertThat(Texts.prefix(null, 400)).isNull();
    }
}
