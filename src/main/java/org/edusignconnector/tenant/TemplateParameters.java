package org.edusignconnector.tenant;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.CamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.RouteTemplateParameterDefinition;

/**
 * The parameters a source template declares, and their defaults: the one place a tenant setting's
 * default is written ({@code routes/*-to-edusign.yaml}), read here rather than repeated in Java.
 */
final class TemplateParameters {

    private final String template;
    private final Set<String> names;
    private final Map<String, String> defaults;

    private TemplateParameters(String template, Set<String> names, Map<String, String> defaults) {
        this.template = template;
        this.names = names;
        this.defaults = defaults;
    }

    /** The template's declared parameters, defaults resolved ({@code {{connector.edusign.base-url}}} and the like). */
    static TemplateParameters of(CamelContext context, String template) {
        RouteTemplateDefinition definition = ((ModelCamelContext) context).getRouteTemplateDefinition(template);
        Set<String> names = new TreeSet<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        if (definition != null && definition.getTemplateParameters() != null) {
            for (RouteTemplateParameterDefinition p : definition.getTemplateParameters()) {
                names.add(p.getName());
                if (p.getDefaultValue() != null) {
                    defaults.put(p.getName(), context.resolvePropertyPlaceholders(p.getDefaultValue()));
                }
            }
        }
        return new TemplateParameters(template, names, defaults);
    }

    Map<String, String> defaults() {
        return defaults;
    }

    /**
     * A misspelt parameter would otherwise be ignored silently, its default taking over (a deletion
     * guard of 20 % instead of the 0 % written): it stops the start-up, with the closest known name.
     */
    void rejectUnknown(String tenant, Set<String> given) {
        if (names.isEmpty()) {
            return;
        }
        // Camel also lists each parameter under its dashed spelling (celcat-page-size): the same parameter.
        Set<String> knownSpellings = new TreeSet<>();
        names.forEach(k -> knownSpellings.add(spelling(k)));
        // ... and so each given one: the spelling the file used (without dashes) is the one reported.
        given.stream().filter(name -> !knownSpellings.contains(spelling(name)))
                .min(Comparator.comparing((String name) -> name.contains("-")).thenComparing(name -> name))
                .ifPresent(name -> {
                    throw new TenantConfigException(tenant, name, "is not a parameter of template " + template
                            + ClosestName.to(name, names).map(closest -> "; did you mean " + closest + "?").orElse(""));
                });
    }

    private static String spelling(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }
}
