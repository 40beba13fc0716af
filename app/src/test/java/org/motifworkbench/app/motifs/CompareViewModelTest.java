package org.motifworkbench.app.motifs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.ManualBackgroundRunner;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.motif.MotifMatch;

/** "Compare a MEME file..." without the FX toolkit, against the bundled JASPAR collection. */
class CompareViewModelTest {

  private static MotifDatabase jaspar;
  private static List<Motif> jasparMotifs;

  private final SimpleObjectProperty<MotifDatabase> database = new SimpleObjectProperty<>();
  private final List<Double> progress = new ArrayList<>();

  @BeforeAll
  static void loadJaspar() {
    Path file = new SampleLibrary(PrimerModel.SAMPLES).motifDatabase();
    jaspar = MotifDatabase.load(file, MotifsViewModel.BUNDLED_DATABASE);
    jasparMotifs = MemeFormat.read(file).motifs();
  }

  private CompareViewModel viewModel(BackgroundRunner runner) {
    database.set(jaspar);
    CompareViewModel vm = new CompareViewModel(runner, Runnable::run, database, 2);
    vm.progressProperty().addListener((obs, old, p) -> progress.add(p.doubleValue()));
    return vm;
  }

  /** Three JASPAR motifs (CTCF among them), written as a user's MEME file would hold them. */
  private static Path queries(Path dir) throws IOException {
    List<Motif> chosen =
        List.of(jasparMotifs.get(0), byName("CTCF"), jasparMotifs.get(jasparMotifs.size() - 1));
    Path file = dir.resolve("my motifs.meme");
    Files.writeString(file, MemeFormat.format(chosen));
    return file;
  }

  private static Motif byName(String name) {
    return jasparMotifs.stream().filter(m -> m.hasName(name)).findFirst().orElseThrow();
  }

  @Test
  void eachJasparMotifFindsItselfFirstWithTheSmallestPValue(@TempDir Path dir) throws IOException {
    CompareViewModel vm = viewModel(new SameThreadBackgroundRunner());
    Path file = queries(dir);

    vm.compare(file);

    assertNull(vm.errorMessageProperty().get());
    assertFalse(vm.isRunning());
    assertEquals(1.0, vm.progressProperty().get());
    assertTrue(progress.contains(1.0 / 3), "progress per motif: " + progress);
    assertEquals(3, vm.results().size());
    assertEquals("my motifs.meme", vm.queryFileProperty().get());
    assertEquals(MotifsViewModel.BUNDLED_DATABASE, vm.matchedAgainstProperty().get());
    for (MotifCard card : vm.results()) {
      List<MotifMatch> matches = card.matches();
      assertEquals(MotifsViewModel.MATCHES_KEPT, matches.size(), card.title());
      MotifMatch best = matches.get(0);
      assertEquals(card.motif().id(), best.targetId(), card.title());
      assertEquals('+', best.strand(), card.title());
      assertEquals(0, best.offset(), card.title());
      assertTrue(best.pValue() < matches.get(1).pValue(), card.title());
      assertTrue(MotifCard.significant(best), card.title());
      assertEquals(MotifCard.Section.COMPARED, card.section());
    }
    MotifCard ctcf = vm.results().get(1);
    assertEquals(byName("CTCF").id() + " CTCF", ctcf.title());
    assertEquals("CTCF", ctcf.matches().get(0).targetName());
    assertEquals(
        "3 of 3 motifs have a significant match (E <= 0.05). Click a motif for all its matches.",
        vm.statusProperty().get());
  }

  @Test
  void aBadFileGivesAMessageNamingFileAndLine(@TempDir Path dir) throws IOException {
    CompareViewModel vm = viewModel(new SameThreadBackgroundRunner());
    Path file = dir.resolve("broken.meme");
    Files.writeString(
        file,
        "MEME version 4\n\nALPHABET= ACGT\n\nMOTIF m1\n"
            + "letter-probability matrix: alength= 4 w= 2\n0.25 0.25 0.25 0.25\n0.5 x 0.25 0.25\n");

    vm.compare(file);

    String message = vm.errorMessageProperty().get();
    assertEquals(
        "Could not compare the motifs: " + file + ":8: 'x' is not a number. Fix the value.",
        message);
    assertFalse(message.contains("Exception"), message);
    assertFalse(vm.isRunning());
    assertTrue(vm.results().isEmpty());
  }

  @Test
  void aFileWithoutMotifsSaysSo(@TempDir Path dir) throws IOException {
    CompareViewModel vm = viewModel(new SameThreadBackgroundRunner());
    Path file = dir.resolve("empty.meme");
    Files.writeString(file, "MEME version 4\n\nALPHABET= ACGT\n");

    vm.compare(file);

    String message = vm.errorMessageProperty().get();
    assertTrue(message.startsWith("Could not compare the motifs: " + file), message);
    assertTrue(message.contains("no motif"), message);
  }

  @Test
  void withoutADatabaseNothingStarts(@TempDir Path dir) throws IOException {
    ManualBackgroundRunner runner = new ManualBackgroundRunner();
    CompareViewModel vm = viewModel(runner);
    database.set(null);

    vm.compare(queries(dir));

    assertEquals(0, runner.pendingCount());
    assertTrue(vm.errorMessageProperty().get().contains("no motif database"));
  }

  @Test
  void cancelStopsTheComparison(@TempDir Path dir) throws IOException {
    ManualBackgroundRunner runner = new ManualBackgroundRunner();
    CompareViewModel vm = viewModel(runner);

    vm.compare(queries(dir));
    assertTrue(vm.isRunning());
    vm.cancel();
    assertEquals("Cancelling...", vm.statusProperty().get());
    runner.runPending(0);

    assertFalse(vm.isRunning());
    assertTrue(vm.results().isEmpty());
    assertNull(vm.errorMessageProperty().get());
    assertEquals(
        "Cancelled: the motifs of my motifs.meme were not compared.", vm.statusProperty().get());
  }

  @Test
  void aNewComparisonSupersedesTheRunningOne(@TempDir Path dir) throws IOException {
    ManualBackgroundRunner runner = new ManualBackgroundRunner();
    CompareViewModel vm = viewModel(runner);
    Path file = queries(dir);
    Path other = dir.resolve("one.meme");
    Files.writeString(other, MemeFormat.format(List.of(byName("CTCF"))));

    vm.compare(file);
    vm.compare(other);
    runner.runPending(1);
    runner.runPending(0);

    assertEquals(1, vm.results().size());
    assertEquals("one.meme", vm.queryFileProperty().get());
  }
}
