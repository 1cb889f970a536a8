package org.newsmark.agreement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The agreement code is pure computation: no UI toolkit, no database. */
class AgreementPackageDependenciesTest {

    @Test
    void noJavaFxOrSql() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsmark.agreement");
        noClasses().that().resideInAPackage("org.newsmark.agreement..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..")
                .check(classes);
    }
}
