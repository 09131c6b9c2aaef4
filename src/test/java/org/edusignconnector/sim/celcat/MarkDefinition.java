package org.edusignconnector.sim.celcat;

import java.util.List;
import java.util.Set;

/** A register mark; {@code definition} is P (present), A (absent) or L (late). */
public record MarkDefinition(int id, String abbreviation, String name, String definition) {

    private static final Set<String> DEFINITIONS = Set.of("P", "A", "L");

    public MarkDefinition {
        if (!DEFINITIONS.contains(definition)) {
            throw new IllegalArgumentException("definition must be P, A or L: " + definition);
        }
    }

    /** Seeded in every timetable. */
    public static List<MarkDefinition> defaults() {
        return List.of(
                new MarkDefinition(1, "P", "Present", "P"),
                new MarkDefinition(2, "A", "Absent", "A"),
                new MarkDefinition(3, "L", "Late", "L"));
    }

    public boolean isLate() {
        return "L".equals(definition);
    }
}
