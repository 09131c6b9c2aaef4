package org.edusignconnector.conventions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way: sources → model ← sink, state below both, {@code sync} orchestrating,
 * {@code doctor}, {@code api} and {@code runtime} on top (README, "Layout"). Read from the compiled
 * main classes, so a stray import fails the build, not a review.
 */
class PackageLayersTest {

    private static final String ROOT = "org.edusignconnector";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static String[] packages(String... names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = ROOT + "." + names[i] + "..";
        }
        return out;
    }

    @Test
    void noPackageCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commonHelpersDependOnNoOtherPackage() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(packages("attendance", "course", "ledger", "events", "http",
                        "tenant", "celcat", "fca", "edusign", "sync", "doctor", "api", "runtime"))
                .check(MAIN);
    }

    @Test
    void theModelKnowsNoSystemAndNoState() {
        noClasses().that().resideInAnyPackage(packages("course", "attendance"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("edusign", "celcat", "fca", "http", "ledger", "events",
                        "tenant", "sync", "doctor", "api", "runtime"))
                .check(MAIN);
    }

    @Test
    void theStateKnowsNeitherEdusignNorTheModel() {
        noClasses().that().resideInAnyPackage(packages("ledger", "events"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("edusign", "celcat", "fca", "course", "attendance",
                        "http", "tenant", "sync", "doctor", "api", "runtime"))
                .check(MAIN);
    }

    @Test
    void sourcesKnowTheModelAndHttpOnly() {
        noClasses().that().resideInAnyPackage(packages("celcat", "fca"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("edusign", "ledger", "events", "tenant", "sync",
                        "doctor", "api", "runtime"))
                .check(MAIN);
    }

    @Test
    void sourcesDoNotKnowEachOther() {
        noClasses().that().resideInAPackage(ROOT + ".celcat..").should().dependOnClassesThat().resideInAPackage(ROOT + ".fca..")
                .check(MAIN);
        noClasses().that().resideInAPackage(ROOT + ".fca..").should().dependOnClassesThat().resideInAPackage(ROOT + ".celcat..")
                .check(MAIN);
    }

    @Test
    void theSinkKnowsNoSourceAndNothingAboveIt() {
        noClasses().that().resideInAPackage(ROOT + ".edusign..")
                .should().dependOnClassesThat().resideInAnyPackage(packages("celcat", "fca", "sync", "doctor", "api", "runtime"))
                .check(MAIN);
    }

    @Test
    void httpAndTenantStayBelowTheSystems() {
        noClasses().that().resideInAPackage(ROOT + ".http..")
                .should().dependOnClassesThat().resideInAnyPackage(packages("course", "attendance", "ledger", "events", "tenant",
                        "celcat", "fca", "edusign", "sync", "doctor", "api", "runtime"))
                .check(MAIN);
        noClasses().that().resideInAPackage(ROOT + ".tenant..")
                .should().dependOnClassesThat().resideInAnyPackage(packages("celcat", "fca", "edusign", "ledger", "events", "sync",
                        "doctor", "api", "runtime"))
                .check(MAIN);
    }

    @Test
    void onlyTheTopKnowsTheApiAndTheRuntime() {
        noClasses().that().resideOutsideOfPackages(packages("api", "runtime"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("api", "runtime"))
                .check(MAIN);
        noClasses().that().resideInAPackage(ROOT + ".api..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".runtime..")
                .check(MAIN);
    }
}
