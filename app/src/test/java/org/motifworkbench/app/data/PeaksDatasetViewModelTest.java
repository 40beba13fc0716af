package org.motifworkbench.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.DataSummary.ClassSummary;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.peaks.Background;
import org.motifworkbench.peaks.DatasetReport;

/** The "From peaks and a genome..." form without the FX toolkit: work runs on the test thread. */
class PeaksDatasetViewModelTest {

  @TempDir static Path dir;
  private static Path genome;
  private static Path peaks;

  @BeforeAll
  static void writeGenome() throws IOException {
    SyntheticGenome g = SyntheticGenome.generate(8, 2, 40_000, 20);
    genome = dir.resolve("genome.fa");
    g.writeFasta(genome);
    peaks = dir.resolve("ctcf.narrowPeak");
    g.writeNarrowPeak(peaks);
  }

  private final DataViewModel data =
      new DataViewModel(new SameThreadBackgroundRunner(), new SampleLibrary(dir));

  @Test
  void eachFieldSaysWhatIsMissingUntilTheFormCanRun() {
    PeaksDatasetViewModel vm = data.peaksDataset(Runnable::run);
    assertFalse(vm.validProperty().get());
    assertEquals("Choose the peak file.", vm.peaksProblemProperty().get());
    assertEquals("Choose the genome FASTA.", vm.genomeProblemProperty().get());
    assertNull(vm.excludeProblemProperty().get(), "the blacklist is optional");
    vm.peaksProperty().set(peaks.toString());
    assertNull(vm.peaksProblemProperty().get());
    assertEquals(
        dir.resolve("ctcf-dataset.fa").toString(),
        vm.outputProperty().get(),
        "the output is suggested beside the peaks");
    vm.genomeProperty().set(dir.resolve("nope.fa").toString());
    assertEquals(
        "There is no file " + dir.resolve("nope.fa") + ".", vm.genomeProblemProperty().get());
    vm.genomeProperty().set(genome.toString());
    vm.widthProperty().set("5");
    assertEquals(
        "The width (bases, the model's input length) must be a whole number from 10 to 100,000.",
        vm.widthProblemProperty().get());
    vm.widthProperty().set("150");
    vm.seedProperty().set("x");
    assertEquals("The seed must be a whole number of 0 or more.", vm.seedProblemProperty().get());
    vm.seedProperty().set("3");
    vm.outputProperty().set(peaks.toString());
    assertEquals(
        "This is one of the input files; choose another name for the data set.",
        vm.outputProblemProperty().get());
    vm.outputProperty().set(dir.resolve("set.fa").toString());
    assertTrue(vm.validProperty().get());
  }

  @Test
  void makesTheSetShowsTheReportAndOpensIt() {
    PeaksDatasetViewModel vm = data.peaksDataset(Runnable::run);
    vm.peaksProperty().set(peaks.toString());
    vm.genomeProperty().set(genome.toString());
    vm.widthProperty().set("150");
    vm.backgroundProperty().set(Background.SHUFFLED);
    vm.build();
    assertNull(vm.errorMessageProperty().get());
    assertFalse(vm.isRunning());
    DatasetReport report = vm.getReport();
    assertEquals(40, report.peakWindows());
    assertEquals(40, report.backgroundWindows());
    assertEquals(
        "Wrote 40 peak and 40 background windows to ctcf-dataset.fa.", vm.statusProperty().get());
    assertTrue(Files.exists(dir.resolve("ctcf-dataset.fa")));
    assertEquals(
        List.of("background", "peak"),
        data.getData().summary().classes().stream().map(ClassSummary::name).toList());
  }

  @Test
  void badPeaksShowTheFileLineMessageAndWriteNothing() throws IOException {
    Path bad = dir.resolve("bad.bed");
    Files.writeString(bad, "1\t5000\t5200\n");
    PeaksDatasetViewModel vm = data.peaksDataset(Runnable::run);
    vm.peaksProperty().set(bad.toString());
    vm.genomeProperty().set(genome.toString());
    vm.build();
    assertTrue(
        vm.errorMessageProperty().get().startsWith(bad + ":1: chromosome '1' is not in the genome"),
        vm.errorMessageProperty().get());
    assertNull(vm.getReport());
    assertFalse(Files.exists(dir.resolve("bad-dataset.fa")));
    assertNull(data.getData());
  }
}
