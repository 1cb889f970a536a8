package org.newsmark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The whole picture of docs/architecture.md, in one place: app → ui → service → storage / io /
 * agreement → domain, storage behind the ports services own, no package cycle, view-models
 * without a Node and views without a service. A rule broken here is a design change to discuss.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsmark");

    /** Services use storage only through their ports (service.port), which storage implements; only app wires the two. */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.newsmark.app..")
            .layer("Ui").definedBy("org.newsmark.ui..")
            .layer("Service").definedBy("org.newsmark.service")
            .layer("Ports").definedBy("org.newsmark.service.port..")
            .layer("Storage").definedBy("org.newsmark.storage..")
            .layer("Io").definedBy("org.newsmark.io..")
            .layer("Agreement").definedBy("org.newsmark.agreement..")
            .layer("Fs").definedBy("org.newsmark.fs..")
            .layer("Domain").definedBy("org.newsmark.domain..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Ports").mayOnlyBeAccessedByLayers("Service", "Storage", "Ui", "App")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Service", "Ui", "App")
            .whereLayer("Agreement").mayOnlyBeAccessedByLayers("Service", "Ui", "App")
            .whereLayer("Fs").mayOnlyBeAccessedByLayers("Io", "Storage", "Service")
            .because("docs/architecture.md draws these layers; docs/decisions/0009 puts storage behind ports");

    static final ArchRule NO_CYCLES = slices().matching("org.newsmark.(**)").should().beFreeOfCycles();

    static final ArchRule PURE_LOWER_LAYERS = noClasses()
            .that().resideInAnyPackage("org.newsmark.domain..", "org.newsmark.agreement..", "org.newsmark.io..",
                    "org.newsmark.fs..", "org.newsmark.service..", "org.newsmark.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..", "org.controlsfx..")
            .because("only the window knows JavaFX; the command line runs the same services");

    static final ArchRule SQL_ONLY_IN_STORAGE = noClasses().that().resideOutsideOfPackage("org.newsmark.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("all SQL lives in storage");

    /** A view-model, with the classes the compiler makes inside it (lambdas, switch maps). */
    static final DescribedPredicate<JavaClass> VIEW_MODELS = DescribedPredicate.describe("view-models",
            c -> outermost(c).getSimpleName().endsWith("ViewModel"));

    static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    static final ArchRule VIEW_MODELS_HOLD_NO_NODE = noClasses().that(VIEW_MODELS)
            .should().dependOnClassesThat().areAssignableTo(javafx.scene.Node.class)
            .orShould().dependOnClassesThat().resideInAPackage("javafx.stage..")
            .because("a view-model is tested without a screen");

    static final ArchRule VIEWS_GO_THROUGH_VIEW_MODELS = noClasses()
            .that().resideInAPackage("org.newsmark.ui..").and(DescribedPredicate.not(VIEW_MODELS))
            .should().dependOnClassesThat().resideInAnyPackage("org.newsmark.service..", "org.newsmark.io..",
                    "org.newsmark.storage..", "org.newsmark.fs..")
            .because("a view binds and forwards; only its view-model talks to services (JabRef's MVVM)");

    @Test
    void layers() {
        LAYERS.check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        NO_CYCLES.check(CLASSES);
    }

    @Test
    void domainAgreementIoServiceAndStorageKnowNoJavaFx() {
        PURE_LOWER_LAYERS.check(CLASSES);
    }

    @Test
    void sqlLivesInStorage() {
        SQL_ONLY_IN_STORAGE.check(CLASSES);
    }

    @Test
    void viewModelsHoldNoNode() {
        VIEW_MODELS_HOLD_NO_NODE.check(CLASSES);
    }

    @Test
    void outsideViewModelsTheUiUsesNoServiceIoOrStorage() {
        VIEWS_GO_THROUGH_VIEW_MODELS.check(CLASSES);
    }
}
