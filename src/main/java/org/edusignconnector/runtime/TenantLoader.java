package org.edusignconnector.runtime;

import org.apache.camel.CamelContext;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * Called once the YAML is loaded and before routes are built (camel-main's afterConfigure): reads
 * the tenants from their templated routes and adds each tenant's Quartz schedule route.
 */
public class TenantLoader {

    private final TenantCatalog tenants;
    private final boolean schedulesEnabled;

    public TenantLoader(TenantCatalog tenants, boolean schedulesEnabled) {
        this.tenants = tenants;
        this.schedulesEnabled = schedulesEnabled;
    }

    public void load(CamelContext context) {
        tenants.load(context);
        if (schedulesEnabled) {
            try {
                context.addRoutes(new TenantSchedules(tenants.all()));
            } catch (Exception e) {
                throw new IllegalStateException("cannot add the tenant schedules: " + e.getMessage(), e);
            }
        }
    }
}
