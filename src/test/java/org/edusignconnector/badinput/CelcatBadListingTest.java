package org.edusignconnector.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.common.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Six courses already on Edusign (three pages of Celcat events); then, one run per case, Celcat
 * answers one of {@link CelcatListingCases}: an unreadable listing fails the run with a message
 * naming Celcat and the call, a readable one completes, and no case writes or deletes anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CelcatBadListingTest {

    private HostileCelcat celcat;
    private List<String> coursesBefore;
    private String realFirstPage;

    @BeforeAll
    void firstRunThenReadTheFirstPage() throws IOException, InterruptedException {
        celcat = new HostileCelcat().pageSize(2);
        celcat.timetable().addStaff(501, "MDUPONT", "DUPONT, Marie", "marie.dupont@school.example")
                .addStudent(9001, "E9001", "BERNARD, Léa", "lea.bernard@school.example", null)
                .addStudent(9002, "E9002", "PETIT, Hugo", "hugo.petit@school.example", null)
                .addGroup(77, "G1", "L1 Groupe A", 9001, 9002);
        int[] days = {23, 24, 25, 26, 27, 30};
        for (int i = 0; i < days.length; i++) {
            LocalDate day = LocalDate.of(2026, 3, days[i]);
            CelcatEvent.Builder e = CelcatEvent.builder("ev-" + (i + 1)).start(day.atTime(9, 0)).end(day.atTime(11, 0))
                    .name("Course " + (i + 1)).category("TD").staff(501);
            celcat.timetable().addEvent(i % 2 == 0 ? e.students(9001).build() : e.groups(77).build());
        }
        celcat.runtime.start();
        RunSummary first = celcat.sync();
        assertThat(first.counts()).as(first.message()).containsEntry("CREATED", 6L);
        coursesBefore = apiIds();
        HttpRequest page0 = HttpRequest.newBuilder(URI.create(celcat.celcat.baseUrl() + "/Events?startDate=2026-03-22&endDate=2026-04-05&page=0&pageSize=2"))
                .header("APICode", HostileCelcat.API_CODE).header("TimetableId", "1").build();
        realFirstPage = HttpClient.newHttpClient().send(page0, HttpResponse.BodyHandlers.ofString()).body();
    }

    @AfterAll
    void stop() {
        celcat.close();
    }

    static Stream<Arguments> cases() {
        return Census.arguments(CelcatListingCases.CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenAnswerFailsCleanlyOrIsReadAndDeletesNothing(BadCase<CelcatListingCases.Input> c) {
        CelcatListingCases.Input in = c.input();
        Fault fault = in.fault().apply(realFirstPage);
        AtomicInteger page = new AtomicInteger();
        celcat.edusign.clearRequests();
        celcat.celcat.setFaultInjector((method, path, n) ->
                path.equals(in.path()) && in.answers(page.getAndIncrement()) ? Optional.of(fault) : Optional.empty());
        RunSummary run;
        try {
            run = celcat.sync();
        } finally {
            celcat.celcat.setFaultInjector(null);
        }
        Outcomes.checkRun(c, run, celcat.events().stream().filter(e -> run.runId().equals(e.runId())).toList());
        assertThat(celcat.writes()).as("Edusign writes").isEmpty();
        assertThat(apiIds()).as("sheets on Edusign").containsExactlyInAnyOrderElementsOf(coursesBefore);
    }

    @Test
    void afterTheBrokenAnswersAGoodRunFindsEverythingUnchanged() {
        celcat.edusign.clearRequests();
        RunSummary run = celcat.sync();
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.counts()).containsEntry("UNCHANGED", 6L);
        assertThat(celcat.writes()).isEmpty();
    }

    private List<String> apiIds() {
        return celcat.school().courses().stream().map(c -> c.get("API_ID").asText()).toList();
    }
}
