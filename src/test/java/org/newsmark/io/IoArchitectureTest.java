package org.newsmark.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class IoArchitectureTest {

    @Test
    void ioUsesNeitherJavaFxNorSql() {
        JavaClasses io = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsmark.io");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..")
                .check(io);
    }
}
