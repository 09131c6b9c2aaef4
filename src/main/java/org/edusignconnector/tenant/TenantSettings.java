package org.edusignconnector.tenant;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters a tenant file gives its template, with typed access. A parameter the file leaves
 * unset or blank takes the default its template declares (the only place defaults are written).
 * Secrets are not here: only the names of the environment variables that hold them.
 */
public final class TenantSettings {

    private final String tenant;
    private final String template;
    private final Map<String, String> values;
    private final Map<String, String> defaults;

    public TenantSettings(String tenant, String template, Map<String, String> values) {
        this(tenant, template, values, Map.of());
    }

    /** {@code defaults}: the template's declared parameter defaults. */
    public TenantSettings(String tenant, String template, Map<String, String> values, Map<String, String> defaults) {
        this.tenant = tenant;
        this.template = template;
        this.values = Map.copyOf(values);
        this.defaults = Map.copyOf(defaults);
    }

    public String tenant() {
        return tenant;
    }

    public String template() {
        return template;
    }

    /** The tenant file's value, else the template's default; null when neither says anything. */
    public String text(String name) {
        String v = given(name);
        return v != null ? v : set(defaults.get(name));
    }

    private String given(String name) {
        return set(values.get(name));
    }

    private static String set(String v) {
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

    /** A whole number from the tenant file or the template's default; with neither, a missing mandatory field. */
    public int number(String name) {
        return whole(name, required(name));
    }

    public int number(String name, int fallback) {
        String v = text(name);
        return v == null ? fallback : whole(name, v);
    }

    private int whole(String name, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new TenantConfigException(tenant, name, "must be a whole number, got '" + v + "'");
        }
    }

    /** A comma-separated list; the template's default when the file's holds no item; empty when neither has one. */
    public List<String> list(String name) {
        List<String> given = items(given(name));
        return given.isEmpty() ? items(set(defaults.get(name))) : given;
    }

    private static List<String> items(String v) {
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
