package org.edusignconnector.celcat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.edusignconnector.course.Text;

/**
 * How a Celcat institution writes its one combined {@code name} field, and how to split it.
 * Without a comma, the last name is the maximal run of fully upper-case tokens at the stated end;
 * when every token is upper case, LAST_FIRST takes the last token as first name and FIRST_LAST the first.
 */
public enum UserNameFormat {
    LAST_COMMA_FIRST, FIRST_LAST, LAST_FIRST;

    /** The split name, or {@link SplitName#failure} with a reason when the name cannot be split. */
    public SplitName split(String raw) {
        if (raw == null || raw.isBlank()) {
            return SplitName.failure("empty name");
        }
        String name = raw.strip().replaceAll("\\s+", " ");
        if (this == LAST_COMMA_FIRST && name.contains(",")) {
            int comma = name.indexOf(',');
            String last = name.substring(0, comma).strip();
            String first = name.substring(comma + 1).strip();
            if (last.isEmpty() || first.isEmpty()) {
                return SplitName.failure("cannot split '" + Text.quote(name) + "' as " + this + ": nothing on one side of the comma");
            }
            return new SplitName(last, first, null);
        }
        List<String> tokens = Arrays.asList(name.split(" "));
        if (tokens.size() < 2) {
            return SplitName.failure("cannot split '" + Text.quote(name) + "' as " + this + ": a single word");
        }
        boolean lastAtStart = this != FIRST_LAST;
        int run = upperRun(tokens, lastAtStart);
        if (run == tokens.size()) {
            run = tokens.size() - 1;
        } else if (run == 0) {
            run = 1;
        }
        List<String> lastTokens = lastAtStart ? tokens.subList(0, run) : tokens.subList(tokens.size() - run, tokens.size());
        List<String> firstTokens = lastAtStart ? tokens.subList(run, tokens.size()) : tokens.subList(0, tokens.size() - run);
        return new SplitName(String.join(" ", lastTokens), String.join(" ", firstTokens), null);
    }

    public static UserNameFormat parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown UserNameFormat '" + value + "' (expected one of "
                    + Arrays.toString(values()) + ")");
        }
    }

    private static int upperRun(List<String> tokens, boolean fromStart) {
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(fromStart ? i : tokens.size() - 1 - i);
            if (!isUpperWord(token)) {
                break;
            }
            count++;
        }
        return count;
    }

    private static boolean isUpperWord(String token) {
        boolean hasLetter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                hasLetter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return hasLetter;
    }

    /** A name split in last and first name, or a failure reason. */
    public record SplitName(String lastName, String firstName, String failure) {
        static SplitName failure(String why) {
            return new SplitName(null, null, why);
        }

        public boolean ok() {
            return failure == null;
        }
    }
}
