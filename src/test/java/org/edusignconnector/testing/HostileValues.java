package org.edusignconnector.testing;

/**
 * The hostile values the tests feed the connector (names, ids, headers), in one place so that every
 * suite tries the same ones and a new one is added once.
 */
public final class HostileValues {

    /** A name that is markup: it must be sent as written, never interpreted. */
    public static final String SCRIPT = "<script>alert(1)</script>";
    /** U+200B: takes no room, so a name made of it looks empty. */
    public static final String ZERO_WIDTH_SPACE = "\u200B";
    /** U+00A0: a space that {@code String.trim()} and {@code isBlank()} keep. */
    public static final String NO_BREAK_SPACE = "\u00A0";
    /** U+202E … U+202C: shows the text in between reversed. */
    public static final String RIGHT_TO_LEFT_OVERRIDE = "\u202E";
    public static final String POP_DIRECTIONAL_FORMATTING = "\u202C";
    /** The origin of a page on another site, for cross-site request checks. */
    public static final String EVIL_ORIGIN = "https://evil.example";
    /** 100,000 letters without a space: far past every length cap. */
    public static final String HUGE = huge(100_000, false);
    /** 100,000 characters in words of 49 letters: past every cap, but breakable at spaces. */
    public static final String HUGE_WORDS = huge(100_000, true);

    private HostileValues() {
    }

    /** {@code text} between a right-to-left override and its closing pop. */
    public static String rightToLeft(String text) {
        return RIGHT_TO_LEFT_OVERRIDE + text + POP_DIRECTIONAL_FORMATTING;
    }

    /** {@code n} characters of filler, words separated by spaces every 50 characters when {@code words}. */
    public static String huge(int n, boolean words) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; s.length() < n; i++) {
            s.append(words && i % 50 == 49 ? ' ' : (char) ('a' + i % 26));
        }
        return s.toString();
    }
}
