package org.edusignconnector.api;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.edusignconnector.doctor.DoctorVerdicts;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.overview.TenantOverview;
import org.edusignconnector.sync.DeletionHolds;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * {@code GET /api/overview}: every tenant in one answer, problems first (see {@link TenantOverview}), for the
 * events page's first screen. Names, states, times and counts only: no setting, no key, no message of a person.
 */
public class OverviewEndpoint {

    /** Runs read per tenant to find its last finished run (its last down run is read apart). */
    private static final int RUNS_READ = 5;

    private final TenantCatalog tenants;
    private final RunStore runs;
    private final DeletionHolds holds;
    private final DoctorVerdicts doctor;
    private final TenantOverview overview;
    private final Clock clock;
    private final boolean scheduled;
    private final ObjectMapper json;

    public OverviewEndpoint(TenantCatalog tenants, RunStore runs, DeletionHolds holds, DoctorVerdicts doctor, Clock clock,
                            boolean scheduled, ObjectMapper json) {
        this.tenants = tenants;
        this.runs = runs;
        this.holds = holds;
        this.doctor = doctor;
        this.overview = new TenantOverview(json);
        this.clock = clock;
        this.scheduled = scheduled;
        this.json = json;
    }

    public void handle(Exchange exchange) {
        List<TenantOverview.TenantState> states = tenants.all().stream().map(this::state).toList();
        JsonAnswer.send(exchange, json, 200, Map.of("at", clock.instant(), "scheduled", scheduled,
                "tenants", overview.rows(states, clock.instant(), scheduled)));
    }

    private TenantOverview.TenantState state(Tenant t) {
        return new TenantOverview.TenantState(t.name(), t.source().system(), t.cron(), runs.last(t.name(), RUNS_READ),
                runs.lastCompleted(t.name()).orElse(null), runs.lastFinished(t.name(), SyncRequest.DOWN).orElse(null),
                holds.find(t.name()).orElse(null), doctor.find(t.name()).orElse(null));
    }
}
