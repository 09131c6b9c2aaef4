package org.edusignconnector.sim.edusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Value rules shared by the endpoints; every violation is an {@link EdusignError} naming the field. */
final class Fields {

    private static final Pattern UTC_INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    private Fields() {
    }

    static boolean present(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }

    /** Non-blank string. */
    static String requiredText(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw new EdusignError(field + " is required");
        }
        if (!value.isTextual()) {
            throw new EdusignError(field + " must be a string");
        }
        if (value.asText().isBlank()) {
            throw new EdusignError(field + " cannot be empty");
        }
        return value.asText();
    }

    /** Null when absent or null; the type was already checked by {@link FieldSpec}. */
    static String optionalText(ObjectNode object, String field) {
        return present(object, field) ? object.get(field).asText() : null;
    }

    static boolean requiredBoolean(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw new EdusignError(field + " is required");
        }
        if (!value.isBoolean()) {
            throw new EdusignError(field + " must be a boolean");
        }
        return value.booleanValue();
    }

    /** ISO-8601 instant in UTC with a literal Z, seconds required, fraction optional. */
    static Instant requiredUtcInstant(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw new EdusignError(field + " is required");
        }
        Instant instant = value.isTextual() ? parseUtc(value.asText()) : null;
        if (instant == null) {
            throw new EdusignError(field + " must be an ISO-8601 UTC date-time ending with Z"
                    + " (e.g. 2026-03-30T07:45:00Z), got: " + value);
        }
        return instant;
    }

    /** Null when {@code text} is not an ISO-8601 UTC instant ending with Z. */
    static Instant parseUtc(String text) {
        if (text == null || !UTC_INSTANT.matcher(text).matches()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String requiredEmail(ObjectNode object, String field) {
        String email = requiredText(object, field);
        if (!EMAIL.matcher(email).matches()) {
            throw new EdusignError(field + " is not a valid e-mail address: " + email);
        }
        return email;
    }

    static boolean sameEmail(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    /** The strings of an array field already type-checked by {@link FieldSpec}; duplicates refused. */
    static List<String> distinctStrings(ObjectNode object, String field) {
        List<String> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode item : object.get(field)) {
            if (item.asText().isBlank()) {
                throw new EdusignError(field + " cannot contain an empty id");
            }
            if (!seen.add(item.asText())) {
                throw new EdusignError(field + " contains " + item.asText() + " twice");
            }
            values.add(item.asText());
        }
        return values;
    }
}
