package org.edusignconnector.badinput;

import org.edusignconnector.edusign.ApiIds;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.sim.edusign.SchoolState;
import org.edusignconnector.sim.fca.FcaSimulator;
import org.edusignconnector.testing.RuntimeHarness;

/**
 * The "hostile-fca" FCA Manager tenant (default options) against simulated FCA Manager and
 * Edusign, run on Sunday 2026-03-22 (window Monday 23 March .. Sunday 5 April).
 */
final class HostileFca implements AutoCloseable {

    static final String TENANT = "hostile-fca";
    static final String KEY = "key-hostile-fca";
    static final String PASSWORD = "hostile-fca-password";
    static final String NOW = "2026-03-22T10:00:00Z";

    private static final String TENANT_YAML = """
            - templatedRoute:
                routeTemplateRef: fca-to-edusign
                routeId: hostile-fca
                parameters:
                  - name: tenant
                    value: hostile-fca
                  - name: edusignUrl
                    value: "{{test.edusign.url}}"
                  - name: edusignApiKeyEnv
                    value: HOSTILE_FCA_EDUSIGN_API_KEY
                  - name: fcaUrl
                    value: "{{test.fca.url}}"
                  - name: fcaUsername
                    value: connector
                  - name: fcaPasswordEnv
                    value: HOSTILE_FCA_PASSWORD
                  - name: fcaPageSize
                    value: "{{test.fca.pageSize:200}}"
                  - name: fcaMaxItems
                    value: "{{test.fca.maxItems:100000}}"
                  - name: groups
                    value: "{{test.fca.groups:false}}"
            """;

    final EdusignSimulator edusign = EdusignSimulator.start(0);
    final FcaSimulator fca = FcaSimulator.start(0, "connector", PASSWORD);
    final RuntimeHarness runtime = RuntimeHarness.create();

    HostileFca() {
        System.setProperty("HOSTILE_FCA_EDUSIGN_API_KEY", KEY);
        System.setProperty("HOSTILE_FCA_PASSWORD", PASSWORD);
        edusign.addSchool(KEY);
        runtime.property("test.fca.url", fca.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .clock(NOW).tenantYaml("hostile-fca.yaml", TENANT_YAML);
    }

    HostileFca pageSize(int size) {
        runtime.property("test.fca.pageSize", String.valueOf(size));
        return this;
    }

    HostileFca maxItems(int max) {
        runtime.property("test.fca.maxItems", String.valueOf(max));
        return this;
    }

    HostileFca groups() {
        runtime.property("test.fca.groups", "true");
        return this;
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

    /** The events of one run, newest first. */
    List<SyncEvent> events(String runId) {
        return runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class).page(TENANT, 0, 100_000, null, null)
                .stream().filter(e -> runId.equals(e.runId())).toList();
    }

    /** The Edusign course of an FCA séance id, found by its API_ID. */
    Optional<ObjectNode> course(String seanceId) {
        String apiId = ApiIds.of("fca", TENANT, "course", seanceId);
        return school().courses().stream().filter(c -> apiId.equals(c.path("API_ID").asText())).findFirst();
    }

    @Override
    public void close() {
        runtime.close();
        fca.close();
        edusign.close();
    }
}
