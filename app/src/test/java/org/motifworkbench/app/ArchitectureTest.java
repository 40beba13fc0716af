package org.motifworkbench.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules that keep views, view models and the shell apart. */
class ArchitectureTest {

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.motifworkbench.app");

  @Test
  void viewModelsHaveNoControls() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx.scene..")
        .because(
            "view models hold state and commands as JavaFX properties and are tested without "
                + "the FX toolkit; controls, layout and dialogs belong in the views")
        .check(APP);
  }

  @Test
  void screensDoNotKnowTheShell() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.motifworkbench.app.data..",
            "org.motifworkbench.app.setup..",
            "org.motifworkbench.app.train..",
            "org.motifworkbench.app.evaluate..",
            "org.motifworkbench.app.inspect..",
            "org.motifworkbench.app.motifs..",
            "org.motifworkbench.app.genome..",
            "org.motifworkbench.app.variants..",
            "org.motifworkbench.app.runs..",
            "org.motifworkbench.app.session..",
            "org.motifworkbench.app.figure..",
            "org.motifworkbench.app.background..",
            "org.motifworkbench.app.dialog..",
            "org.motifworkbench.app.lessons..",
            "org.motifworkbench.app.labcheck..",
            "org.motifworkbench.app.help..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.motifworkbench.app")
        .because(
            "a screen gets what it needs through its constructor from the composition root; "
                + "depending on the shell would make the packages a cycle")
        .check(APP);
  }

  @Test
  void screensDoNotKnowEachOther() {
    String[] screens = {
      "data",
      "setup",
      "train",
      "evaluate",
      "inspect",
      "motifs",
      "genome",
      "variants",
      "lessons",
      "runs"
    };
    for (String screen : screens) {
      for (String other : screens) {
        if (!screen.equals(other)) {
          noClasses()
              .that()
              .resideInAPackage("org.motifworkbench.app." + screen + "..")
              .should()
              .dependOnClassesThat()
              .resideInAPackage("org.motifworkbench.app." + other + "..")
              .because(
                  "screens share state only through the session's Workspace, so each can "
                      + "change without breaking the others")
              .check(APP);
        }
      }
    }
  }
}
