package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.BootstrapIntervals;
import org.motifworkbench.evaluation.Interval;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.project.TestResult;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.EpochResult;

/** A grid search trains each combination on one split, keeps each as a run, and resumes. */
class GridSearchTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");

  @TempDir Path dir;

  /** The first {@code n} sequences of the primer sample, as a FASTA file of their own. */
  private Path sample(int n) throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE).subList(0, 2 * n);
    Path file = dir.resolve("primer-" + n + ".fa");
    Files.write(file, lines);
    return file;
  }

  private GridRequest request(String gridJson, Path fasta) {
    GridSpec grid = GridSpec.parse(gridJson.replace('\'', '"'), "grid.json", NetworkPreset.DEFAULT);
    DataSource source = DataSource.headerLabel(fasta, null);
    SequenceSet data = source.load();
    // seed 99 here: the request replaces it by the base settings' seed
    return new GridRequest(
        grid, data, source, LengthPolicy.fitting(data), SplitPlan.stratified(99), Double.NaN, null);
  }

  @Test
  void everyCombinationSplitsAlikeWhateverItsSeed() throws IOException {
    GridRequest request =
        request(
            "{'preset': 'teaching', 'base': {'training': {'seed': 7}},"
                + " 'grid': {'training.seed': [1, 2, 3]}}",
            sample(300));
    assertEquals(7, request.split().seed());
    List<List<String>> testIds = new ArrayList<>();
    for (GridCombination c : request.grid().combinations()) {
      TrainingWorkflow.Request training = request.request(c);
      assertEquals(c.index() + 1, training.training().seed());
      assertEquals(request.split(), training.split());
      testIds.add(
          training.split().split(request.data()).apply(request.data()).test().records().stream()
              .map(SequenceRecord::id)
              .toList());
    }
    assertEquals(60, testIds.get(0).size());
    assertEquals(testIds.get(0), testIds.get(1));
    assertEquals(testIds.get(0), testIds.get(2));
  }

  @Test
  void theSameGridOnOtherDataOrAnotherSplitIsAnotherSearch() throws IOException {
    String grid = "{'preset': 'teaching', 'grid': {'network.filters': [8, 16]}}";
    Path data = sample(300);
    GridRequest request = request(grid, data);
    assertEquals(request.id(), request(grid, data).id());
    assertEquals(12, request.id().length());
    Path other = dir.resolve("other.fa");
    Files.write(other, Files.readAllLines(SAMPLE).subList(600, 1200));
    assertFalse(request.id().equals(request(grid, other).id()), "other data");
    GridRequest otherSplit =
        new GridRequest(
            request.grid(),
            request.data(),
            request.source(),
            request.lengthPolicy(),
            request.split().withFractions(0.7, 0.1, 0.2),
            Double.NaN,
            null);
    assertFalse(request.id().equals(otherSplit.id()), "another split");
  }

  @Test
  void kernelsWiderThanTheInputAreRefusedBeforeAnyTraining() throws IOException {
    GridRequest request =
        request(
            "{'preset': 'teaching', 'grid': {'network.kernelSizes': [[7], [9, 61]]}}", sample(50));
    Project project = Project.create(dir.resolve("project"), "p");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GridSearch.run(
                    request, project, new GridSearch.Listener() {}, CancellationToken.none()));
    assertTrue(e.getMessage().startsWith("Combination 2 (kernelSizes=[9, 61]): Kernel size 61"));
    assertEquals(List.of(), project.runs());
  }

  /** A run with these validation and test figures (the rest as a grid run has them). */
  private static RunRecord run(String id, int index, double valAcc, double valLoss, double test) {
    BootstrapIntervals ci =
        new BootstrapIntervals(
            new Interval(test - 0.05, test + 0.05), Interval.UNDEFINED, 0.95, 1000);
    return new RunRecord(
        id,
        "combination " + index,
        "2026-12-04T09:00:0" + index + "Z",
        GridSearch.ORIGIN,
        "primer.fa",
        "",
        null,
        List.of("negative", "positive"),
        "TEACHING",
        Map.of(),
        Map.of(),
        2,
        2,
        "COMPLETED",
        valAcc,
        valLoss,
        new TestResult(100, test, 0.9, ci),
        Double.NaN,
        1.0,
        "Java kernels",
        "cpu",
        List.of(),
        "abc",
        index,
        RunRecord.MODEL_FILE);
  }

  @Test
  void rankingFollowsValidationNeverTest() {
    RunRecord bestOnTest = run("a", 0, 0.80, 0.40, 0.95);
    RunRecord bestOnValidation = run("b", 1, 0.90, 0.30, 0.70);
    RunRecord tiedButHigherLoss = run("c", 2, 0.90, 0.35, 0.99);
    RunRecord noValidation = run("d", 3, Double.NaN, Double.NaN, 1.0);
    List<RunRecord> ranked =
        GridSearch.rank(List.of(noValidation, bestOnTest, tiedButHigherLoss, bestOnValidation));
    assertEquals(
        List.of("b", "c", "a", "d"), ranked.stream().map(RunRecord::id).toList(), "by validation");
  }

  /** Counts what the search reports, and cancels once a given combination finished an epoch. */
  private static final class Recorder implements GridSearch.Listener {
    final List<Integer> started = new ArrayList<>();
    final List<Integer> finished = new ArrayList<>();
    final List<Integer> skipped = new ArrayList<>();
    final List<Integer> cancelledAt = new ArrayList<>();
    final List<GridEstimate> estimates = new ArrayList<>();
    final CancellationToken cancel = new CancellationToken();
    private final int cancelDuring;

    Recorder(int cancelDuring) {
      this.cancelDuring = cancelDuring;
    }

    @Override
    public void combinationStarted(GridCombination c) {
      started.add(c.index());
    }

    @Override
    public void combinationFinished(GridCombination c, RunRecord run) {
      finished.add(c.index());
    }

    @Override
    public void combinationSkipped(GridCombination c, RunRecord run) {
      skipped.add(c.index());
    }

    @Override
    public void combinationCancelled(GridCombination c) {
      cancelledAt.add(c.index());
    }

    @Override
    public void epochFinished(GridCombination c, EpochResult epoch) {
      if (c.index() == cancelDuring) {
        cancel.cancel();
      }
    }

    @Override
    public void estimated(GridEstimate estimate) {
      estimates.add(estimate);
    }
  }

  @Test
  void fourCombinationsBecomeFourRankedRunsAndAStoppedSearchResumes() throws IOException {
    GridRequest request =
        request(
            "{'preset': 'teaching', 'base': {'training': {'epochs': 2, 'batchSize': 32}},"
                + " 'grid': {'network.filters': [8, 16], 'training.learningRate': [0.003, 0.01]}}",
            sample(400));
    Project project = Project.create(dir.resolve("study"), "study");

    // stopped during combination 2 (index 1) after its first epoch: only the first is kept
    Recorder first = new Recorder(1);
    GridResult stopped = GridSearch.run(request, project, first, first.cancel);
    assertTrue(stopped.cancelled());
    assertEquals(List.of(0, 1), first.started);
    assertEquals(List.of(0), first.finished);
    assertEquals(List.of(1), first.cancelledAt);
    assertEquals(1, stopped.ranked().size());
    assertEquals(1, project.runs().size(), "a cancelled combination is not kept");
    // the estimate after combination 1's first epoch covers its last epoch and three more runs,
    GridEstimate estimate = first.estimates.get(0);
    assertEquals(4, estimate.combinations());
    assertEquals(1 + 3 * 2, estimate.epochs());
    // and again from its second epoch, timed alone: three runs of two epochs left
    assertEquals(3, first.estimates.get(1).combinations());
    assertEquals(3 * 2, first.estimates.get(1).epochs());

    // the same grid again: the finished one is skipped, the rest trained
    Recorder second = new Recorder(-1);
    GridResult result = GridSearch.run(request, project, second, second.cancel);
    assertFalse(result.cancelled());
    assertEquals(List.of(0), second.skipped);
    assertEquals(List.of(1, 2, 3), second.started);
    assertEquals(1, result.skipped());

    List<RunRecord> runs = project.runs();
    assertEquals(4, runs.size());
    assertEquals(4, result.ranked().size());
    assertEquals(result.ranked().get(0), result.best());
    assertEquals(GridSearch.rank(runs), result.ranked());
    Set<String> names = new HashSet<>();
    List<String> testIds = null;
    for (RunRecord run : runs) {
      assertEquals(request.id(), run.gridId());
      assertEquals(GridSearch.ORIGIN, run.origin());
      assertEquals(request.grid().combinations().get(run.gridIndex()).label(), run.name());
      names.add(run.name());
      assertNotNull(run.test());
      assertEquals(80, run.test().n());
      assertEquals(2, run.epochs());
      try (ModelBundle bundle = ModelBundle.load(project.modelFile(run))) {
        List<String> ids = bundle.manifest().testIds();
        if (testIds == null) {
          testIds = ids;
        }
        assertEquals(testIds, ids, "every run is scored on the same test sequences");
      }
    }
    assertEquals(
        Set.of(
            "filters=8, learningRate=0.003",
            "filters=8, learningRate=0.01",
            "filters=16, learningRate=0.003",
            "filters=16, learningRate=0.01"),
        names);
    // the best learns the planted motif above chance
    assertTrue(result.best().validationAccuracy() > 0.6, result.best().toString());

    // once more: nothing left to train
    Recorder third = new Recorder(-1);
    GridResult again = GridSearch.run(request, project, third, third.cancel);
    assertEquals(List.of(), third.started);
    assertEquals(4, again.skipped());
    assertEquals(result.ranked(), again.ranked());
  }
}
