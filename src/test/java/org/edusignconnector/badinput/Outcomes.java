package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;

/** The user-visible outcome of one case: its event in the run's log, and its course on Edusign or not. */
final class Outcomes {

    /** The event log keeps the first 400 characters of a source id. */
    private static final int SOURCE_ID_KEPT = 400;

    private Outcomes() {
    }

    /**
     * @param sourceId       the id the event must carry (the course key, or the record's position)
     * @param runEvents      the events of the run that read the case
     * @param edusignCourse  the Edusign course whose API_ID is the case's course key, if any
     */
    static void check(BadCase<?> c, String sourceId, List<SyncEvent> runEvents, Optional<ObjectNode> edusignCourse) {
        Expect expect = c.expect();
        String kept = sourceId.length() > SOURCE_ID_KEPT ? sourceId.substring(0, SOURCE_ID_KEPT) : sourceId;
        List<SyncEvent> mine = runEvents.stream().filter(e -> kept.equals(e.sourceId())).toList();
        switch (expect.fate()) {
            case SKIPPED -> {
                assertThat(mine).as("events naming %s: %s", shorten(kept), summary(mine)).filteredOn(e -> expect.reason().equals(e.reason()))
                        .singleElement().satisfies(e -> assertThat(e.message()).as("message").contains(expect.words()));
                assertThat(mine).as("no success recorded for %s", shorten(kept))
                        .noneMatch(e -> List.of("CREATED", "UPDATED").contains(e.reason()));
                assertThat(edusignCourse).as("on Edusign").isEmpty();
            }
            case PROBLEM -> assertThat(mine).as("events naming %s: %s", shorten(kept), summary(mine)).filteredOn(e -> expect.reason().equals(e.reason()))
                    .singleElement().satisfies(e -> assertThat(e.message()).as("message").contains(expect.words()));
            case SENT -> {
                assertThat(edusignCourse).as("on Edusign").hasValueSatisfying(
                        course -> assertThat(course.path("NAME").asText()).isEqualTo(expect.edusignName()));
                if (expect.reason() != null) {
                    assertThat(mine).as("events naming %s: %s", shorten(kept), summary(mine)).filteredOn(e -> expect.reason().equals(e.reason()))
                            .singleElement().satisfies(e -> assertThat(e.message()).as("message").contains(expect.words()));
                } else {
                    assertThat(mine).as("events naming %s: %s", shorten(kept), summary(mine)).isEmpty();
                }
            }
            default -> throw new IllegalArgumentException("not an item outcome: " + expect.fate());
        }
    }

    /** The outcome of a run over a broken listing: failed with a message naming the source and call, or completed. */
    static void checkRun(BadCase<?> c, RunSummary run, List<SyncEvent> runEvents) {
        Expect expect = c.expect();
        if (expect.fate() == Expect.Fate.RUN_FAILED) {
            assertThat(run.status()).as(run.message()).isEqualTo("FAILED");
            assertThat(run.message()).contains(expect.words());
            assertThat(runEvents).filteredOn(e -> "RUN_FAILED".equals(e.reason())).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains(expect.words()));
            if ("SOURCE_ERROR".equals(expect.reason())) {
                assertThat(runEvents).filteredOn(e -> "SOURCE_ERROR".equals(e.reason())).singleElement()
                        .satisfies(e -> assertThat(e.message()).contains(expect.words()));
            }
            assertThat(runEvents).as("no course marked invalid by a failed read")
                    .noneMatch(e -> "INVALID_COURSE_DATA".equals(e.reason()));
        } else {
            assertThat(expect.fate()).isEqualTo(Expect.Fate.RUN_COMPLETED);
            assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
            if (expect.reason() != null) {
                assertThat(runEvents).filteredOn(e -> expect.reason().equals(e.reason())).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.message()).contains(expect.words()));
            }
        }
    }

    private static String summary(List<SyncEvent> events) {
        return events.stream().map(e -> e.reason() + " " + shorten(String.valueOf(e.message()))).toList().toString();
    }

    static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
