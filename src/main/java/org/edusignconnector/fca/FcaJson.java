package org.edusignconnector.fca;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.PersonRules;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.SourcePerson;

/** How FCA Manager's person records and loose text fields are read, séances and registrations alike. */
final class FcaJson {

    private FcaJson() {
    }

    /**
     * A person record (trainer or learner). Names and e-mail are trimmed; what the rules object to
     * (a missing name, a malformed e-mail) travels with the person, so that it is recorded with its reason.
     */
    static SourcePerson person(SourcePerson.Role role, String key, JsonNode n, String phone) {
        String last = textOrNull(n, "nom");
        String first = textOrNull(n, "prenom");
        String email = textOrNull(n, "email");
        return new SourcePerson(role, key, last == null ? null : last.trim(), first == null ? null : first.trim(),
                email == null ? null : email.trim(), phone, PersonRules.problem(last, first, email));
    }

    /**
     * A text field, or null when it is missing or not text: used where a wrong type must not fail
     * the whole record (an id that is an object is the same as no id, and reported as such).
     */
    static String textOrNull(JsonNode n, String field) {
        try {
            return SourceJson.text(n, field);
        } catch (SourceJson.BadField bad) {
            return null;
        }
    }
}
