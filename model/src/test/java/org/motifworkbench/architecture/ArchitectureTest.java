package org.motifworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules that keep the core usable from the command line, scripts and tests alike. */
class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.motifworkbench");

  @Test
  void coreNeverUsesJavaFx() {
    noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
        .because("the model module is the pure core that the CLI, scripts and tests run without a "
            + "display; everything JavaFX belongs in the app module")
        .check(CORE);
  }

  @Test
  void onlyNetworkTrainingAndInterpretTouchDjl() {
    noClasses().that().resideOutsideOfPackages(
            "org.motifworkbench.network..", "org.motifworkbench.training..",
            "org.motifworkbench.interpret..")
        .should().dependOnClassesThat().resideInAPackage("ai.djl..")
        .because("the deep-learning engine is an implementation detail of three packages; the rest "
            + "of the core (data, motifs, metrics, bundles, CLI) must not depend on it")
        .check(CORE);
  }

  @Test
  void noCorePackageDependsOnTheCli() {
    noClasses().that().resideOutsideOfPackage("org.motifworkbench.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.motifworkbench.cli..")
        .because("the core is a library that the app, scripts and the benchmark call directly; the "
            + "command-line tool is one of its callers, so nothing else may lean on it")
        .check(CORE);
  }

  @Test
  void onlyTheCliPrints() {
    noClasses().that().resideOutsideOfPackage("org.motifworkbench.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("the core reports through return values, listeners and exceptions; only the "
            + "command-line tool decides what the terminal shows")
        .check(CORE);
  }
}
