package org.edusignconnector.badinput;

import org.edusignconnector.edusign.ApiIds;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.celcat.CelcatTimetable;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.sim.edusign.SchoolState;
import org.edusignconnector.testing.RuntimeHarness;

/**
 * The "hostile" Celcat tenant (LAST_COMMA_FIRST names, timetable 1) against simulated Celcat and
 * Edusign, run on Sunday 2026-03-22 (window Monday 23 March .. Sunday 5 April).
 */
final class HostileCelcat implements AutoCloseable {

    static final String TENANT = "hostile";
    static final String KEY = "key-hostile";
    static final String API_CODE = "code-hostile";
    static final String NOW = "2026-03-22T10:00:00Z";

    private static final String TENANT_YAML = """
            - templatedRoute:
                routeTemplateRef: celcat-to-edusign
                routeId: hostile
                parameters:
                  - name: tenant
                    value: hostile
                  - name: edusignUrl
                    value: "{{test.edusign.url}}"
                  - name: edusignApiKeyEnv
                    value: HOSTILE_EDUSIGN_API_KEY
                  - name: celcatUrl
                    value: "{{test.celcat.url}}"
                  - name: celcatApiCodeEnv
                    value: HOSTILE_CELCAT_API_CODE
                  - name: userNameFormat
                    value: LAST_COMMA_FIRST
                  - name: celcatPageSize
                    value: "{{test.celcat.pageSize:1000}}"
                  - name: celcatMaxItems
                    value: "{{test.celcat.maxItems:100000}}"
                  - name: groups
                    value: "{{test.celcat.groups:false}}"
            """;

    final EdusignSimulator edusign = EdusignSimulator.start(0);
    final CelcatSimulator celcat = CelcatSimulator.start(0, API_CODE);
    final RuntimeHarness runtime = RuntimeHarness.create();

    HostileCelcat() {
        System.setProperty("HOSTILE_EDUSIGN_API_KEY", KEY);
        System.setProperty("HOSTILE_CELCAT_API_CODE", API_CODE);
        edusign.addSchool(KEY);
        runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .clock(NOW).tenantYaml("hostile.yaml", TENANT_YAML);
    }

    HostileCelcat pageSize(int size) {
        runtime.property("test.celcat.pageSize", String.valueOf(size));
        return this;
    }

    HostileCelcat maxItems(int max) {
        runtime.property("test.celcat.maxItems", String.valueOf(max));
        return this;
    }

    HostileCelcat groups() {
        runtime.property("test.celcat.groups", "true");
        return this;
    }

    CelcatTimetable timetable() {
        return celcat.timetable("1");
    }

    RunSummary sync() {
        return runtime.sync(TENANT);
    }

    SchoolState school() {
        return edusign.school(KEY);
    }

    List<RecordedRequest> writes() {
        return edusign.requests(KEY).stream().filter(RecordedRequest::isWrite).toList();
    }

    /** The tenant's whole event log, newest first. */
    List<SyncEvent> events() {
        return runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class).page(TENANT, 0, 100_000, null, null);
    }

    /** The Edusign course of a Celcat course key ("tt1/ev-1"), found by its API_ID. */
    Optional<ObjectNode> course(String courseKey) {
        String apiId = ApiIds.of("celcat", TENANT, "course", courseKey);
        return school().courses().stream().filter(c -> apiId.equals(c.path("API_ID").asText())).findFirst();
    }

    @Override
    public void close() {
        runtime.close();
        celcat.close();
        edusign.close();
    }
}
