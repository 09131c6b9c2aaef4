package org.edusignconnector.doctor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.tenant.Tenant;

/**
 * What the connector assumes of a school's Edusign, checked with reads only: the key is accepted, the clocks
 * agree, answers come in the JSON envelope, an unknown API_ID is answered by Edusign's own not-found (a bare 404
 * is something in the way), the lists page as read, v3 answers when used, and the webhook secret is there when
 * attendance relies on it.
 */
final class EdusignChecks {

    static final String FAMILY = "edusign";
    private static final Duration MAX_SKEW = Duration.ofMinutes(2);

    private final Probe edusign;
    private final Tenant tenant;
    private final Clock wallClock;
    private final ListChecks lists;

    EdusignChecks(Probe edusign, Tenant tenant, Clock wallClock, ListChecks lists) {
        this.edusign = edusign;
        this.tenant = tenant;
        this.wallClock = wallClock;
        this.lists = lists;
    }

    List<Check> run() {
        List<Check> checks = new ArrayList<>();
        Probe.Answer first = edusign.get("/v1/professor?page=0");
        checks.add(key(first));
        if (first.failure() != null) {
            return checks; // nothing more can be learnt without the key
        }
        checks.add(clock(first));
        checks.add(envelope(first));
        checks.add(sentinel());
        checks.add(lists.students());
        checks.add(lists.courses());
        checks.add(webhook());
        return checks;
    }

    private Check key(Probe.Answer a) {
        if (a.refused()) {
            return Check.fail(FAMILY, "API key", "Edusign refused the key (HTTP " + a.status() + "): no run can read or write",
                    "edusignApiKeyEnv (the variable it names), edusignUrl");
        }
        if (a.failure() != null) {
            return Check.fail(FAMILY, "API key", "Edusign could not be reached: " + a.failure(), "edusignUrl");
        }
        return Check.pass(FAMILY, "API key", "the key is accepted");
    }

    private Check clock(Probe.Answer a) {
        String date = a.header("Date");
        if (date == null) {
            return Check.warn(FAMILY, "clock skew", "Edusign's answer has no Date header: the clocks cannot be compared",
                    "the machine's time synchronisation (NTP)");
        }
        try {
            Instant theirs = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration skew = Duration.between(theirs, wallClock.instant()).abs();
            if (skew.compareTo(MAX_SKEW) > 0) {
                return Check.warn(FAMILY, "clock skew", "this machine's clock is " + skew.toSeconds() + " s off Edusign's: the window"
                        + " (from tomorrow) and the lock times may be judged on the wrong side of midnight", "the machine's time synchronisation (NTP)");
            }
            return Check.pass(FAMILY, "clock skew", "the clocks agree within " + skew.toSeconds() + " s");
        } catch (DateTimeParseException unreadable) {
            return Check.warn(FAMILY, "clock skew", "Edusign's Date header is not an HTTP date: the clocks cannot be compared", "edusignUrl");
        }
    }

    private Check envelope(Probe.Answer a) {
        JsonNode json = a.json();
        if (json == null || !"success".equals(json.path("status").asText()) || !json.has("result")) {
            return Check.fail(FAMILY, "JSON envelope", "a list read was not answered {\"status\":\"success\",\"result\":...} (HTTP " + a.status()
                    + "): something other than Edusign answers, or an API the connector does not know", "edusignUrl");
        }
        return Check.pass(FAMILY, "JSON envelope", "answers come in Edusign's JSON envelope");
    }

    /** An API_ID nobody uses must be answered Edusign's JSON not-found: what the connector takes for "absent". */
    private Check sentinel() {
        String name = "get-id not-found";
        Probe.Answer a = edusign.get("/v1/course/get-id/ec1-doctor-sentinel-" + UUID.randomUUID());
        JsonNode json = a.json();
        if (json != null && "error".equals(json.path("status").asText())) {
            return Check.pass(FAMILY, name, "an unknown API_ID is answered by Edusign's not-found (\"" + json.path("message").asText() + "\")");
        }
        if (a.status() == 404) {
            return Check.fail(FAMILY, name, "an unknown API_ID got a bare 404 without Edusign's JSON: a proxy or gateway is in the way;"
                    + " the connector takes such answers as unknown, never as absent, so items would stay pending", "edusignUrl (or the proxy in front of it)");
        }
        if (json != null && "success".equals(json.path("status").asText())) {
            return Check.fail(FAMILY, name, "an unknown API_ID was answered success without a usable result: absence cannot be told;"
                    + " the connector creates nothing on such answers", "edusignUrl");
        }
        return Check.fail(FAMILY, name, "an unknown API_ID got neither Edusign's not-found nor a JSON answer (HTTP " + a.status() + ")"
                + (a.failure() == null ? "" : ": " + a.failure()), "edusignUrl");
    }

    private Check webhook() {
        if (!tenant.sendAttendance()) {
            return Check.pass(FAMILY, "webhook secret", "attendance is not sent back: no webhook needed");
        }
        if (tenant.webhookSecret() == null) {
            return Check.warn(FAMILY, "webhook secret", "attendance is sent back but no webhook secret is set: locked sheets are only"
                    + " found at the scheduled runs, on_course_locked calls are refused", "webhookSecretEnv");
        }
        return Check.pass(FAMILY, "webhook secret", "set: on_course_locked calls are accepted");
    }
}
