package org.motifworkbench.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.OneEpochModel;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.evaluation.Interval;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;

class RunsViewModelTest {

  private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
  private final List<Path> opened = new ArrayList<>();
  private final RunsViewModel viewModel =
      new RunsViewModel(
          new ListSource(runs), new SameThreadBackgroundRunner(), opened::add, () -> null);

  @Test
  void numberColumnsSortAsNumbersWithUnknownValuesLast() {
    RunRecord low = TestRuns.run("r-01", "Run 1", 0.8, 0.9, new Interval(0.85, 0.95));
    RunRecord high = TestRuns.run("r-02", "Run 2", 0.8, 0.95, new Interval(0.9, 0.99));
    RunRecord none = TestRuns.run("r-03", "Run 3", 0.8, Double.NaN, null);
    RunRecord tenth = TestRuns.run("r-04", "Run 10", 0.8, 0.1, new Interval(0.05, 0.15));
    List<RunRecord> all = new ArrayList<>(List.of(none, high, low, tenth));
    all.sort(RunColumn.TEST_ACCURACY.order());
    assertEquals(List.of(tenth, low, high, none), all);
    all.sort(RunColumn.NAME.order());
    assertEquals(List.of(low, high, none, tenth), all, "Run 10 after Run 3");
    all.sort(RunColumn.DATE.order().reversed());
    assertEquals(List.of(tenth, none, high, low), all);
  }

  @Test
  void theTableListsEveryRunAndTheEmptyStateSaysHowRunsGetThere() {
    assertTrue(viewModel.isEmpty());
    assertTrue(RunsViewModel.EMPTY_TEXT.contains("mwb train --project"));
    runs.add(TestRuns.run("r-01", "Run 1", 0.8, 0.9, new Interval(0.85, 0.95)));
    assertFalse(viewModel.isEmpty());
    assertEquals(1, viewModel.shown().size());
  }

  @Test
  void selectedRunsShowOnlyTheSettingsThatDiffer() {
    RunRecord a =
        TestRuns.run("r-01", "Run 1", 0.8, 0.5, 0.8, Interval.UNDEFINED, "32", "0.001", null, -1);
    RunRecord b =
        TestRuns.run("r-02", "Run 2", 0.8, 0.5, 0.8, Interval.UNDEFINED, "64", "0.001", null, -1);
    runs.setAll(a, b);
    viewModel.select(List.of(a, b));
    assertEquals(1, viewModel.comparison().size());
    SettingRow filters = viewModel.comparison().get(0);
    assertEquals("network.filters", filters.setting());
    assertEquals(List.of("32", "64"), filters.values());
    assertTrue(filters.differs());
    assertEquals("1 setting differs, 3 are the same.", viewModel.comparisonNoteProperty().get());

    viewModel.onlyDifferencesProperty().set(false);
    assertEquals(4, viewModel.comparison().size());
    assertEquals(1, viewModel.comparison().stream().filter(SettingRow::differs).count());
    viewModel.select(List.of(a));
    assertTrue(viewModel.comparison().isEmpty(), "one run is not a comparison");
  }

  @Test
  void overlappingIntervalsAreCalledNoise() {
    RunRecord a = TestRuns.run("r-01", "Run 1", 0.8, 0.84, new Interval(0.81, 0.87));
    RunRecord b = TestRuns.run("r-02", "Run 2", 0.8, 0.86, new Interval(0.83, 0.89));
    RunRecord c = TestRuns.run("r-03", "Run 3", 0.8, 0.95, new Interval(0.93, 0.97));
    runs.setAll(a, b, c);
    viewModel.select(List.of(a, b));
    assertTrue(viewModel.noiseNoteProperty().get().contains("within noise"));
    viewModel.select(List.of(a, c));
    String apart = viewModel.noiseNoteProperty().get();
    assertTrue(apart.contains("do not overlap") && apart.contains("Run 3 is more accurate"), apart);
    viewModel.select(List.of(a, b, c));
    assertEquals("", viewModel.noiseNoteProperty().get(), "the note compares two runs");
    RunRecord noTest = TestRuns.run("r-04", "Run 4", 0.8, Double.NaN, null);
    viewModel.select(List.of(a, noTest));
    assertEquals("", viewModel.noiseNoteProperty().get());
  }

  @Test
  void aGridIsRankedByValidationNeverByTest() {
    // the best on validation is the worst on test: the rank follows validation
    RunRecord g0 =
        TestRuns.run(
            "r-01", "filters=16", 0.70, 0.6, 0.95, Interval.UNDEFINED, "16", "0.001", "grid1", 0);
    RunRecord g1 =
        TestRuns.run(
            "r-02", "filters=32", 0.90, 0.4, 0.60, Interval.UNDEFINED, "32", "0.001", "grid1", 1);
    RunRecord g2 =
        TestRuns.run(
            "r-03", "filters=64", 0.90, 0.3, 0.70, Interval.UNDEFINED, "64", "0.001", "grid1", 2);
    RunRecord other = TestRuns.run("r-04", "Run 1", 0.99, 0.9, Interval.UNDEFINED);
    runs.setAll(other, g0, g1, g2);
    assertEquals(1, viewModel.grids().size());
    assertEquals(4, viewModel.shown().size());
    viewModel.showGrid("grid1");
    assertEquals(List.of(g2, g1, g0), viewModel.shown(), "ties by validation loss");
    assertEquals(1, viewModel.rank(g2));
    assertTrue(viewModel.isBest(g2));
    assertFalse(viewModel.isBest(g1));
    assertEquals(0, viewModel.rank(other));
    assertFalse(viewModel.isBest(other));
    viewModel.gridProperty().set(null);
    assertEquals(4, viewModel.shown().size());
  }

  @Test
  void theSelectionFollowsTheRunsWhenTheyAreListedAgain() {
    RunRecord a = TestRuns.run("r-01", "Run 1", 0.8, 0.84, new Interval(0.81, 0.87));
    RunRecord b = TestRuns.run("r-02", "Run 2", 0.8, 0.86, new Interval(0.83, 0.89));
    runs.setAll(a, b);
    viewModel.select(List.of(a, b));
    runs.setAll(a); // Run 2 deleted elsewhere
    assertEquals(List.of(a), viewModel.selected());
  }

  @Test
  void runsSortByEveryColumnWithoutFailing() {
    List<RunRecord> all =
        new ArrayList<>(
            List.of(
                TestRuns.run("r-01", "Run 1", 0.8, 0.84, new Interval(0.81, 0.87)),
                TestRuns.run("r-02", "Run 2", Double.NaN, Double.NaN, null)));
    for (RunColumn column : RunColumn.values()) {
      all.sort(column.order());
      all.sort(column.order().reversed());
      assertEquals(2, all.size());
      assertTrue(
          all.stream().map(r -> column.text(r, java.time.ZoneOffset.UTC)).allMatch(t -> t != null));
    }
    all.sort(Comparator.comparing(RunRecord::id));
    assertEquals("Run 1", all.get(0).name());
  }

  @Test
  void openingARunOpensItsModelFileAndDeletingRemovesItsFolder(@TempDir Path folder) {
    Project project = Project.create(folder.resolve("study"), "study");
    RunRecord one =
        project.addRun(
            TestRuns.run("r-01", "Run 1", 0.8, 0.84, new Interval(0.81, 0.87)),
            OneEpochModel.get());
    RunRecord two =
        project.addRun(
            TestRuns.run("r-02", "Run 2", 0.8, 0.86, new Interval(0.83, 0.89)),
            OneEpochModel.get());
    ListSource source = new ListSource(runs, project);
    RunsViewModel withProject =
        new RunsViewModel(
            source, new SameThreadBackgroundRunner(), opened::add, () -> project.modelFile(one));
    source.refresh();
    assertEquals(
        List.of("Run 1", "Run 2"), withProject.shown().stream().map(RunRecord::name).toList());

    // nothing chosen yet: the open model's run is selected first, else the newest
    assertEquals(one, withProject.defaultSelection(withProject.shown()).orElseThrow());
    RunsViewModel noModelOpen =
        new RunsViewModel(source, new SameThreadBackgroundRunner(), opened::add, () -> null);
    assertEquals(two, noModelOpen.defaultSelection(List.of(one, two)).orElseThrow());
    assertTrue(noModelOpen.defaultSelection(List.of()).isEmpty());

    withProject.open(withProject.shown().get(1));
    assertEquals(List.of(project.modelFile(two)), opened);
    assertEquals(two.id(), withProject.openedRunProperty().get());

    String question = withProject.deleteQuestion(List.of(one, two));
    assertTrue(question.startsWith("Delete 2 runs: Run 1, Run 2?"), question);
    assertTrue(question.contains("The model of Run 1 is open"), question);
    withProject.delete(List.of(one));
    assertEquals(List.of("Run 2"), withProject.shown().stream().map(RunRecord::name).toList());
    assertFalse(Files.exists(project.runFolder(one.id())));
    assertTrue(Files.exists(project.modelFile(two)));

    // a run whose folder went missing is not opened, and the user is told why
    project.deleteRun(two.id());
    withProject.open(two);
    assertEquals(1, opened.size());
    assertTrue(withProject.errorMessageProperty().get().contains("model of Run 2 is missing"));
  }

  /** A fixed list of runs; no project (opening and deleting are tested with a real one). */
  static final class ListSource implements RunSource {
    private final ObservableList<RunRecord> runs;
    private final Project project;
    int refreshes;

    ListSource(ObservableList<RunRecord> runs) {
      this(runs, null);
    }

    ListSource(ObservableList<RunRecord> runs, Project project) {
      this.runs = runs;
      this.project = project;
    }

    @Override
    public ObservableList<RunRecord> runs() {
      return runs;
    }

    @Override
    public Project project() {
      return project;
    }

    @Override
    public void refresh() {
      refreshes++;
      if (project != null) {
        runs.setAll(project.runs());
      }
    }
  }
}
