package org.edusignconnector.sim.edusign;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * v3's {@code externalReferenceId} of each object, per kind, within one school. Strict reading: a field of its
 * own, not v1's API_ID (the reference does not say they are one field), so a v1 object has none until a v3
 * call sets it and v1 never shows it. Under {@link SchoolQuirks#externalReferenceIsApiId()} they are one field.
 */
final class ExternalReferences {

    private final Map<String, Map<String, String>> idByReference = new HashMap<>();

    Optional<String> find(String kind, String reference) {
        return Optional.ofNullable(idByReference.getOrDefault(kind, Map.of()).get(reference));
    }

    void set(String kind, String reference, String id) {
        idByReference.computeIfAbsent(kind, k -> new HashMap<>()).put(reference, id);
    }

    /** The reference an object carries, if any. */
    Optional<String> of(String kind, String id) {
        return idByReference.getOrDefault(kind, Map.of()).entrySet().stream()
                .filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst();
    }
}
