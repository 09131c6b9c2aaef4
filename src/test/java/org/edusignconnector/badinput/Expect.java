package org.edusignconnector.badinput;

import java.util.List;

/**
 * What the user must see for one hostile input: the event (reason code, the item it names, words
 * of its message) and whether the course reached Edusign. {@code sourceId} is the event's
 * source id (a course key, or e.g. "timetable 1 event #3" for a record without a usable id).
 */
record Expect(Fate fate, String reason, String sourceId, List<String> words, String edusignName) {

    enum Fate {
        /** The course is kept out: one event with the reason, naming the course; nothing on Edusign. */
        SKIPPED,
        /** The record could not become a course at all: one source event naming it by position. */
        PROBLEM,
        /** Hostile but usable: the course is on Edusign, optionally with an event (a person left out). */
        SENT,
        /** A whole listing is unreadable: the run fails with a message naming the source and the call; nothing written. */
        RUN_FAILED,
        /** The run completes (with an event of {@code reason} when not null) and writes nothing. */
        RUN_COMPLETED
    }

    static Expect skipped(String reason, String sourceId, String... words) {
        return new Expect(Fate.SKIPPED, reason, sourceId, List.of(words), null);
    }

    static Expect problem(String reason, String sourceId, String... words) {
        return new Expect(Fate.PROBLEM, reason, sourceId, List.of(words), null);
    }

    static Expect sent(String sourceId, String edusignName) {
        return new Expect(Fate.SENT, null, sourceId, List.of(), edusignName);
    }

    static Expect runFailed(String... words) {
        return new Expect(Fate.RUN_FAILED, "RUN_FAILED", null, List.of(words), null);
    }

    /** The source answered something unreadable: the run fails, and a SOURCE_ERROR event names the call and what came back. */
    static Expect sourceError(String... words) {
        return new Expect(Fate.RUN_FAILED, "SOURCE_ERROR", null, List.of(words), null);
    }

    static Expect runCompleted(String reason, String... words) {
        return new Expect(Fate.RUN_COMPLETED, reason, null, List.of(words), null);
    }

    /** Sent, and an event with that reason names the course and contains the words (a person left out...). */
    Expect withEvent(String eventReason, String... eventWords) {
        return new Expect(fate, eventReason, sourceId, List.of(eventWords), edusignName);
    }

    String label() {
        return switch (fate) {
            case SKIPPED, PROBLEM -> reason;
            case SENT -> reason == null ? "sent" : "sent + " + reason;
            case RUN_FAILED -> "run fails, nothing written";
            case RUN_COMPLETED -> reason == null ? "run completes, nothing written" : "run completes with " + reason + ", nothing written";
        };
    }
}
