package org.edusignconnector.common;

/**
 * How every text is cut when it goes into a message, a log line or a bounded database column: one
 * rule for the whole runtime, so that a cut is always visible (an ellipsis) and never splits a
 * character.
 */
public final class Texts {

    private static final char ELLIPSIS = '…';

    private Texts() {
    }

    /** At most {@code max} characters, the last one an ellipsis when cut; a surrogate pair is never split. Null stays null. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int keep = max - 1;
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + ELLIPSIS;
    }

    /**
     * An identifier kept in a bounded column: its first {@code max} characters, with no mark, so that a
     * lookup by those characters still finds it (a message is {@link #cut}, an identifier never gets an
     * ellipsis of ours). Null stays null.
     */
    public static String prefix(String id, int max) {
        return id == null || id.length() <= max ? id : id.substring(0, max);
    }

    /** A body or message quoted on one line: whitespace runs become one space, then {@link #cut}; null becomes empty. */
    public static String oneLine(String text, int max) {
        return text == null ? "" : cut(text.replaceAll("\\s+", " ").trim(), max);
    }
}
