package org.motifworkbench.app.motifs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.ManualBackgroundRunner;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.motifs.MotifCard.Section;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.motif.MatchTsv;
import org.motifworkbench.motif.MemeFile;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.motif.PositionWeightMatrix;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * The Motifs screen's state without the FX toolkit, on a small model trained once on the primer
 * sample (planted motif CGACCGAACTCC).
 */
class MotifsViewModelTest {

  private static final Path SAMPLES = PrimerModel.SAMPLES;
  private static final String PLANTED = PrimerModel.PLANTED;

  private static TrainedModel model;

  private final Workspace workspace = new Workspace(new ReadOnlyObjectWrapper<OpenedData>());
  private final SameThreadBackgroundRunner direct = new SameThreadBackgroundRunner();

  @BeforeAll
  static void trainSmallModel() {
    model = PrimerModel.get();
  }

  private MotifsViewModel viewModel(BackgroundRunner engine) {
    MotifsViewModel vm =
        new MotifsViewModel(
            engine, direct, Runnable::run, workspace, new SampleLibrary(SAMPLES).motifDatabase());
    workspace.setModel(model);
    vm.maxSequencesProperty().set(200);
    return vm;
  }

  @Test
  void theBundledJasparDatabaseLoads() {
    MotifsViewModel vm = viewModel(direct);
    vm.useBundledDatabase();

    assertEquals(518, vm.databaseProperty().get().size());
    assertEquals(
        "Matching against JASPAR CORE 2016 vertebrates (518 motifs)",
        vm.databaseStatusProperty().get());
    assertFalse(vm.databaseLoadingProperty().get());
  }

  @Test
  void findMotifsRecoversThePlantedMotifAndListsEveryFilter() {
    MotifsViewModel vm = viewModel(direct);
    vm.useBundledDatabase();
    assertEquals("positive", vm.targetClassProperty().get());
    assertTrue(vm.canFindBinding().get());

    vm.findMotifs();

    assertNull(vm.errorMessageProperty().get());
    assertFalse(vm.isRunning());
    assertEquals(1.0, vm.progressProperty().get());
    assertFalse(vm.discovered().isEmpty());
    MotifCard best = vm.discovered().get(0);
    assertTrue(
        sharesSixBases(best.motif().consensus(), PLANTED),
        "best discovered motif " + best.motif().consensus() + " vs " + PLANTED);
    assertEquals(MotifsViewModel.MATCHES_KEPT, best.matches().size());
    assertTrue(best.detail().startsWith("support "), best.detail());
    // TEACHING has 16 filters in each of its two branches (widths 7 and 15).
    assertEquals(32, vm.filters().size());
    assertTrue(vm.filters().stream().anyMatch(f -> !f.fewSites()));
    assertEquals(
        List.of(7, 15),
        vm.filters().stream().map(f -> f.motif().width()).distinct().sorted().toList());
    assertEquals(MotifsViewModel.BUNDLED_DATABASE, vm.matchedAgainstProperty().get());
    assertTrue(
        vm.statusProperty().get().contains("correctly predicted 'positive' sequences"),
        vm.statusProperty().get());
  }

  @Test
  void exportedMemeReadsBackAsTheShownMotifs(@TempDir Path dir) throws IOException {
    MotifsViewModel vm = viewModel(direct);
    vm.useBundledDatabase();
    vm.findMotifs();
    Path file = dir.resolve("motifs.meme");

    vm.exportMeme(file, null);

    MemeFile read = MemeFormat.read(file);
    List<Motif> shown =
        java.util.stream.Stream.concat(vm.discovered().stream(), vm.filters().stream())
            .map(MotifCard::motif)
            .toList();
    assertEquals(
        shown.stream().map(Motif::id).toList(), read.motifs().stream().map(Motif::id).toList());
    // names intact (no "support" alternate name), real site counts, the data's background
    assertTrue(
        read.motifs().stream().allMatch(m -> m.altName().isEmpty()),
        read.motifs().get(0).altName());
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).hasSites()) {
        assertEquals(shown.get(i).sites(), read.motifs().get(i).sites(), shown.get(i).id());
      }
    }
    assertEquals(vm.discovered().get(0).sites(), read.motifs().get(0).sites());
    double[] background = read.background();
    assertEquals(background[0], background[3], 1e-6);
    assertEquals(background[1], background[2], 1e-6);
    assertTrue(
        Files.readString(file).contains("sequences the motifs come from, both strands):\n"),
        "the data's background, not uniform");
    for (int i = 0; i < shown.size(); i++) {
      double[][] expected = shown.get(i).normalized().probabilities();
      for (int row = 0; row < expected.length; row++) {
        assertArrayEquals(expected[row], read.motifs().get(i).probabilities()[row], 1e-6);
      }
    }
    List<String> table = Files.readAllLines(dir.resolve("motifs.matches.tsv"));
    assertEquals(MatchTsv.HEADER, table.get(0));
    assertTrue(table.get(1).startsWith(vm.discovered().get(0).motif().id() + "\t"), table.get(1));
    assertTrue(vm.statusProperty().get().startsWith("Saved " + shown.size() + " motifs"));

    vm.exportMeme(dir.resolve("discovered.meme"), Section.DISCOVERED);
    assertEquals(
        vm.discovered().size(), MemeFormat.read(dir.resolve("discovered.meme")).motifs().size());
  }

  @Test
  void withoutADatabaseMotifsAreFoundButNotMatched() {
    MotifsViewModel vm = viewModel(direct);
    vm.useNoDatabase();
    vm.findMotifs();

    assertFalse(vm.discovered().isEmpty());
    assertTrue(vm.discovered().stream().allMatch(c -> c.matches().isEmpty()));
    assertNull(vm.matchedAgainstProperty().get());
  }

  @Test
  void aNewModelClearsTheGallery() {
    MotifsViewModel vm = viewModel(direct);
    vm.useNoDatabase();
    vm.findMotifs();
    assertFalse(vm.filters().isEmpty());

    workspace.setModel(model.savedAs(Path.of("elsewhere.mwb"))); // same bundle: not closed

    assertTrue(vm.discovered().isEmpty());
    assertTrue(vm.filters().isEmpty());
    assertEquals(List.of("negative", "positive"), vm.classNames());
  }

  @Test
  void resultsOfAnOlderModelArriveTooLateAndAreDropped() {
    ManualBackgroundRunner engine = new ManualBackgroundRunner();
    MotifsViewModel vm = viewModel(engine);
    vm.useNoDatabase();
    vm.findMotifs();
    assertTrue(vm.isRunning());

    workspace.setModel(model.savedAs(Path.of("elsewhere.mwb")));
    engine.runPending(0);

    assertFalse(vm.isRunning());
    assertTrue(vm.discovered().isEmpty());
    assertTrue(vm.filters().isEmpty());
  }

  @Test
  void cancelStopsTheSearchWithoutResults() {
    ManualBackgroundRunner engine = new ManualBackgroundRunner();
    MotifsViewModel vm = viewModel(engine);
    vm.useNoDatabase();
    vm.findMotifs();
    assertFalse(vm.canFindBinding().get());

    vm.cancel();
    engine.runPending(0);

    assertFalse(vm.isRunning());
    assertTrue(vm.filters().isEmpty());
    assertEquals("Cancelled: no motifs were found.", vm.statusProperty().get());
    assertNull(vm.errorMessageProperty().get());
  }

  @Test
  void whileAModelTrainsFindIsDisabledAndSaysWhy() {
    MotifsViewModel vm = viewModel(direct);
    workspace.trainingProperty().set(true);

    assertFalse(vm.canFindBinding().get());
    assertTrue(vm.findBlockedReasonBinding().get().contains("training"));
    vm.findMotifs();
    assertTrue(vm.errorMessageProperty().get().contains("training"));
    assertTrue(vm.filters().isEmpty());
  }

  @Test
  void aBadDatabaseFileIsReportedAndTheOldDatabaseKept(@TempDir Path dir) throws IOException {
    MotifsViewModel vm = viewModel(direct);
    vm.useBundledDatabase();
    Path bad = Files.writeString(dir.resolve("bad.meme"), "this is not MEME\n");

    vm.useDatabase(bad);

    assertTrue(
        vm.errorMessageProperty().get().contains(bad.toString()), vm.errorMessageProperty().get());
    assertEquals(518, vm.databaseProperty().get().size());
  }

  @Test
  void theModelsTestSetIsExplainedWhenTheOpenDataHasOtherClasses() {
    MotifsViewModel vm = viewModel(direct);
    String description = vm.dataDescriptionBinding().get();
    assertTrue(
        description.startsWith("Explains the model's 400 held-out test sequences"), description);
  }

  @Test
  void eValuesArePrintedTheWayMemeToolsPrintThem() {
    assertEquals("3.6e-16", MotifCard.formatValue(3.6e-16));
    assertEquals("1.0e-5", MotifCard.formatValue(1e-5));
    assertEquals("0.042", MotifCard.formatValue(0.042));
    assertEquals("1.5", MotifCard.formatValue(1.5));
    assertEquals("0.05", MotifCard.formatValue(0.05));
    assertEquals("518", MotifCard.formatValue(518));
  }

  @Test
  void theDefaultClassIsPositiveElseTheLast() {
    assertEquals("positive", MotifsViewModel.defaultClass(List.of("positive", "negative")));
    assertEquals("c", MotifsViewModel.defaultClass(List.of("a", "b", "c")));
    assertEquals("bound", MotifsViewModel.defaultClass(List.of("bound", "unbound")));
    assertNull(MotifsViewModel.defaultClass(List.of()));
  }

  /** True when the two sequences, or one and the other's reverse complement, share 6 bases. */
  private static boolean sharesSixBases(String found, String planted) {
    String reverse =
        PositionWeightMatrix.iupacConsensus(
            PositionWeightMatrix.reverseComplement(new Motif("p", "", oneHot(planted))));
    for (int i = 0; i + 6 <= found.length(); i++) {
      String part = found.substring(i, i + 6);
      if (planted.contains(part) || reverse.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static double[][] oneHot(String bases) {
    double[][] rows = new double[bases.length()][4];
    for (int i = 0; i < rows.length; i++) {
      rows[i][DnaAlphabet.ACGT.indexOf(bases.charAt(i))] = 1;
    }
    return rows;
  }
}
