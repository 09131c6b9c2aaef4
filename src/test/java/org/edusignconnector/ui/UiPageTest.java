package org.edusignconnector.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.edusignconnector.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The events page in headless Chromium against the stub API: what an operator reads (tenants, runs,
 * chart, the run in progress, the event log, a course explanation), and that text coming from the
 * API is shown as text, never run as markup. Screenshots: target/screenshots/ui-*.png.
 */
class UiPageTest {

    private static HeadlessChromium browser;
    private UiStubServer stub;

    @BeforeAll
    static void startBrowser() {
        if (HeadlessChromium.available()) {
            browser = HeadlessChromium.start();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openThePage() {
        Assumptions.assumeTrue(browser != null, "chromium and chromedriver are not installed");
        stub = UiStubServer.start(0);
        browser.open(stub.pageUrl());
        await("the tenants and their event logs").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> browser.script("return document.querySelectorAll('tr.event').length").asInt() >= 2);
    }

    @AfterEach
    void stopStub() {
        if (stub != null) {
            stub.close();
        }
    }

    @Test
    void tenantsRunsChartAndEventsAreShown() {
        String text = browser.text();
        browser.screenshot("ui-events-page");

        assertThat(browser.script("return [...document.querySelectorAll('section.tenant')].map(s => s.dataset.tenant)").toString())
                .isEqualTo("[\"acme\",\"univ\"]");
        assertThat(text).contains("celcat", "fca", "Deletions held: 9 of 30 future sheets");
        assertThat(rows("section[data-tenant=acme] tr.run")).isEqualTo(6); // the 20 last runs, not only the 3 of /api/tenants
        assertThat(text).contains("COMPLETED", "FAILED", "Edusign answered 503 (maintenance) after 5 retries",
                "UNCHANGED 30 · UPDATED 2 · SAME_DAY 2 · DELETED 1 · NO_VALID_LEARNER 1");
        assertThat(rows("section[data-tenant=acme] svg .bar")).isEqualTo(6);
        assertThat(rows("section[data-tenant=acme] svg rect.s-created")).isEqualTo(3);
        assertThat(text).contains("NO_VALID_LEARNER", "tt1/ev-no-valid-learner", "sheet deleted: the course is no longer in Celcat");
    }

    @Test
    void textFromTheApiIsShownAsTextNeverAsMarkup() {
        assertThat(browser.text()).contains("Chimie <img src=x onerror=\"window.pwned=1\"> TP", "9 of 30 <b>future</b> sheets");
        assertThat(browser.text()).contains("9 deletions held <b>now</b>");
        assertThat(rows("main img, #overview img")).isZero();
        assertThat(rows("main b, #overview .why b")).isZero();
        assertThat(browser.script("return window.pwned === undefined").asBoolean()).isTrue();
    }

    @Test
    void theOverviewComesFirstAndACountOpensTheLogFilteredByItsReason() {
        assertThat(browser.script("return [...document.querySelectorAll('#overview tr.ov-row')].map(r => r.dataset.tenant)").toString())
                .isEqualTo("[\"acme\",\"univ\"]");
        assertThat(stub.requests()).contains("/api/overview");
        String univ = browser.script("return document.querySelector('#overview tr[data-tenant=univ]').innerText").asText();
        assertThat(univ).contains("Needs a look", "9 of 30 deletions held", "doctor: 1 failed, 2 warnings", "COMPLETED")
                .doesNotContain("never");
        browser.screenshot("ui-overview");

        browser.script("document.querySelector('#overview tr[data-tenant=acme] a[data-reason=NO_VALID_LEARNER]').click()");
        await("acme's log filtered by NO_VALID_LEARNER").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> rows("section[data-tenant=acme] tr.event") == 1);
        assertThat(stub.requests()).contains("/api/tenants/acme/events?page=0&size=50&reason=NO_VALID_LEARNER");
        assertThat(browser.script("return document.querySelector('section[data-tenant=acme] select[name=reason]').value").asText())
                .isEqualTo("NO_VALID_LEARNER");
    }

    @Test
    void theRunInProgressIsPolledUntilItEnds() {
        await("the next poll").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> browser.text().contains("28 / 40"));
        browser.screenshot("ui-run-in-progress");
        await("the end of the run").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> !browser.text().contains("Run in progress"));
        assertThat(stub.requests()).filteredOn(r -> r.equals("/api/tenants/acme/runs/current")).hasSize(3);
        // A tenant without a run is only asked at the idle pace (5 s), for a run that starts later.
        assertThat(stub.requests()).filteredOn(r -> r.equals("/api/tenants/univ/runs/current")).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void theReasonFilterAsksTheApiAndShowsOnlyThatReason() {
        browser.script("""
                const select = document.querySelector('section[data-tenant=acme] select[name=reason]');
                select.value = 'NO_VALID_LEARNER';
                select.dispatchEvent(new Event('change'));
                """);
        await("the filtered log").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> rows("section[data-tenant=acme] tr.event") == 1);
        assertThat(stub.requests()).contains("/api/tenants/acme/events?page=0&size=50&reason=NO_VALID_LEARNER");
        assertThat(browser.script("return document.querySelector('section[data-tenant=acme] tr.event').innerText").asText())
                .contains("NO_VALID_LEARNER", "tt1/ev-no-valid-learner");
    }

    @Test
    void aCourseIdIsExplainedOnEdusignOrWhyNot() {
        explain("tt1/ev-monday-td");
        await("the answer for a course on Edusign").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(this::explanation, answer -> answer.contains("On Edusign"));
        assertThat(explanation()).contains("crs-8f2a61", "last synchronised", "SYNCED");
        assertThat(stub.requests()).contains("/api/tenants/acme/courses/tt1%2Fev-monday-td/explain");

        explain("tt1/ev-no-valid-learner");
        await("the answer for a course that is not").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(this::explanation, answer -> answer.contains("Not on Edusign"));
        assertThat(explanation()).contains("NO_VALID_LEARNER", "its only learner, MOREAU Lucas, has no e-mail");
        browser.screenshot("ui-explain");

        explain("tt1/unknown");
        await("the answer for an unknown course").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(this::explanation, answer -> answer.contains("HTTP 404"));
    }

    @Test
    void theDoctorButtonShowsEachCheckWithItsVerdictAndSetting() {
        browser.script("document.querySelector('section[data-tenant=acme] button[data-doctor]').click()");
        await("the doctor's checks").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> rows("section[data-tenant=acme] tr.check") == 3);
        String shown = browser.script("return document.querySelector('section[data-tenant=acme] [data-part=doctor]').innerText").asText();
        assertThat(shown).contains("At least one check failed", "FAIL", "get-id not-found", "edusignUrl (or the proxy in front of it)",
                "<b>without</b>");
        assertThat(stub.requests()).contains("/api/tenants/acme/doctor");
        browser.screenshot("ui-doctor");
    }

    private void explain(String sourceId) {
        browser.script("""
                const form = document.querySelector('section[data-tenant=acme] form[data-part=explain-form]');
                form.elements.sourceId.value = arguments[0];
                form.requestSubmit();
                """, sourceId);
    }

    private String explanation() {
        return browser.script("return document.querySelector('section[data-tenant=acme] [data-part=explain]').innerText").asText();
    }

    private int rows(String selector) {
        return browser.script("return document.querySelectorAll(arguments[0]).length", selector).asInt();
    }
}
