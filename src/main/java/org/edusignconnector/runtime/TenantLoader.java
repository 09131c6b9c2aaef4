package org.edusignconnector.runtime;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.edusignconnector.course.StartupCheck;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * Called once the YAML is loaded and before routes are built (camel-main's afterConfigure): reads
 * the tenants from their templated routes and adds each tenant's Quartz schedule route.
 */
public class TenantLoader {

    private static final Logger LOG = LoggerFactory.getLogger(TenantLoader.class);

    private final TenantCatalog tenants;
    private final boolean schedulesEnabled;
    private final boolean clustered;

    /** {@code clustered}: the Quartz job store is shared by several instances (PostgreSQL). */
    public TenantLoader(TenantCatalog tenants, boolean schedulesEnabled, boolean clustered) {
        this.tenants = tenants;
        this.schedulesEnabled = schedulesEnabled;
        this.clustered = clustered;
    }

    /** Once the routes run: each source's own start-up checks (e.g. FCA's default absence reason). */
    void verify() {
        for (Tenant t : tenants.all()) {
            if (t.source() instanceof StartupCheck check) {
                check.checkAtStartup();
            }
        }
    }

    /**
     * A clustered job store keeps the triggers of every tenant it ever had: those of tenants no longer
     * configured are removed, so that they stop firing on the other instances.
     */
    void dropTriggersOfRemovedTenants(CamelContext context) {
        if (!schedulesEnabled || context.hasComponent("quartz") == null) {
            return;
        }
        try {
            Scheduler scheduler = context.getComponent("quartz", QuartzComponent.class).getScheduler();
            if (!scheduler.getMetaData().isJobStoreClustered()) {
                return;
            }
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(TenantSchedules.GROUP))) {
                if (!tenants.exists(key.getName())) {
                    scheduler.unscheduleJob(key);
                    LOG.info("removed the schedule of tenant '{}', which is no longer configured", key.getName());
                }
            }
        } catch (SchedulerException e) {
            LOG.warn("could not clean the schedules of removed tenants: {}", e.getMessage());
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
                    dropTriggersOfRemovedTenants(started);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot register the tenants' start-up checks", e);
        }
        if (schedulesEnabled) {
            try {
                context.addRoutes(new TenantSchedules(tenants.all(), clustered));
            } catch (Exception e) {
                throw new IllegalStateException("cannot add the tenant schedules: " + e.getMessage(), e);
            }
        }
    }
}
