package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Whether an object already on Edusign holds what we would send, field by field as Edusign gives them back
 * (times in any ISO form, ids as strings or objects, lists in any order): an adopted object that holds it
 * needs no PATCH. A field Edusign did not return counts as different — unknown is not equal.
 */
public final class RemoteContent {

    private RemoteContent() {
    }

    public static boolean holds(ObjectKind kind, ObjectNode body, JsonNode remote) {
        return switch (kind) {
            case COURSE -> sameText(body, remote, "NAME") && sameText(body, remote, "API_ID")
                    && sameInstant(body, remote, "START") && sameInstant(body, remote, "END")
                    && Objects.equals(blankAsNull(body.path("CLASSROOM").asText(null)), blankAsNull(remote.path("CLASSROOM").asText(null)))
                    && professors(body).equals(professors(remote))
                    && ids(body.get("STUDENTS"), "studentId").equals(ids(remote.get("STUDENTS"), "studentId"))
                    && (!body.has("SCHOOL_GROUP") || ids(body.get("SCHOOL_GROUP"), "ID").equals(ids(remote.get("SCHOOL_GROUP"), "ID")));
            case GROUP -> sameText(body, remote, "NAME") && sameText(body, remote, "API_ID")
                    && ids(body.get("STUDENTS"), "ID").equals(ids(remote.get("STUDENTS"), "ID"));
            case STUDENT, PROFESSOR -> sameText(body, remote, "FIRSTNAME") && sameText(body, remote, "LASTNAME")
                    && sameText(body, remote, "API_ID")
                    && body.path("EMAIL").asText("").trim().equalsIgnoreCase(remote.path("EMAIL").asText("").trim())
                    && (!body.has("PHONE") || sameText(body, remote, "PHONE"));
        };
    }

    /** The student ids on a course as Edusign returned it ({@code STUDENTS[].studentId}, or plain ids). */
    public static Set<String> studentIds(JsonNode course) {
        return ids(course.get("STUDENTS"), "studentId");
    }

    private static boolean sameText(JsonNode body, JsonNode remote, String field) {
        return Objects.equals(body.path(field).asText(null), remote.path(field).asText(null));
    }

    private static boolean sameInstant(JsonNode body, JsonNode remote, String field) {
        Instant ours = instant(body.path(field).asText(null));
        return ours != null && ours.equals(instant(remote.path(field).asText(null)));
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    private static List<String> professors(JsonNode course) {
        List<String> slots = new ArrayList<>();
        for (Iterator<String> it = course.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.matches("PROFESSOR(_\\d+)?")) {
                String id = blankAsNull(course.path(key).asText(null));
                if (id != null) {
                    int slot = key.equals("PROFESSOR") ? 1 : Integer.parseInt(key.substring("PROFESSOR_".length()));
                    while (slots.size() < slot) {
                        slots.add(null);
                    }
                    slots.set(slot - 1, id);
                }
            }
        }
        slots.removeIf(Objects::isNull);
        return slots;
    }

    private static Set<String> ids(JsonNode array, String key) {
        Set<String> ids = new TreeSet<>();
        if (array == null || !array.isArray()) {
            return ids;
        }
        for (JsonNode item : array) {
            String id = item.isObject() ? (item.hasNonNull(key) ? item.get(key).asText() : EdusignApi.idOrNull(item)) : item.asText(null);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
