package org.edusignconnector.doctor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * The doctor of one tenant, before its first write: read-only checks of its Edusign school, each PASS, WARN or
 * FAIL with what it means and the setting to change. Called from the command line ({@code --doctor TENANT})
 * and {@code GET /api/tenants/{t}/doctor}.
 */
public class TenantDoctor {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final TenantCatalog tenants;
    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final Clock connectorClock;

    public TenantDoctor(TenantCatalog tenants, HttpGateway gateway, ObjectMapper json, Clock connectorClock) {
        this.tenants = tenants;
        this.gateway = gateway;
        this.json = json;
        this.connectorClock = connectorClock;
    }

    public DoctorReport examine(String tenantName) {
        Tenant tenant = tenants.get(tenantName);
        Probe edusign = new Probe(gateway, json, "edusign", tenant.name(), tenant.edusignBaseUrl(),
                Map.of("Authorization", "Bearer " + tenant.edusignApiKey()), null);
        LocalDate today = LocalDate.now(connectorClock.withZone(PARIS));
        ListChecks lists = new ListChecks(edusign, today.plusDays(1), today.plusDays(tenant.windowDays()));
        // The skew is about this machine's real clock, not the connector's (fixed in demos and tests).
        List<Check> checks = new ArrayList<>(new EdusignChecks(edusign, tenant, Clock.systemUTC(), lists).run());
        return new DoctorReport(tenant.name(), List.copyOf(checks));
    }
}
