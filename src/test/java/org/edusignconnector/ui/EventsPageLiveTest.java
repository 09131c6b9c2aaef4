package org.edusignconnector.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.sim.celcat.CelcatEvent;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.celcat.CelcatTimetable;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.FaultInjector;
import org.edusignconnector.testing.HeadlessChromium;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events page of the REAL runtime in headless Chromium, as a support person uses it with the
 * viewer's credentials: the runtime (RuntimeHarness) syncs a small Celcat school into the Edusign
 * simulator, some courses created, some skipped with their reasons, and the page must show what the
 * runtime's own API and the simulator's records say — the tenant, its runs with their counts, the
 * chart, the log filtered by reason, a skipped course explained, and the run in progress while it
 * runs (Edusign held at a gate). {@link UiPageTest} covers the rendering edge cases on a stub.
 * Screenshots: target/screenshots/live-*.png.
 */
class EventsPageLiveTest {

    private static final String TENANT = "campus";
    private static final String KEY = "key-campus";
    private static final String API_CODE = "code-campus";
    private static final String NOW = "2026-03-22T10:00:00Z"; // a Sunday: the window is Mon 23 March .. Sun 5 April

    private static final String MATHS = "ev-maths";
    private static final String ENGLISH = "ev-english"; // one learner of two has an invalid e-mail: sent without her
    private static final String TUTORING = "ev-tutoring"; // its only learner has an invalid e-mail: NO_VALID_LEARNER
    private static final String EXAM = "ev-exam"; // category "Examen", excluded by the tenant: FILTERED_CATEGORY
    private static final String PHYSICS = "ev-physics";
    private static final String INVALID_EMAIL = "emma.girard.school.example";


    private static EdusignSimulator edusign;
    private static CelcatSimulator celcat;
    private static RuntimeHarness runtime;
    private static HeadlessChromium browser;
    private static LiveRuntime live;
    private static Seen firstRun;
    private static Seen secondRun;

    /**
     * What the simulators say of a run just over: the course creations and updates Edusign accepted,
     * and the timetable's courses that are not on Edusign (not sent).
     */
    private record Seen(long created, long updated, long notSent) {
        static Seen now() {
            long created = courseWrites("POST");
            long onEdusign = edusign.school(KEY).courses().size();
            return new Seen(created, courseWrites("PATCH"), timetable().events().size() - onEdusign);
        }
    }

    @BeforeAll
    static void startTheRuntimeAndSyncTwice() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "chromium and chromedriver are not installed");
        System.setProperty("CAMPUS_EDUSIGN_API_KEY", KEY);
        System.setProperty("CAMPUS_CELCAT_API_CODE", API_CODE);
        edusign = EdusignSimulator.start(0);
        edusign.addSchool(KEY);
        celcat = CelcatSimulator.start(0, API_CODE);
        populate(timetable());
        runtime = RuntimeHarness.create()
                .property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .clock(NOW).tenantYaml(TENANT + ".yaml", TENANT_YAML).start();
        live = new LiveRuntime(runtime);

        assertThat(adminSync().statusCode()).isEqualTo(200);
        firstRun = Seen.now();
        // A second run: the physics course moved to another room (an update), the rest as before.
        edusign.clearRequests();
        timetable().updateEvent(PHYSICS, e -> e.toBuilder().rooms(13).build());
        assertThat(adminSync().statusCode()).isEqualTo(200);
        secondRun = Seen.now();

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
    void withoutCredentialsThePageAndItsApiAreRefused() throws Exception {
        HttpResponse<String> page = get("/ui/", null);
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(page.body()).doesNotContain("<script");
        assertThat(get("/ui/app.js", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/tenants", basic("viewer", "guess")).statusCode()).isEqualTo(401);

        // A browser that was given no credentials, or a wrong password, gets no page: Chromium ends on its
        // error page (the runtime's 401 challenge is cancelled), never on the events page.
        try (HeadlessChromium stranger = HeadlessChromium.start()) {
            String[][] attempts = {{"no-credentials", baseUrl() + "/ui/"},
                    {"wrong-password", "http://" + RuntimeHarness.VIEWER_USER + ":guess@127.0.0.1:" + runtime.httpPort() + "/ui/"}};
            for (String[] attempt : attempts) {
                String url = attempt[1];
                stranger.open(url);
                stranger.screenshot("live-0-refused-" + attempt[0]);
                assertThat(stranger.script("return location.href").asText()).as(url).doesNotStartWith(baseUrl());
                assertThat(stranger.script("return document.querySelectorAll('script[src], #tenants, section.tenant').length").asInt())
                        .as(url).isZero();
                assertThat(stranger.text()).as(url).doesNotContain(TENANT);
            }
        }

        // From the viewer's own page, a fetch that leaves the credentials out is refused as well.
        openThePage();
        int status = browser.script("return fetch(location.origin + '/api/tenants', { credentials: 'omit' }).then((r) => r.status, () => -1);").asInt();
        assertThat(status).isEqualTo(401);
    }

    @Test
    void theTenantAndItsLastRunsWithTheirCountsAndChart() throws Exception {
        openThePage();
        browser.screenshot("live-1-tenant-and-runs");

        JsonNode runs = api("/api/tenants/" + TENANT + "/runs?limit=20").get("runs");
        assertThat(runs.size()).isGreaterThanOrEqualTo(2);
        assertThat(browser.script("return [...document.querySelectorAll('section.tenant')].map(s => s.dataset.tenant)").toString())
                .isEqualTo("[\"" + TENANT + "\"]");
        assertThat(text("section.tenant .badge")).isEqualTo("celcat");
        assertThat(count("section.tenant tr.run")).isEqualTo(runs.size());
        for (JsonNode run : runs) {
            String row = text("tr.run[data-run='" + run.get("runId").asText() + "']");
            assertThat(row).contains(run.get("status").asText(), run.get("direction").asText());
            run.get("counts").fields().forEachRemaining(c -> assertThat(row).contains(c.getKey() + " " + c.getValue().asInt()));
        }

        // The first two runs (oldest last) against what Edusign accepted and what the timetable holds.
        JsonNode first = runs.get(runs.size() - 1);
        JsonNode second = runs.get(runs.size() - 2);
        assertThat(first.at("/counts/CREATED").asLong()).isEqualTo(firstRun.created()).isEqualTo(3);
        assertThat(first.at("/counts/NO_VALID_LEARNER").asLong() + first.at("/counts/FILTERED_CATEGORY").asLong())
                .isEqualTo(firstRun.notSent()).isEqualTo(2);
        assertThat(first.at("/counts/INVALID_PERSON").asInt()).isEqualTo(1); // Emma, left out of the English course
        assertThat(second.at("/counts/UPDATED").asLong()).isEqualTo(secondRun.updated()).isEqualTo(1);
        assertThat(second.at("/counts/CREATED").asLong()).isEqualTo(secondRun.created()).isZero();

        // The chart: one bar per run, oldest on the left, each bar's label with that run's numbers;
        // "skipped" counts the courses not sent, not Emma left out of a course that was.
        assertThat(count("section.tenant figure.chart svg g.bar")).isEqualTo(runs.size());
        List<String> labels = texts("section.tenant figure.chart svg g.bar title");
        assertThat(labels.get(0)).contains("created " + firstRun.created(), "updated 0", "skipped " + firstRun.notSent());
        assertThat(labels.get(1)).contains("created 0", "updated " + secondRun.updated(), "skipped " + secondRun.notSent());
        assertThat(count("section.tenant figure.chart svg g.bar:first-of-type rect.s-created")).isEqualTo(1);
        assertThat(count("section.tenant figure.chart svg g.bar:nth-of-type(2) rect.s-updated")).isEqualTo(1);
    }

    @Test
    void theLogFilteredByAReasonShowsOnlyThatReason() throws Exception {
        openThePage();
        assertThat(texts("section.tenant select[name=reason] option")).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Stream.of("all"), Arrays.stream(ReasonCode.values()).map(Enum::name)).toList());
        int all = count("section.tenant tr.event");
        select("FILTERED_CATEGORY");
        JsonNode expected = api("/api/tenants/" + TENANT + "/events?size=50&reason=FILTERED_CATEGORY").get("events");
        assertThat(expected.size()).isGreaterThanOrEqualTo(2);
        await("the log filtered by FILTERED_CATEGORY").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> reasonsShown().size() == expected.size() && reasonsShown().stream().allMatch("FILTERED_CATEGORY"::equals));
        browser.screenshot("live-2-filtered-by-reason");
        assertThat(all).isGreaterThan(expected.size());
        assertThat(text("section.tenant [data-part=events]")).contains("tt1/" + EXAM, "category 'Examen' is in EventCategoryNamesExcluded")
                .doesNotContain("tt1/" + TUTORING);

        select("NO_VALID_LEARNER");
        await("the log filtered by NO_VALID_LEARNER").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> !reasonsShown().isEmpty() && reasonsShown().stream().allMatch("NO_VALID_LEARNER"::equals));
        assertThat(text("section.tenant [data-part=events]")).contains("tt1/" + TUTORING, INVALID_EMAIL).doesNotContain("tt1/" + EXAM);
    }

    @Test
    void searchingACourseTellsWhyItIsNotOnEdusign() throws Exception {
        openThePage();
        search("tt1/" + TUTORING);
        await("the explanation of the tutoring course").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(this::explanation, answer -> answer.contains("Not on Edusign") || answer.contains("HTTP"));
        browser.screenshot("live-3-course-explained");
        JsonNode why = api("/api/tenants/" + TENANT + "/explain?sourceId=" + URLEncoder.encode("tt1/" + TUTORING, StandardCharsets.UTF_8));
        assertThat(explanation()).contains("Not on Edusign", "tt1/" + TUTORING, why.get("reason").asText(), "NO_VALID_LEARNER",
                "invalid e-mail '" + INVALID_EMAIL + "'");

        // From the log: the course clicked in the NO_VALID_LEARNER lines is explained the same way.
        browser.script("document.querySelector('section.tenant [data-part=explain] [data-close]').click()");
        select("NO_VALID_LEARNER");
        await("the NO_VALID_LEARNER lines").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> !reasonsShown().isEmpty() && reasonsShown().stream().allMatch("NO_VALID_LEARNER"::equals));
        browser.script("document.querySelector('section.tenant tr.event button[data-explain]').click()");
        await("the explanation of the course clicked").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(this::explanation, answer -> answer.contains("Not on Edusign: tt1/" + TUTORING));

        search("tt1/" + MATHS);
        await("the explanation of a course on Edusign").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(this::explanation, answer -> answer.contains("On Edusign") || answer.contains("HTTP"));
        String sheet = edusign.school(KEY).courses().stream().filter(c -> c.get("NAME").asText().equals("Mathématiques TD"))
                .findFirst().orElseThrow().get("ID").asText();
        assertThat(explanation()).contains("On Edusign", sheet);
    }

    @Test
    void theRunInProgressShowsTheCoursesDoneOutOfTotalWhileItRuns() throws Exception {
        openThePage(); // open before the run starts, as a support person would have it
        // Seven new courses after the five known ones; Edusign lets three course creations through, then holds the next.
        List<CelcatEvent> added = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 3, 30);
        for (int i = 0; i < 7; i++) {
            CelcatEvent e = event("ev-evening-" + (i + 1), monday.plusDays(i / 2), i % 2 == 0 ? 9 : 14, i % 2 == 0 ? 11 : 16)
                    .name("Cours du soir " + (i + 1)).category("TD").staff(501).groups(77).rooms(12).build();
            timetable().addEvent(e);
            added.add(e);
        }
        long creationsBefore = courseWrites("POST");
        CourseGate gate = new CourseGate(3);
        edusign.setFaultInjector(gate);
        CompletableFuture<HttpResponse<String>> run;
        try {
            run = live.sendAsync("POST", "/api/tenants/" + TENANT + "/sync", LiveRuntime.admin());
            await("the fourth course creation held").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(gate::waiting, n -> n == 1);

            CelcatEvent held = added.get(3);
            int total = timetable().events().size();
            int expectedDone = (int) timetable().events().stream().filter(e -> e.start().isBefore(held.start())).count();
            JsonNode current = api("/api/tenants/" + TENANT + "/runs/current");
            assertThat(current.get("running").asBoolean()).isTrue();
            assertThat(current.get("done").asInt()).isEqualTo(expectedDone);
            assertThat(current.get("total").asInt()).isEqualTo(total);
            assertThat(expectedDone).isBetween(1, total - 1);

            String shown = expectedDone + " / " + total;
            await("the page showing " + shown).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                    .until(() -> text("section.tenant [data-part=current]"), t -> t.contains(shown));
            browser.screenshot("live-4-run-in-progress");
            assertThat(text("section.tenant [data-part=current]")).contains("Run in progress", "(down)");
            assertThat(browser.script("const p = document.querySelector('section.tenant [data-part=current] progress');"
                    + " return [p.value, p.max];").toString()).isEqualTo("[" + expectedDone + "," + total + "]");

            // Opened again during the run: the progress at once, and the run in the table as RUNNING.
            openThePage();
            assertThat(text("section.tenant [data-part=current]")).contains(shown);
            assertThat(text("tr.run[data-run='" + current.get("runId").asText() + "']")).contains("RUNNING");
            browser.screenshot("live-4-run-in-progress-reopened");
        } finally {
            gate.open();
        }
        HttpResponse<String> answer = run.get(30, TimeUnit.SECONDS);
        edusign.setFaultInjector(null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode summary = LiveRuntime.json(answer.body());
        assertThat(summary.at("/counts/CREATED").asLong()).isEqualTo(added.size()).isEqualTo(courseWrites("POST") - creationsBefore);

        // When the run ends, the page says so by itself: the progress goes, the run is COMPLETED in the table, with its bar.
        String row = "tr.run[data-run='" + summary.get("runId").asText() + "']";
        await("the end of the run on the page").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> text("section.tenant [data-part=current]").isBlank() && text(row).contains("COMPLETED"));
        browser.screenshot("live-5-run-ended");
        assertThat(text(row)).contains("CREATED " + added.size(), "UNCHANGED " + firstRun.created());
        assertThat(texts("section.tenant figure.chart svg g.bar title")).last().asString().contains("created " + added.size());
    }

    // --- the school

    private static final String TENANT_YAML = """
            - templatedRoute:
                routeTemplateRef: celcat-to-edusign
                routeId: campus
                parameters:
                  - name: tenant
                    value: campus
                  - name: edusignUrl
                    value: "{{test.edusign.url}}"
                  - name: edusignApiKeyEnv
                    value: CAMPUS_EDUSIGN_API_KEY
                  - name: celcatUrl
                    value: "{{test.celcat.url}}"
                  - name: celcatApiCodeEnv
                    value: CAMPUS_CELCAT_API_CODE
                  - name: userNameFormat
                    value: LAST_COMMA_FIRST
                  - name: eventCategoryNamesExcluded
                    value: "Examen"
            """;

    private static CelcatTimetable timetable() {
        return celcat.timetable("1");
    }

    private static void populate(CelcatTimetable t) {
        t.addStaff(501, "MDUPONT", "DUPONT, Marie", "marie.dupont@school.example")
                .addStaff(502, "PMARTIN", "MARTIN, Paul", "paul.martin@school.example")
                .addStudent(9001, "E9001", "BERNARD, Léa", "lea.bernard@school.example", null)
                .addStudent(9002, "E9002", "PETIT, Hugo", "hugo.petit@school.example", null)
                .addStudent(9005, "E9005", "GIRARD, Emma", INVALID_EMAIL, null)
                .addGroup(77, "G1", "L1 Groupe A", 9001, 9002)
                .addRoom(12, "B101 SALLE TD 30p")
                .addRoom(13, "A001 AMPHI 120p");
        t.addEvent(event(MATHS, LocalDate.of(2026, 3, 23), 9, 11).name("Mathématiques TD").category("TD")
                .staff(501).groups(77).rooms(12).build());
        t.addEvent(event(ENGLISH, LocalDate.of(2026, 3, 24), 9, 11).name("Anglais").category("TD")
                .staff(502).students(9001, 9005).rooms(12).build());
        t.addEvent(event(TUTORING, LocalDate.of(2026, 3, 25), 9, 11).name("Tutorat").category("TD")
                .staff(502).students(9005).rooms(12).build());
        t.addEvent(event(EXAM, LocalDate.of(2026, 3, 26), 9, 12).name("Partiel de physique").category("Examen")
                .staff(501).groups(77).rooms(12).build());
        t.addEvent(event(PHYSICS, LocalDate.of(2026, 3, 27), 14, 16).name("Physique CM").category("CM")
                .staff(501, 502).groups(77).rooms(12).build());
    }

    private static CelcatEvent.Builder event(String id, LocalDate day, int fromHour, int toHour) {
        return CelcatEvent.builder(id).start(day.atTime(LocalTime.of(fromHour, 0))).end(day.atTime(LocalTime.of(toHour, 0)))
                .department("D : SCIENCES").sites("CAMPUS NORD");
    }

    /**
     * Lets {@code open} course creations through, then holds every further one until {@link #open()}:
     * the run stops at a known course, long enough to be watched (never longer than a minute).
     */
    private static final class CourseGate implements FaultInjector {
        private final Semaphore passes;
        private final AtomicInteger waiting = new AtomicInteger();

        CourseGate(int open) {
            passes = new Semaphore(open);
        }

        @Override
        public Optional<Fault> faultFor(String method, String path, long requestNumber) {
            if ("POST".equals(method) && "/v1/course".equals(path) && !passes.tryAcquire()) {
                waiting.incrementAndGet();
                try {
                    passes.tryAcquire(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    waiting.decrementAndGet();
                }
            }
            return Optional.empty();
        }

        int waiting() {
            return waiting.get();
        }

        void open() {
            passes.release(10_000);
        }
    }

    // --- the runtime's API and the simulator's records

    /** Course requests of that method that Edusign answered with success, since the last clearRequests(). */
    private static long courseWrites(String method) {
        return edusign.requests(KEY).stream()
                .filter(r -> r.method().equals(method) && r.path().equals("/v1/course") && r.isSuccessfulWrite()).count();
    }

    private static HttpResponse<String> adminSync() throws Exception {
        return live.send("POST", "/api/tenants/" + TENANT + "/sync", LiveRuntime.admin());
    }

    private static JsonNode api(String path) throws Exception {
        return live.api(path);
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        return live.get(path, authorization);
    }

    private static String basic(String user, String password) {
        return LiveRuntime.basic(user, password);
    }

    private static String baseUrl() {
        return live.baseUrl();
    }

    // --- the page

    /** The page as the viewer opens it: the credentials in the address, as a browser asks for them. */
    private void openThePage() {
        browser.open(live.pageAsViewer());
        await("the tenant, its runs and its log").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("section.tenant tr.run") >= 1 && count("section.tenant tr.event") >= 1
                        || browser.text().contains("did not answer"));
        assertThat(browser.text()).doesNotContain("did not answer");
    }

    private void select(String reason) {
        browser.script("""
                const select = document.querySelector('section.tenant select[name=reason]');
                select.value = arguments[0];
                select.dispatchEvent(new Event('change'));
                """, reason);
    }

    private void search(String sourceId) {
        browser.script("""
                const form = document.querySelector('section.tenant form[data-part=explain-form]');
                form.elements.sourceId.value = arguments[0];
                form.requestSubmit();
                """, sourceId);
    }

    private String explanation() {
        return text("section.tenant [data-part=explain]");
    }

    private List<String> reasonsShown() {
        return texts("section.tenant tr.event td:nth-child(3)");
    }

    private String text(String selector) {
        return browser.script("const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", selector).asText();
    }

    private List<String> texts(String selector) {
        return LiveRuntime.texts(browser, selector);
    }

    private int count(String selector) {
        return LiveRuntime.count(browser, selector);
    }
}
