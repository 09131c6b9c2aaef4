package org.edusignconnector.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.testing.HeadlessChromium;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overview on the REAL runtime, as an operator with many schools opens the events page: three Celcat
 * schools synced once — atelier all well, campus with a course not sent for a learner without e-mail and a
 * course with a very long Celcat id, zenith whose Celcat refuses the API code (its run FAILED). The
 * failing school comes first though its name sorts last, each count links to the log filtered by its
 * reason, and the long id wraps in its column at 1280 px and on a phone (390 px).
 * Screenshots: target/screenshots/overview-*.png.
 */
class OverviewPageLiveTest {

    private static final String NOW = "2026-03-28T18:30:00Z"; // Saturday evening; summer time starts on Sunday 29 at 02:00
    private static final String CODE = "code-celcat";
    private static final String LONG_ID = "ev-" + "examen-final-semestre-2-groupe-international-".repeat(4) + "2026";
    private static final String TUTORING = "ev-tutoring";

    private static EdusignSimulator edusign;
    private static CelcatSimulator celcat;
    private static RuntimeHarness runtime;
    private static HeadlessChromium browser;
    private static LiveRuntime live;

    @BeforeAll
    static void syncThreeSchools() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "chromium and chromedriver are not installed");
        for (String school : List.of("ATELIER", "CAMPUS", "ZENITH")) {
            System.setProperty(school + "_EDUSIGN_KEY", "key-" + school.toLowerCase());
        }
        System.setProperty("OVERVIEW_CELCAT_CODE", CODE);
        System.setProperty("OVERVIEW_WRONG_CODE", "not-the-code");
        edusign = EdusignSimulator.start(0);
        List.of("key-atelier", "key-campus", "key-zenith").forEach(edusign::addSchool);
        celcat = CelcatSimulator.start(0, CODE);
        populate();
        runtime = RuntimeHarness.create()
                .property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .property("connector.edusign.v3-base-url", edusign.baseUrl())
                .property("connector.schedule.enabled", "true") // for the next runs; Quartz fires on real time, none during the test
                .clock(NOW)
                .tenantYaml("atelier.yaml", tenant("atelier", "2", "OVERVIEW_CELCAT_CODE"))
                .tenantYaml("campus.yaml", tenant("campus", "1", "OVERVIEW_CELCAT_CODE"))
                .tenantYaml("zenith.yaml", tenant("zenith", "1", "OVERVIEW_WRONG_CODE"))
                .start();
        live = new LiveRuntime(runtime);
        for (String tenant : List.of("atelier", "campus", "zenith")) {
            post("/api/tenants/" + tenant + "/sync");
        }
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.close();
        }
        if (runtime != null) {
            runtime.close();
        }
        if (celcat != null) {
            celcat.close();
        }
        if (edusign != null) {
            edusign.close();
        }
    }

    @Test
    void theOverviewApiListsTheFailedTenantFirstWithItsCountsAndNextRuns() throws Exception {
        assertThat(live.get("/api/overview", null).statusCode()).isEqualTo(401);
        HttpResponse<String> answer = live.get("/api/overview", LiveRuntime.viewer());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode rows = LiveRuntime.json(answer.body()).get("tenants");

        assertThat(names(rows)).containsExactly("zenith", "campus", "atelier");
        assertThat(rows.findValuesAsText("health")).containsExactly("FAILED", "NEEDS_A_LOOK", "HEALTHY");
        JsonNode zenith = rows.get(0);
        JsonNode campus = rows.get(1);
        JsonNode atelier = rows.get(2);
        assertThat(zenith.at("/lastRun/status").asText()).isEqualTo("FAILED");
        assertThat(zenith.get("lastSuccess").isNull()).isTrue();
        assertThat(atelier.get("lastSuccess").asText()).isEqualTo(atelier.at("/lastRun/endedAt").asText());

        // Campus: the skipped courses of its run, by reason, as the run recorded them.
        JsonNode run = api("/api/tenants/campus/runs?limit=1").at("/runs/0/counts");
        assertThat(run.get("NO_VALID_LEARNER").asInt()).isEqualTo(1);
        assertThat(run.get("FILTERED_CATEGORY").asInt()).isEqualTo(1);
        assertThat(campus.get("skipped").toString()).isEqualTo("{\"FILTERED_CATEGORY\":1,\"NO_VALID_LEARNER\":1}");
        assertThat(campus.get("why").toString()).contains("1 course not sent for a problem");
        assertThat(atelier.get("skipped").size()).isZero();

        // Next runs from the tenants' cron (11:15 and 18:15 Paris): Sunday 11:15 is already summer time, 09:15 UTC.
        assertThat(campus.get("nextRun").asText()).isEqualTo("2026-03-29T09:15:00Z");

        // Nothing secret in it: neither the keys nor the API codes nor the names of their variables.
        assertThat(answer.body()).doesNotContain("key-campus", CODE, "not-the-code", "_EDUSIGN_KEY", "OVERVIEW_");
    }

    @Test
    void theDoctorsLastVerdictShowsInTheOverviewWithoutRunningItAgain() throws Exception {
        HttpResponse<String> doctor = live.get("/api/tenants/zenith/doctor", LiveRuntime.admin());
        assertThat(doctor.statusCode()).isEqualTo(200);
        JsonNode report = LiveRuntime.json(doctor.body());
        long fails = 0;
        for (JsonNode c : report.get("checks")) {
            fails += c.get("verdict").asText().equals("FAIL") ? 1 : 0;
        }
        assertThat(fails).as("Celcat refuses zenith's API code").isPositive();
        long celcatCalls = celcat.requests().size();

        JsonNode zenith = row("zenith");
        assertThat(zenith.at("/doctor/failed").asBoolean()).isTrue();
        assertThat(zenith.at("/doctor/fails").asLong()).isEqualTo(fails);
        assertThat(zenith.at("/doctor/checkedAt").asText()).isEqualTo(NOW);
        assertThat(zenith.get("why").toString()).contains("doctor: " + fails + " failed check");
        assertThat(row("atelier").get("doctor").isNull()).isTrue();
        assertThat(celcat.requests()).hasSize((int) celcatCalls); // the overview asked Celcat nothing
    }

    @Test
    void onAWideScreenTheFailingTenantIsFirstAndALongIdWrapsInItsColumn() {
        browser.viewport(0, 0);
        openThePage();
        browser.screenshot("overview-1280");
        assertThat(browser.script("return window.innerWidth").asInt()).isEqualTo(1280);
        assertFailingTenantFirst();

        showLogOf("campus", "FILTERED_CATEGORY");
        browser.screenshot("overview-1280-long-id");
        assertTheLongIdFits();
        // The time column keeps its width on every line of the log.
        List<Integer> widths = new ArrayList<>();
        browser.script("return [...document.querySelectorAll('section[data-tenant=campus] tr.event td.time')]"
                + ".map(td => Math.round(td.getBoundingClientRect().width))").forEach(n -> widths.add(n.asInt()));
        assertThat(widths).isNotEmpty().allMatch(w -> w.equals(widths.get(0)));

        // The other reason link of campus: the log shows only that reason.
        showLogOf("campus", "NO_VALID_LEARNER");
        assertThat(texts("section[data-tenant=campus] tr.event td:nth-child(3)")).containsOnly("NO_VALID_LEARNER");
        assertThat(browser.script("return document.querySelector('section[data-tenant=campus] tr.event').innerText").asText())
                .contains("tt1/" + TUTORING);
    }

    @Test
    void onAPhoneTheOverviewIsCardsProblemsFirstAndNothingOverflowsTheScreen() {
        browser.viewport(390, 844);
        try {
            openThePage();
            assertThat(browser.script("return window.innerWidth").asInt()).isEqualTo(390);
            browser.screenshot("overview-390");
            assertFailingTenantFirst();
            assertThat(browser.script("return document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(390);

            // Below the cards, off screen: the last school's section has asked the API nothing yet.
            assertThat(apiCallsFor("atelier")).as("requests of atelier's section before it is on screen").isEmpty();
            assertThat(count("section[data-tenant=atelier] tr.event")).isZero();
            browser.script("document.querySelector('section[data-tenant=atelier]').scrollIntoView()");
            await("atelier's log, once on screen").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count("section[data-tenant=atelier] tr.event") >= 1);
            assertThat(apiCallsFor("atelier")).anyMatch(url -> url.contains("/events?"));

            showLogOf("campus", "FILTERED_CATEGORY");
            browser.screenshot("overview-390-long-id");
            assertTheLongIdFits();
            assertThat(browser.script("return document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(390);
        } finally {
            browser.viewport(0, 0);
        }
    }

    // --- the page

    private void openThePage() {
        browser.open(live.pageAsViewer());
        // The sections load their log as they come on screen: the overview is what the page shows first.
        await("the overview").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("#overview tr.ov-row") == 3 || browser.text().contains("did not answer"));
        assertThat(browser.text()).doesNotContain("did not answer");
    }

    private void assertFailingTenantFirst() {
        assertThat(texts("#overview tr.ov-row .ov-tenant a")).containsExactly("zenith", "campus", "atelier");
        assertThat(texts("#overview tr.ov-row:first-child .pill")).containsExactly("Last run failed");
        assertThat(browser.script("return document.querySelector('#overview tr.ov-row:first-child').getBoundingClientRect().top"
                + " < document.querySelector('#overview tr.ov-row[data-tenant=atelier]').getBoundingClientRect().top").asBoolean()).isTrue();
        // The sections below follow the same order.
        assertThat(texts("section.tenant h2")).containsExactly("zenith", "campus", "atelier");
    }

    /** Clicks the count of {@code reason} in the tenant's row, as an operator does, and waits for the filtered log. */
    private void showLogOf(String tenant, String reason) {
        browser.script("document.querySelector(`#overview tr[data-tenant=${arguments[0]}] a[data-reason=${arguments[1]}]`).click()",
                tenant, reason);
        await("the log of " + tenant + " filtered by " + reason).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    List<String> shown = texts("section[data-tenant=" + tenant + "] tr.event td:nth-child(3)");
                    return !shown.isEmpty() && shown.stream().allMatch(reason::equals);
                });
        assertThat(browser.script("return document.querySelector(`section[data-tenant=${arguments[0]}] select[name=reason]`).value",
                tenant).asText()).isEqualTo(reason);
    }

    /** The long Celcat id stays inside its cell and its table; its line's time stays on one line. */
    private void assertTheLongIdFits() {
        JsonNode m = browser.script("""
                const button = [...document.querySelectorAll('section[data-tenant=campus] tr.event button[data-explain]')]
                    .find((b) => b.dataset.explain.length > 100);
                if (!button) return null;
                const td = button.closest('td');
                const time = td.closest('tr').querySelector('td.time');
                const range = document.createRange();
                range.selectNodeContents(time);
                const section = td.closest('section');
                return { idRight: button.getBoundingClientRect().right, cellRight: td.getBoundingClientRect().right,
                  cellScroll: td.scrollWidth, cellClient: td.clientWidth,
                  tableRight: td.closest('table').getBoundingClientRect().right, sectionRight: section.getBoundingClientRect().right,
                  timeLines: range.getClientRects().length };
                """);
        assertThat(m.isNull()).as("the long id in campus's log").isFalse();
        assertThat(m.get("idRight").asDouble()).isLessThanOrEqualTo(m.get("cellRight").asDouble() + 1);
        assertThat(m.get("cellScroll").asInt()).isLessThanOrEqualTo(m.get("cellClient").asInt() + 1);
        assertThat(m.get("tableRight").asDouble()).isLessThanOrEqualTo(m.get("sectionRight").asDouble() + 1);
        assertThat(m.get("timeLines").asInt()).isEqualTo(1);
    }

    /** The page's requests to the API about one tenant, as the browser's resource timing lists them. */
    private List<String> apiCallsFor(String tenant) {
        List<String> out = new ArrayList<>();
        browser.script("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/api/tenants/' + arguments[0] + '/'))", tenant).forEach(n -> out.add(n.asText()));
        return out;
    }

    private List<String> texts(String selector) {
        return LiveRuntime.texts(browser, selector);
    }

    private int count(String selector) {
        return LiveRuntime.count(browser, selector);
    }

    // --- the schools

    private static void populate() {
        LocalDate monday = LocalDate.of(2026, 3, 30);
        celcat.timetable("1").addStaff(501, "MDUPONT", "DUPONT, Marie", "marie.dupont@school.example")
                .addStudent(9001, "E9001", "BERNARD, Léa", "lea.bernard@school.example", null)
                .addStudent(9005, "E9005", "GIRARD, Emma", "emma.girard.school.example", null)
                .addRoom(12, "B101 SALLE TD 30p");
        celcat.timetable("1").addEvent(event("ev-maths", monday, 9).name("Mathématiques TD").category("TD")
                .staff(501).students(9001).rooms(12).build());
        celcat.timetable("1").addEvent(event(TUTORING, monday.plusDays(1), 9).name("Tutorat").category("TD")
                .staff(501).students(9005).rooms(12).build());
        celcat.timetable("1").addEvent(event(LONG_ID, monday.plusDays(2), 14).name("Examen final").category("Examen")
                .staff(501).students(9001).rooms(12).build());
        celcat.timetable("2").addStaff(601, "PMARTIN", "MARTIN, Paul", "paul.martin@atelier.example")
                .addStudent(9101, "E9101", "PETIT, Hugo", "hugo.petit@atelier.example", null)
                .addRoom(21, "ATELIER 1");
        celcat.timetable("2").addEvent(event("ev-atelier", monday, 10).name("Atelier bois").category("TP")
                .staff(601).students(9101).rooms(21).build());
    }

    private static CelcatEvent.Builder event(String id, LocalDate day, int hour) {
        return CelcatEvent.builder(id).start(day.atTime(LocalTime.of(hour, 0))).end(day.atTime(LocalTime.of(hour + 2, 0)))
                .department("D : SCIENCES").sites("CAMPUS NORD");
    }

    private static String tenant(String name, String timetable, String codeEnv) {
        return """
                - templatedRoute:
                    routeTemplateRef: celcat-to-edusign
                    routeId: %1$s
                    parameters:
                      - name: tenant
                        value: %1$s
                      - name: edusignUrl
                        value: "{{test.edusign.url}}"
                      - name: edusignApiKeyEnv
                        value: %2$s_EDUSIGN_KEY
                      - name: celcatUrl
                        value: "{{test.celcat.url}}"
                      - name: celcatApiCodeEnv
                        value: %3$s
                      - name: timetables
                        value: "%4$s"
                      - name: userNameFormat
                        value: LAST_COMMA_FIRST
                      - name: eventCategoryNamesExcluded
                        value: "Examen"
                      - name: cron
                        value: "0 15 11,18 * * ?"
                """.formatted(name, name.toUpperCase(), codeEnv, timetable);
    }

    // --- the runtime's API

    private static JsonNode row(String tenant) throws Exception {
        for (JsonNode r : api("/api/overview").get("tenants")) {
            if (r.get("tenant").asText().equals(tenant)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + tenant);
    }

    private static List<String> names(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("tenant").asText()));
        return out;
    }

    private static JsonNode api(String path) throws Exception {
        return live.api(path);
    }

    private static void post(String path) throws Exception {
        live.send("POST", path, LiveRuntime.admin());
    }
}
