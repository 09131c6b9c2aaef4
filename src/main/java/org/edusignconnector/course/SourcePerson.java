package org.edusignconnector.course;

import java.util.Objects;

/**
 * A learner or instructor as the source system describes them, after name splitting.
 * {@code sourceKey} is stable across runs (the source id); {@code problem} is set when the
 * person cannot be sent (no last name, no first name, invalid e-mail...).
 */
public record SourcePerson(Role role, String sourceKey, String lastName, String firstName, String email,
                           String phone, String problem) {

    public enum Role { LEARNER, INSTRUCTOR }

    public SourcePerson {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sourceKey, "sourceKey");
    }

    public boolean valid() {
        return problem == null;
    }

    /** First and last name for messages and labels, at most 120 characters (a hostile name can be far longer). */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return Text.quote(name.isEmpty() ? sourceKey : name);
    }

    public SourcePerson withProblem(String newProblem) {
        return new SourcePerson(role, sourceKey, lastName, firstName, email, phone, newProblem);
    }
}
