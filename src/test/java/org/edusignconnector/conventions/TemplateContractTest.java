package org.edusignconnector.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A template is a contract: every declared parameter has a description and is used (in the
 * template or by the code that reads tenant settings), every parameter the code reads is
 * declared, and the configuration reference (docs/configuration.md) lists each of them.
 */
class TemplateContractTest {

    private static final Pattern DECLARED = Pattern.compile("^ {6}- name: (\\w+)\\s*$", Pattern.MULTILINE);
    private static final Pattern READ = Pattern.compile("\\b(?:text|required|flag|number|list|secret)\\((?:s, )?\"(\\w+)\"");

    @Test
    void everyCelcatParameterIsDeclaredDescribedUsedAndDocumented() throws IOException {
        check("routes/celcat-to-edusign.yaml", "runtime/CelcatTenantFactory.java");
    }

    @Test
    void everyFcaParameterIsDeclaredDescribedUsedAndDocumented() throws IOException {
        check("routes/fca-to-edusign.yaml", "runtime/FcaTenantFactory.java");
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
