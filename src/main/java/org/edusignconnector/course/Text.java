package org.edusignconnector.course;

import org.edusignconnector.common.Texts;

/**
 * Source texts as they go to Edusign, and as they appear in messages. One place for both, so that
 * every name, room and title is cleaned the same way and every message cuts the same way.
 *
 * <p>Markup characters are text: {@code Maths < Physique} is a course title, not an attack (Edusign
 * and our own UI escape what they show). What is removed is what no one can see or type on purpose:
 * control characters (line breaks and tabs become a space) and Unicode direction controls, which
 * can make a name display as something else.
 */
public final class Text {

    /**
     * Edusign documents no length for a name, room or title (reference: edusign-api.md). This cap is
     * ours and only technical: a field of a thousand characters is no longer a name but a pasted
     * document, which we would otherwise send, fingerprint and log at every run. It is four times
     * the longest title seen in the samples' sources, so no real course or person is ever cut.
     */
    public static final int MAX_SENT = 1000;

    /** Longest source text quoted in a message (an event, an error). */
    public static final int MAX_QUOTED = 120;


    private Text() {
    }

    /**
     * The text as it goes to Edusign: control characters removed (a run of line breaks and tabs
     * becomes one space), direction controls removed, whitespace and invisible characters trimmed at both
     * ends. Null stays null; a text with nothing visible becomes empty.
     */
    public static String clean(String source) {
        if (source == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!Character.isISOControl(c) && !isDirectionControl(c)) {
                out.append(c);
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && isBlankChar(out.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }

    /**
     * True when the text looks filled but nothing in it can be seen: zero-width characters, no-break
     * spaces, direction controls (plain spaces alone are "no text", not this).
     */
    public static boolean onlyInvisible(String source) {
        return source != null && !source.isBlank() && clean(source).isEmpty();
    }

    /** Why a name cannot be sent, or null: none given (or only spaces), or made only of invisible characters. */
    public static String nameProblem(String what, String source) {
        if (source == null || source.isBlank()) {
            return "no " + what;
        }
        if (clean(source).isEmpty()) {
            return what + " made only of invisible characters (" + codePoints(source) + ")";
        }
        return null;
    }

    /** The cleaned text cut to {@link #MAX_SENT} characters with an ellipsis; see {@link #wasCut}. */
    public static String forEdusign(String source) {
        return cut(clean(source), MAX_SENT);
    }

    /** True when {@link #forEdusign} had to cut this text. */
    public static boolean wasCut(String source) {
        String cleaned = clean(source);
        return cleaned != null && cleaned.length() > MAX_SENT;
    }

    /** A source text quoted in a message: at most {@link #MAX_QUOTED} characters, never null. */
    public static String quote(String source) {
        return source == null ? "" : cut(source, MAX_QUOTED);
    }

    /** At most {@code max} characters, the last one an ellipsis when cut; a surrogate pair is never split. */
    public static String cut(String text, int max) {
        return Texts.cut(text, max);
    }

    /** U+202A..U+202E (embeddings, overrides), U+2066..U+2069 (isolates), U+200E/U+200F and U+061C (marks). */
    static boolean isDirectionControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /** Whitespace, any Unicode space (no-break spaces included) and the zero-width characters. */
    private static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
    }

    private static String codePoints(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(8).forEach(cp -> b.append(b.length() == 0 ? "" : " ").append(String.format("U+%04X", cp)));
        return s.codePointCount(0, s.length()) > 8 ? b + " ..." : b.toString();
    }
}
