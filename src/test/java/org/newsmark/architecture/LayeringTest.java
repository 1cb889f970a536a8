package org.newsmark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, checked: a rule broken here is a design change to discuss. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsmark");

    @Test
    void layersDependOnlyDownwards() {
        noClasses().that().resideInAnyPackage("org.newsmark.domain..", "org.newsmark.agreement..", "org.newsmark.io..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "org.newsmark.storage..", "org.newsmark.service..", "org.newsmark.ui..", "org.newsmark.app..")
                .because("domain, agreement and io are pure: no UI, no JDBC")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.newsmark.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("all SQL lives in storage")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.newsmark.service..", "org.newsmark.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.newsmark.ui..")
                .because("services are shared by the window and the command line")
                .check(CLASSES);
    }

    @Test
    void theUiReachesStorageOnlyForItsExceptions() {
        noClasses().that().resideInAPackage("org.newsmark.ui..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "storage classes other than its exceptions",
                        c -> c.getPackageName().startsWith("org.newsmark.storage")
                                && !c.getSimpleName().endsWith("Exception")))
                .because("the UI talks to services")
                .check(CLASSES);
    }
}
