package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.sim.celcat.CelcatEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Celcat lists as real servers may answer them: pages silently capped below the size asked, a
 * server that ignores the page asked, a list without end, rooms given by id only. Every course
 * is found, nothing is deleted on a listing that may be cut short, and rooms reach Edusign named.
 */
class CelcatListsTest {

    private HostileCelcat celcat;

    @BeforeEach
    void school() {
        celcat = new HostileCelcat();
        CelcatEventCases.people(celcat.timetable());
        celcat.timetable().addRoom(13, "B102").addRoom(14, "Amphi <A>");
        for (int i = 1; i <= 5; i++) {
            LocalDateTime start = LocalDateTime.of(2026, 3, 23 + i, 9, 0);
            celcat.timetable().addEvent(CelcatEvent.builder("ev-" + i).start(start).end(start.plusHours(2)).name("Cours " + i)
                    .staff(501).students(9001).rooms(12).build());
        }
    }

    @AfterEach
    void stop() {
        celcat.close();
    }

    @Test
    void pagesCappedBelowTheSizeAskedHideNoCourse() {
        celcat.pageSize(4).runtime.start();
        celcat.timetable().lists().capPages(2);

        RunSummary run = celcat.sync();

        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(celcat.school().courses()).extracting(c -> c.get("NAME").asText())
                .containsExactlyInAnyOrder("Cours 1", "Cours 2", "Cours 3", "Cours 4", "Cours 5");
    }

    @Test
    void aServerThatIgnoresThePageStopsTheReadWithAnEventAndNothingIsDeleted() {
        celcat.pageSize(2).runtime.start();
        assertThat(celcat.sync().counts()).containsEntry("CREATED", 5L);
        celcat.timetable().lists().ignorePage();
        celcat.edusign.clearRequests();
        celcat.celcat.clearRequests();

        RunSummary run = celcat.sync();

        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(events(run)).filteredOn(e -> "SOURCE_ERROR".equals(e.reason())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("Celcat GET /Events", "page=1 identical to page=0", "nothing is deleted"));
        assertThat(celcat.edusign.requests(HostileCelcat.KEY)).noneMatch(r -> "DELETE".equals(r.method()));
        assertThat(celcat.school().courses()).hasSize(5);
        assertThat(celcat.celcat.requests()).filteredOn(r -> r.path().equals("/api/Events")).hasSize(2);
    }

    @Test
    void aListBeyondTheTenantsLimitFailsTheRunAndWritesNothing() {
        celcat.maxItems(4).runtime.start();

        RunSummary run = celcat.sync();

        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(events(run)).filteredOn(e -> "SOURCE_ERROR".equals(e.reason())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("Celcat GET /Events", "more than 4 items"));
        assertThat(celcat.writes()).isEmpty();
    }

    @Test
    void roomsGivenByIdAreNamedFromRoomsReadOnceEachOnceInOrder() {
        celcat.timetable().updateEvent("ev-1", e -> e.toBuilder().rooms(13, 12, 13, 14).build());
        celcat.timetable().updateEvent("ev-2", e -> e.toBuilder().rooms(99, 12).build());
        celcat.timetable().lists().roomsByIdOnly();
        celcat.runtime.start();

        RunSummary run = celcat.sync();

        assertThat(run.status()).as(run.message()).isEqualTo("COMPLETED");
        assertThat(celcat.course("tt1/ev-1").orElseThrow().get("CLASSROOM").asText()).isEqualTo("B102, B101, Amphi <A>");
        assertThat(celcat.course("tt1/ev-2").orElseThrow().get("CLASSROOM").asText()).isEqualTo("B101");
        assertThat(celcat.course("tt1/ev-3").orElseThrow().get("CLASSROOM").asText()).isEqualTo("B101");
        assertThat(celcat.celcat.requests()).as("/Rooms read once: its first page, then the empty one that ends it")
                .filteredOn(r -> r.path().equals("/api/Rooms")).extracting(r -> r.query()).containsExactly("page=0&pageSize=1000", "page=1&pageSize=1000");
        assertThat(events(run)).filteredOn(e -> "room:99".equals(e.sourceId())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("room id 99", "not in /Rooms"));
    }

    @Test
    void roomsNamedInTheEventNeedNoRoomsCallAndARepeatIsSentOnce() {
        celcat.timetable().updateEvent("ev-1", e -> e.toBuilder().rooms(12, 13, 12).build());
        celcat.runtime.start();

        celcat.sync();

        assertThat(celcat.course("tt1/ev-1").orElseThrow().get("CLASSROOM").asText()).isEqualTo("B101, B102");
        assertThat(celcat.celcat.requests()).noneMatch(r -> r.path().equals("/api/Rooms"));
    }

    private List<SyncEvent> events(RunSummary run) {
        return celcat.events().stream().filter(e -> run.runId().equals(e.runId())).toList();
    }
}
