package org.motifworkbench.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules that keep views, view models and the shell apart. */
class ArchitectureTest {

  private static final JavaClasses APP = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.motifworkbench.app");

  @Test
  void viewModelsHaveNoControls() {
    noClasses().that().haveSimpleNameEndingWith("ViewModel")
        .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
        .because("view models hold state and commands as JavaFX properties and are tested without "
            + "the FX toolkit; controls, layout and dialogs belong in the views")
        .check(APP);
  }

  @Test
  void screensDoNotKnowTheShell() {
    noClasses().that().resideInAPackage("org.motifworkbench.app.data..")
        .should().dependOnClassesThat().resideInAPackage("org.motifworkbench.app")
        .because("a screen gets what it needs through its constructor from the composition root; "
            + "depending on the shell would make the packages a cycle")
        .check(APP);
  }
}
