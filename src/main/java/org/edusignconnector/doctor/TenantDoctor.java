package org.edusignconnector.doctor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.celcat.CelcatClient;
import org.edusignconnector.celcat.CelcatSource;
import org.edusignconnector.fca.FcaClient;
import org.edusignconnector.fca.FcaSource;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.ProxySettings;
import org.edusignconnector.tenant.Secrets;
import org.edusignconnector.tenant.TenantSettings;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * The doctor of one tenant, before its first write: read-only checks of its Edusign school and of its source
 * (Celcat or FCA Manager), each PASS, WARN or
 * FAIL with what it means and the setting to change. Called from the command line ({@code --doctor TENANT})
 * and {@code GET /api/tenants/{t}/doctor}.
 */
public class TenantDoctor {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final TenantCatalog tenants;
    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final Clock connectorClock;
    private final Secrets secrets;

    public TenantDoctor(TenantCatalog tenants, HttpGateway gateway, ObjectMapper json, Clock connectorClock, Secrets secrets) {
        this.tenants = tenants;
        this.gateway = gateway;
        this.json = json;
        this.connectorClock = connectorClock;
        this.secrets = secrets;
    }

    public DoctorReport examine(String tenantName) {
        Tenant tenant = tenants.get(tenantName);
        Probe edusign = new Probe(gateway, json, "edusign", tenant.name(), tenant.edusignBaseUrl(),
                Map.of("Authorization", "Bearer " + tenant.edusignApiKey()), null);
        LocalDate today = LocalDate.now(connectorClock.withZone(PARIS));
        ListChecks lists = new ListChecks(edusign, today.plusDays(1), today.plusDays(tenant.windowDays()));
        // The skew is about this machine's real clock, not the connector's (fixed in demos and tests).
        List<Check> checks = new ArrayList<>(new EdusignChecks(edusign, tenant, Clock.systemUTC(), lists).run());
        boolean keyRefused = checks.stream().anyMatch(c -> c.name().equals("API key") && c.verdict() == Verdict.FAIL);
        if (!keyRefused) {
            checks.add(V3Check.of(tenant, new Probe(gateway, json, "edusign", tenant.name(), tenant.settings().required("edusignV3Url"),
                    Map.of("Authorization", "Bearer " + tenant.edusignApiKey()), null)));
        }
        checks.addAll(sourceChecks(tenant, today));
        return new DoctorReport(tenant.name(), List.copyOf(checks));
    }

    private List<Check> sourceChecks(Tenant tenant, LocalDate today) {
        TenantSettings s = tenant.settings();
        if (CelcatSource.TEMPLATE.equals(s.template())) {
            String apiCode = s.text("celcatApiCodeEnv") == null ? null : secrets.find(s.text("celcatApiCodeEnv"));
            return new CelcatChecks(tenant, id -> new Probe(gateway, json, CelcatClient.SYSTEM, tenant.name(), s.text("celcatUrl"),
                    CelcatChecks.headers(id, apiCode), null), today).run();
        }
        if (FcaSource.TEMPLATE.equals(s.template())) {
            String password = secrets.find(s.text("fcaPasswordEnv", ""));
            String basic = "Basic " + Base64.getEncoder().encodeToString((s.text("fcaUsername", "") + ":" + (password == null ? "" : password))
                    .getBytes(StandardCharsets.UTF_8));
            ProxySettings proxy = s.text("proxyHost") == null ? null : new ProxySettings(s.text("proxyHost"), s.number("proxyPort", 0),
                    s.text("proxyUsername"), s.text("proxyUsername") == null ? null : secrets.find(s.text("proxyPasswordEnv", "")));
            return new FcaChecks(tenant, new Probe(gateway, json, FcaClient.SYSTEM, tenant.name(), s.text("fcaUrl"),
                    Map.of("Authorization", basic), proxy), today).run();
        }
        return List.of();
    }
}
