package org.edusignconnector.tenant;

import org.edusignconnector.course.SourceAdapter;

/**
 * A tenant ready to run: its settings, its source adapter and its Edusign school. The API key is a
 * resolved secret; {@link #toString()} never shows it.
 */
public record Tenant(String name, TenantSettings settings, SourceAdapter source, String edusignBaseUrl, String edusignApiKey,
                     int windowDays, boolean sendCredentials, boolean groups, String cron, boolean sendAttendance,
                     int attendanceLookbackDays, String webhookSecret, int maxDeletionPercent) {

    @Override
    public String toString() {
        return "Tenant[" + name + ", " + source.system() + ", Edusign " + edusignBaseUrl + "]";
    }
}
