package org.edusignconnector.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A template is a contract: every declared parameter has a description and is used (in the
 * template or by the code that reads tenant settings), every parameter the code reads is
 * declared, and the configuration reference (docs/configuration.md) lists each of them. A parameter's
 * default is written once, in its template: the Java reads it from there ({@code TenantSettings}) and
 * states no fallback of its own, and a parameter both templates declare has the same default in both.
 */
class TemplateContractTest {

    private static final Pattern DECLARED = Pattern.compile("^ {6}- name: (\\w+)\\s*$", Pattern.MULTILINE);
    private static final List<String> TEMPLATES = List.of("routes/celcat-to-edusign.yaml", "routes/fca-to-edusign.yaml");
    private static final Pattern DEFAULT_VALUE = Pattern.compile("^ {8}defaultValue: \"(.*)\"\\s*$");
    /** A typed read with a fallback of its own: {@code text("windowDays", "14")}, {@code s.number("fcaPageSize", 200)}. */
    private static final Pattern READ_WITH_FALLBACK = Pattern.compile("\\b(?:text|number)\\(\"(\\w+)\",");
    private static final Pattern READ = Pattern.compile("\\b(?:text|required|flag|number|list|secret)\\((?:s, )?\"(\\w+)\"");

    @Test
    void everyCelcatParameterIsDeclaredDescribedUsedAndDocumented() throws IOException {
        check("routes/celcat-to-edusign.yaml", "runtime/CelcatTenantFactory.java");
    }

    @Test
    void everyFcaParameterIsDeclaredDescribedUsedAndDocumented() throws IOException {
        check("routes/fca-to-edusign.yaml", "runtime/FcaTenantFactory.java");
    }

    @Test
    void aParameterBothTemplatesDeclareHasOneDefault() throws IOException {
        Map<String, Optional<String>> celcat = defaults(TEMPLATES.get(0));
        Map<String, Optional<String>> fca = defaults(TEMPLATES.get(1));
        Set<String> shared = new TreeSet<>(celcat.keySet());
        shared.retainAll(fca.keySet());

        assertThat(shared).as("the parameters both templates declare").contains("edusignUrl", "edusignApi", "windowDays", "courseFilter");
        assertThat(shared).allSatisfy(p -> assertThat(fca.get(p)).as("default of " + p + " in both templates").isEqualTo(celcat.get(p)));
    }

    @Test
    void theJavaRepeatsNoTemplateDefault() throws IOException {
        Set<String> withDefault = new TreeSet<>();
        for (String template : TEMPLATES) {
            defaults(template).forEach((name, value) -> value.ifPresent(v -> withDefault.add(name)));
        }
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = READ_WITH_FALLBACK.matcher(Files.readString(file));
                while (m.find()) {
                    if (withDefault.contains(m.group(1))) {
                        repeated.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(withDefault).as("parameters with a template default").contains("windowDays", "fcaPageSize", "celcatMaxItems");
        assertThat(repeated).as("fallbacks in Java for parameters whose template declares the default").isEmpty();
    }

    /** Each declared parameter of a template, with its default when it declares one. */
    private static Map<String, Optional<String>> defaults(String templateFile) throws IOException {
        Map<String, Optional<String>> defaults = new LinkedHashMap<>();
        String current = null;
        for (String line : Files.readAllLines(Path.of(templateFile))) {
            Matcher name = DECLARED.matcher(line);
            Matcher value = DEFAULT_VALUE.matcher(line);
            if (name.matches()) {
                current = name.group(1);
                defaults.put(current, Optional.empty());
            } else if (value.matches() && current != null) {
                defaults.put(current, Optional.of(value.group(1)));
            } else if (line.startsWith("    route:")) {
                break;
            }
        }
        return defaults;
    }

    private static void check(String templateFile, String factory) throws IOException {
        String template = Files.readString(Path.of(templateFile));
        Set<String> declared = declared(template);
        Set<String> read = readByCode(List.of("tenant/TenantCatalog.java", "sync/SyncRun.java", factory));
        Set<String> usedInYaml = new TreeSet<>();
        declared.forEach(p -> {
            if (template.contains("{{" + p + "}}")) {
                usedInYaml.add(p);
            }
        });

        assertThat(read).as("parameters read by the code must be declared").isSubsetOf(declared);
        Set<String> used = new TreeSet<>(read);
        used.addAll(usedInYaml);
        assertThat(used).as("declared parameters must be used").containsAll(declared);
        long descriptions = Pattern.compile("^ {8}description: ", Pattern.MULTILINE).matcher(template).results().count();
        assertThat(descriptions).as("each parameter has a description").isEqualTo(declared.size());
        String reference = Files.readString(Path.of("docs/configuration.md"));
        String heading = "(`" + templateFile.substring(7, templateFile.length() - 5) + "` template";
        assertThat(reference).as("docs/configuration.md has a table for " + templateFile).contains(heading);
        String section = reference.substring(reference.indexOf(heading));
        String table = section.substring(0, section.indexOf("\n\n", section.indexOf("|---|")));
        assertThat(declared).allSatisfy(p -> assertThat(table).as("docs/configuration.md's table documents " + p).contains("| `" + p + "` |"));
    }

    private static Set<String> declared(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = DECLARED.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> readByCode(List<String> files) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String f : files) {
            Matcher m = READ.matcher(Files.readString(Path.of("src/main/java/org/edusignconnector", f)));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
