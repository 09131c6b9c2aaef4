package org.edusignconnector.badinput;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.edusign.ApiIds;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.sim.edusign.SchoolState;
import org.edusignconnector.testing.RuntimeHarness;

/**
 * What the hostile tenants of both sources share: their Edusign school, the runtime, and how a test
 * reads what a run did (the writes, the event log, the course made of a source key).
 */
abstract class HostileTenant implements AutoCloseable {

    static final String NOW = "2026-03-22T10:00:00Z";

    final EdusignSimulator edusign = EdusignSimulator.start(0);
    final RuntimeHarness runtime = RuntimeHarness.create();
    private final String system;
    private final String tenant;
    private final String key;

    HostileTenant(String system, String tenant, String key) {
        this.system = system;
        this.tenant = tenant;
        this.key = key;
        edusign.addSchool(key);
    }

    RunSummary sync() {
        return runtime.sync(tenant);
    }

    SchoolState school() {
        return edusign.school(key);
    }

    List<RecordedRequest> writes() {
        return edusign.requests(key).stream().filter(RecordedRequest::isWrite).toList();
    }

    /** The tenant's whole event log, newest first. */
    List<SyncEvent> events() {
        return runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class).page(tenant, 0, 100_000, null, null);
    }

    /** The events of one run, newest first. */
    List<SyncEvent> events(String runId) {
        return events().stream().filter(e -> runId.equals(e.runId())).toList();
    }

    /** The Edusign course of a source course key (Celcat "tt1/ev-1", an FCA séance id), found by its API_ID. */
    Optional<ObjectNode> course(String sourceKey) {
        String apiId = ApiIds.of(system, tenant, "course", sourceKey);
        return school().courses().stream().filter(c -> apiId.equals(c.path("API_ID").asText())).findFirst();
    }

    /** Stops the source simulator. */
    abstract void closeSource();

    @Override
    public void close() {
        runtime.close();
        closeSource();
        edusign.close();
    }
}
