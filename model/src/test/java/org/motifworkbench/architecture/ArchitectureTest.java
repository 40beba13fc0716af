package org.motifworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;

/**
 * The rules that keep the core usable from the command line, scripts and tests alike, and its
 * packages in the floors that docs/architecture.md draws.
 */
@AnalyzeClasses(
    packages = "org.motifworkbench",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String CORE = "org.motifworkbench";

  /**
   * The core's floors, top first: a package may use the packages on the floors below its own and
   * those on its own floor, never one above. docs/architecture.md shows the same list.
   */
  private static final List<Floor> FLOORS =
      List.of(
          new Floor("command line", "cli"),
          new Floor("workflows", "workflow"),
          new Floor(
              "model files, figures, student records and projects",
              "bundle",
              "figure",
              "classroom",
              "project"),
          new Floor("training and interpretation", "training", "interpret", "scan", "variants"),
          new Floor("network and metrics", "network", "evaluation"),
          new Floor("data sets", "data", "genome", "peaks"),
          new Floor("encoding and motifs", "encoding", "motif"),
          new Floor(
              "sequences, files, progress and settings",
              "sequence",
              "files",
              "progress",
              "setting"));

  private record Floor(String name, String... packages) {
    String[] patterns() {
      return Arrays.stream(packages).map(p -> CORE + "." + p + "..").toArray(String[]::new);
    }
  }

  @ArchTest
  void coreNeverUsesJavaFx(JavaClasses classes) {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx..")
        .because(
            "the model module is the pure core that the CLI, scripts and tests run without a "
                + "display; everything JavaFX belongs in the app module")
        .check(classes);
  }

  @ArchTest
  void onlyTheNetworkPackageTouchesDjl(JavaClasses classes) {
    noClasses()
        .that()
        .resideOutsideOfPackage(CORE + ".network")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("ai.djl..")
        .because(
            "the deep-learning engine is one compute back end (EngineBackend) behind the seam "
                + "ComputeBackend; training, interpretation and the Java kernels (network.cpu) "
                + "compute through the seam, and the rest of the core must not depend on it")
        .check(classes);
  }

  @ArchTest
  void noCorePackageDependsOnTheCli(JavaClasses classes) {
    noClasses()
        .that()
        .resideOutsideOfPackage(CORE + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(CORE + ".cli..")
        .because(
            "the core is a library that the app, scripts and the benchmark call directly; the "
                + "command-line tool is one of its callers, so nothing else may lean on it")
        .check(classes);
  }

  @ArchTest
  void onlyTheCliPrints(JavaClasses classes) {
    noClasses()
        .that()
        .resideOutsideOfPackage(CORE + ".cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because(
            "the core reports through return values, listeners and exceptions; only the "
                + "command-line tool decides what the terminal shows")
        .check(classes);
  }

  @ArchTest
  void everyPackageIsOnAFloor(JavaClasses classes) {
    classes()
        .should()
        .resideInAnyPackage(
            FLOORS.stream().flatMap(f -> Arrays.stream(f.patterns())).toArray(String[]::new))
        .because(
            "a new package must be given its floor, here and in docs/architecture.md, before "
                + "the layering can say who may use it")
        .check(classes);
  }

  @ArchTest
  void packagesOnlyUseTheFloorsBelow(JavaClasses classes) {
    LayeredArchitecture floors = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (Floor floor : FLOORS) {
      floors = floors.layer(floor.name()).definedBy(floor.patterns());
    }
    for (int i = 0; i < FLOORS.size(); i++) {
      String name = FLOORS.get(i).name();
      String[] above = FLOORS.subList(0, i).stream().map(Floor::name).toArray(String[]::new);
      floors =
          i == 0
              ? floors.whereLayer(name).mayNotBeAccessedByAnyLayer()
              : floors.whereLayer(name).mayOnlyBeAccessedByLayers(above);
    }
    floors
        .because(
            "each floor is built on the ones below: sequences and files know nothing of networks,"
                + " the network nothing of training, and only the command line and the app call the"
                + " workflows, so each part can be tested and reused without the ones above it")
        .check(classes);
  }

  @ArchTest
  void packagesHaveNoCycles(JavaClasses classes) {
    slices()
        .matching(CORE + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because(
            "packages that use each other can only be understood, tested and changed together;"
                + " the core's imports run one way and must keep doing so")
        .check(classes);
  }
}
