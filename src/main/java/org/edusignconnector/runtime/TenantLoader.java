package org.edusignconnector.runtime;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.edusignconnector.course.StartupCheck;
import org.edusignconnector.tenant.Tenant;
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

    /** Once the routes run: each source's own start-up checks (e.g. FCA's default absence reason). */
    void verify() {
        for (Tenant t : tenants.all()) {
            if (t.source() instanceof StartupCheck check) {
                check.checkAtStartup();
            }
        }
    }

    public void load(CamelContext context) {
        tenants.load(context);
        try {
            context.addStartupListener(new ExtendedStartupListener() {
                @Override
                public void onCamelContextStarted(CamelContext started, boolean alreadyStarted) {
                    // nothing before the routes run
                }

                @Override
                public void onCamelContextFullyStarted(CamelContext started, boolean alreadyStarted) {
                    verify();
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot register the tenants' start-up checks", e);
        }
        if (schedulesEnabled) {
            try {
                context.addRoutes(new TenantSchedules(tenants.all()));
            } catch (Exception e) {
                throw new IllegalStateException("cannot add the tenant schedules: " + e.getMessage(), e);
            }
        }
    }
}
