package org.edusignconnector.tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.IdempotentRepository;
import org.edusignconnector.course.SourceAdapter;

/**
 * The tenants of this runtime, read from the routes that tenant files created from the source
 * templates (a template's route group is the template's id). Each tenant is checked at start-up
 * (a missing mandatory field or secret stops the runtime with a message naming the tenant and the
 * field) and gets its own JDBC idempotent repositories (processor names {@code <tenant>-downstream}
 * and {@code <tenant>-upstream}), safe when several instances share them ({@link SharedMessageIdRepository}).
 */
public class TenantCatalog {

    private final Map<String, TenantFactory> factories;
    private final Secrets secrets;
    private final DataSource dataSource;
    private final Map<String, Tenant> tenants = new LinkedHashMap<>();
    private final Map<String, SharedMessageIdRepository> repositories = new LinkedHashMap<>();

    /** The two flows that keep an idempotent repository per tenant. */
    public static final String DOWNSTREAM = "downstream";
    public static final String UPSTREAM = "upstream";

    public TenantCatalog(Map<String, TenantFactory> factories, Secrets secrets, DataSource dataSource) {
        this.factories = Map.copyOf(factories);
        this.secrets = secrets;
        this.dataSource = dataSource;
    }

    /** Reads every templated tenant route of the context and registers its repository. */
    public synchronized void load(CamelContext context) {
        Set<String> seen = new TreeSet<>();
        for (RouteDefinition route : ((ModelCamelContext) context).getRouteDefinitions()) {
            TenantSettings settings = settingsOf(context, route);
            if (settings == null) {
                continue;
            }
            if (!seen.add(settings.tenant())) {
                throw new TenantConfigException(settings.tenant(), "tenant", "is declared by more than one tenant file");
            }
            Tenant tenant = build(settings);
            tenants.put(tenant.name(), tenant);
            for (String flow : List.of(DOWNSTREAM, UPSTREAM)) {
                SharedMessageIdRepository repository = new SharedMessageIdRepository(dataSource, tenant.name() + "-" + flow);
                try {
                    context.addService(repository, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot start the idempotent repository of tenant '" + tenant.name() + "'", e);
                }
                repositories.put(tenant.name() + "-" + flow, repository);
            }
        }
    }

    public Tenant get(String name) {
        Tenant t = tenants.get(name);
        if (t == null) {
            throw new UnknownTenantException(name);
        }
        return t;
    }

    public boolean exists(String name) {
        return tenants.containsKey(name);
    }

    public List<Tenant> all() {
        return new ArrayList<>(tenants.values());
    }

    /** The tenant's JDBC idempotent repository of a flow (processor name {@code <tenant>-<flow>}). */
    public IdempotentRepository repository(String tenant, String flow) {
        IdempotentRepository r = repositories.get(tenant + "-" + flow);
        if (r == null) {
            throw new UnknownTenantException(tenant);
        }
        return r;
    }

    private TenantSettings settingsOf(CamelContext context, RouteDefinition route) {
        Map<String, Object> params = route.getTemplateParameters();
        if (params == null || params.isEmpty()) {
            return null;
        }
        // Each source template puts its routes in a group named after itself.
        String template = route.getGroup();
        if (!route.isCreatedFromTemplate() || template == null || !factories.containsKey(template)) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, v == null ? null : context.resolvePropertyPlaceholders(v.toString())));
        String tenant = values.get("tenant");
        if (tenant == null || tenant.isBlank()) {
            throw new TenantConfigException("(route " + route.getRouteId() + ")", "tenant", "is mandatory and missing");
        }
        if (!tenant.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new TenantConfigException(tenant, "tenant", "must be lower-case letters, digits and dashes");
        }
        TemplateParameters declared = TemplateParameters.of(context, template);
        declared.rejectUnknown(tenant, params.keySet());
        return new TenantSettings(tenant, template, values, declared.defaults());
    }

    private Tenant build(TenantSettings s) {
        String keyName = s.required("edusignApiKeyEnv");
        String apiKey = secrets.find(keyName);
        if (apiKey == null) {
            throw new TenantConfigException(s.tenant(), "edusignApiKeyEnv", "names " + keyName + ", which is not set in the environment");
        }
        int days = s.number("windowDays");
        if (days < 1 || days > 90) {
            throw new TenantConfigException(s.tenant(), "windowDays", "must be between 1 and 90, got " + days);
        }
        String cron = s.text("cron", DefaultSchedule.cronFor(s.tenant()));
        int lookback = s.number("attendanceLookbackDays");
        if (lookback < 0 || lookback > 365) {
            throw new TenantConfigException(s.tenant(), "attendanceLookbackDays", "must be between 0 and 365, got " + lookback);
        }
        String webhookSecretName = s.text("webhookSecretEnv");
        String webhookSecret = webhookSecretName == null ? null : secrets.find(webhookSecretName);
        if (webhookSecretName != null && webhookSecret == null) {
            throw new TenantConfigException(s.tenant(), "webhookSecretEnv", "names " + webhookSecretName + ", which is not set in the environment");
        }
        int maxDeletionPercent = s.number("maxDeletionPercent");
        if (maxDeletionPercent < 0 || maxDeletionPercent > 100) {
            throw new TenantConfigException(s.tenant(), "maxDeletionPercent", "must be between 0 and 100, got " + maxDeletionPercent);
        }
        SourceAdapter source = factories.get(s.template()).source(s);
        return new Tenant(s.tenant(), s, source, s.required("edusignUrl"), apiKey, days,
                s.flag("sendCredentials"), s.flag("groups"), cron, s.flag("sendAttendance"), lookback, webhookSecret, maxDeletionPercent);
    }
}
