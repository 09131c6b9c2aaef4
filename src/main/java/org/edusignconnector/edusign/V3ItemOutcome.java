package org.edusignconnector.edusign;

/**
 * What Edusign's v3 said of one item of a batch upsert: taken (with the object's id, created or updated),
 * refused (with its code and message), or unknown (no result for it, or an answer not understood) — an unknown
 * item is neither created nor refused as far as the connector knows: it stays pending, and its external
 * reference makes the next attempt an update of whatever landed, never a second object.
 */
public record V3ItemOutcome(int inputIndex, Kind kind, String id, boolean created, String code, String message) {

    public enum Kind { TAKEN, REFUSED, UNKNOWN }

    static V3ItemOutcome taken(int index, String id, boolean created) {
        return new V3ItemOutcome(index, Kind.TAKEN, id, created, null, null);
    }

    static V3ItemOutcome refused(int index, String code, String message) {
        return new V3ItemOutcome(index, Kind.REFUSED, null, false, code, message);
    }

    static V3ItemOutcome unknown(int index, String why) {
        return new V3ItemOutcome(index, Kind.UNKNOWN, null, false, null, why);
    }
}
