package org.edusignconnector.tenant;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters a tenant file gives its template, with typed access. Secrets are not here:
 * only the names of the environment variables that hold them.
 */
public final class TenantSettings {

    private final String tenant;
    private final String template;
    private final Map<String, String> values;

    public TenantSettings(String tenant, String template, Map<String, String> values) {
        this.tenant = tenant;
        this.template = template;
        this.values = Map.copyOf(values);
    }

    public String tenant() {
        return tenant;
    }

    public String template() {
        return template;
    }

    public String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public String required(String name) {
        String v = text(name);
        if (v == null) {
            throw new TenantConfigException(tenant, name, "is mandatory and missing");
        }
        return v;
    }

    public String text(String name, String fallback) {
        String v = text(name);
        return v == null ? fallback : v;
    }

    public boolean flag(String name) {
        String v = text(name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new TenantConfigException(tenant, name, "must be true or false, got '" + v + "'");
        };
    }

    public int number(String name, int fallback) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new TenantConfigException(tenant, name, "must be a whole number, got '" + v + "'");
        }
    }

    /** A comma-separated list; empty when unset. */
    public List<String> list(String name) {
        String v = text(name);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "TenantSettings[" + tenant + " from " + template + "]";
    }
}
