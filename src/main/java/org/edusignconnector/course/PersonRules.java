package org.edusignconnector.course;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes a learner or instructor sendable to Edusign: a last name, a first name (each with
 * something visible in it: markup characters and length are no reason) and a valid e-mail.
 */
public final class PersonRules {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");
    private static final int MAX_EMAIL = 254;

    private PersonRules() {
    }

    /** The reason the person cannot be sent, or null when they can. */
    public static String problem(String lastName, String firstName, String email) {
        String last = nameProblem("last name", lastName);
        if (last != null) {
            return last;
        }
        String first = nameProblem("first name", firstName);
        if (first != null) {
            return first;
        }
        if (email == null || email.isBlank()) {
            return "no e-mail";
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email.trim()).matches()) {
            return "invalid e-mail '" + Text.cut(email, 60) + "'";
        }
        return null;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    private static String nameProblem(String what, String value) {
        return value == null || value.isBlank() ? "no " + what : Text.nameProblem(what, value);
    }
}
