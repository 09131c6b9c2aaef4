package org.edusignconnector.sync;

import org.apache.camel.Exchange;
import org.edusignconnector.tenant.TenantIdempotency;

/**
 * What the steps of the downstream route (source → Edusign) share on the exchange: the run travels as the
 * exchange property {@value #RUN}, a course's verdict as {@value #SKIP} or {@value #CHANGE_KEY}. The steps
 * themselves are beans of their own, in the order the route calls them: {@link CourseListing}, {@link DownPlanner}
 * (with {@link CourseChecks}), then {@link PlanReport} (dry runs), {@link V3Downstream} (v3-batch) or
 * {@link CourseWrites} (v1), then {@link VanishedCourses}.
 */
public final class Downstream {

    public static final String RUN = "syncRun";
    public static final String SKIP = "skip";
    public static final String CHANGE_KEY = "changeKey";
    public static final String FINGERPRINT = "courseFingerprint";
    /** The source fingerprint the ledger held for the course when the run planned it (null when none). */
    public static final String PREVIOUS_FINGERPRINT = "previousFingerprint";
    /** Header a tenant filter route sets to keep a course out, with a readable reason. */
    public static final String TENANT_SKIP_HEADER = "skipReason";

    private Downstream() {
    }

    /**
     * The key in the tenant's repository of one content of one course: a change of content is a new key, so it is
     * sent.
     */
    static String changeKey(SyncRun run, String sourceKey, String fingerprint) {
        return TenantIdempotency.key(run.tenantName(), sourceKey + "@" + fingerprint);
    }

    static SyncRun run(Exchange exchange) {
        return exchange.getProperty(RUN, SyncRun.class);
    }
}
