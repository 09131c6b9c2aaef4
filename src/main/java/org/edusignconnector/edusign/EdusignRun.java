package org.edusignconnector.edusign;

import java.util.Map;

import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.events.LoggedRun;
import org.edusignconnector.tenant.Tenant;

/**
 * What the Edusign writers need of the run they write for: its client, the school's lists read once
 * per run, the people already ensured in it, and where to count outcomes.
 */
public interface EdusignRun extends LoggedRun {

    Tenant tenant();

    EdusignApi edusign();

    EdusignDirectory directory();

    /** Source key → Edusign id of each person or group this run has already ensured. */
    Map<String, String> ensured();

    void count(ReasonCode reason);

    /** Whether a sheet found in Edusign under another API_ID may be taken over (the tenant's adoptExistingSheets). */
    boolean adoptExistingSheets();
}
