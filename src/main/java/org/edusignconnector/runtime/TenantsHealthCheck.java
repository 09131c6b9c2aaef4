package org.edusignconnector.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.edusignconnector.events.RunStore;
import org.edusignconnector.sync.DeletionHolds;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * The tenants' state in the health details: whose last run failed, whose deletions are held.
 * Always UP: one tenant's trouble must not take the whole runtime out of service.
 */
public class TenantsHealthCheck extends AbstractHealthCheck {

    private final TenantCatalog tenants;
    private final RunStore runs;
    private final DeletionHolds holds;

    public TenantsHealthCheck(TenantCatalog tenants, RunStore runs, DeletionHolds holds) {
        super("connector", "tenants");
        this.tenants = tenants;
        this.runs = runs;
        this.holds = holds;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        List<String> failed = new ArrayList<>();
        List<String> held = new ArrayList<>();
        try {
            for (Tenant t : tenants.all()) {
                runs.last(t.name(), 1).stream().filter(r -> "FAILED".equals(r.status())).findFirst()
                        .ifPresent(r -> failed.add(t.name() + ": " + r.message()));
                holds.find(t.name()).ifPresent(h -> held.add(t.name() + ": " + h.heldCount() + " of " + h.futureCount() + " sheets"));
            }
        } catch (RuntimeException e) {
            builder.detail("error", e.getMessage());
        }
        builder.detail("tenants", tenants.all().size());
        builder.detail("lastRunFailed", String.join("; ", failed));
        builder.detail("deletionsHeld", String.join("; ", held));
        builder.message(failed.isEmpty() && held.isEmpty() ? "all tenants fine"
                : failed.size() + " tenant(s) whose last run failed, " + held.size() + " with deletions held");
        builder.up();
    }
}
