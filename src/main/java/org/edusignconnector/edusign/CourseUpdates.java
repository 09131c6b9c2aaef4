package org.edusignconnector.edusign;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A course PATCH that says everything: Edusign may keep a field a PATCH leaves out, so an instructor slot
 * the course no longer fills and a room it no longer has are sent explicitly empty (null).
 */
public final class CourseUpdates {

    /** Slots cleared when the ledger does not know how many the last write filled (rows from before it kept count). */
    static final int UNKNOWN_PREVIOUS_SLOTS = 5;

    private CourseUpdates() {
    }

    /** A copy of the course body with the slots from {@code filled + 1} to the previous count, and the room, explicit. */
    public static ObjectNode explicit(ObjectNode body, int filled, Integer previousSlots) {
        ObjectNode update = body.deepCopy();
        int previous = previousSlots == null ? UNKNOWN_PREVIOUS_SLOTS : previousSlots;
        for (int slot = filled + 1; slot <= previous; slot++) {
            update.putNull("PROFESSOR_" + slot);
        }
        if (!update.hasNonNull("CLASSROOM")) {
            update.putNull("CLASSROOM");
        }
        return update;
    }
}
