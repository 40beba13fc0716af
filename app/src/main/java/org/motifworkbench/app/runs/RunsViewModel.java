package org.motifworkbench.app.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the Runs screen: the runs shown (all, or one grid search's ranked by
 * validation accuracy), the runs selected and their settings side by side, the note on whether two
 * runs differ beyond the test split's noise, opening a run's model and deleting runs.
 */
public final class RunsViewModel {

  /** Shown while the project has no runs. */
  public static final String EMPTY_TEXT =
      "No runs yet. Train a model (step 3) or run a settings grid (Model screen, \"Search a"
          + " grid...\"); runs of `mwb train --project DIR` appear here too.";

  private static final Logger LOG = LoggerFactory.getLogger(RunsViewModel.class);

  private final RunSource source;
  private final BackgroundRunner runner;
  private final Consumer<Path> openModel;
  private final Supplier<Path> openModelFile;
  private final ObservableList<RunRecord> shown = FXCollections.observableArrayList();
  private final ObservableList<GridChoice> grids = FXCollections.observableArrayList();
  private final ObjectProperty<GridChoice> grid = new SimpleObjectProperty<>(this, "grid");
  private final ObservableList<RunRecord> selected = FXCollections.observableArrayList();
  // one read-only view, kept: a fresh wrapper per call holds the source's listener only weakly
  private final ObservableList<RunRecord> readOnlySelected =
      FXCollections.unmodifiableObservableList(selected);
  private final ObservableList<SettingRow> comparison = FXCollections.observableArrayList();
  private final BooleanProperty onlyDifferences =
      new SimpleBooleanProperty(this, "onlyDifferences", true);
  private final ReadOnlyStringWrapper noiseNote = new ReadOnlyStringWrapper(this, "noiseNote", "");
  private final ReadOnlyStringWrapper comparisonNote =
      new ReadOnlyStringWrapper(this, "comparisonNote", "");
  private final ReadOnlyStringWrapper errorMessage =
      new ReadOnlyStringWrapper(this, "errorMessage");
  private final ReadOnlyStringWrapper openedRun = new ReadOnlyStringWrapper(this, "openedRun", "");
  private Map<String, Integer> ranks = Map.of();

  /**
   * @param source the project's runs
   * @param runner file work (deleting run folders)
   * @param openModel opens a model file as File > Open model does (in the background)
   * @param openModelFile the file of the model open in the workspace now, or null
   */
  public RunsViewModel(
      RunSource source,
      BackgroundRunner runner,
      Consumer<Path> openModel,
      Supplier<Path> openModelFile) {
    this.source = source;
    this.runner = runner;
    this.openModel = openModel;
    this.openModelFile = openModelFile;
    source.runs().addListener((ListChangeListener<RunRecord>) c -> runsChanged());
    grid.addListener((obs, old, choice) -> fill());
    onlyDifferences.addListener((obs, old, only) -> compare());
    runsChanged();
  }

  /** The runs the table shows: all, or the chosen grid's ranked best first. */
  public ObservableList<RunRecord> shown() {
    return shown;
  }

  /** The grid searches among the runs, newest last. */
  public ObservableList<GridChoice> grids() {
    return grids;
  }

  /** The grid whose runs are shown ranked; null shows every run. */
  public ObjectProperty<GridChoice> gridProperty() {
    return grid;
  }

  /** Shows the runs of the grid {@code gridId} ranked (e.g. when the grid search ended). */
  public void showGrid(String gridId) {
    grids.stream().filter(g -> g.id().equals(gridId)).findFirst().ifPresent(grid::set);
  }

  /** True when the project has no runs at all. */
  public boolean isEmpty() {
    return source.runs().isEmpty();
  }

  /**
   * A run's rank in its grid search by validation accuracy (1 = best), or 0 for a run not made by a
   * grid search.
   */
  public int rank(RunRecord run) {
    return run.fromGrid() ? ranks.getOrDefault(run.id(), 0) : 0;
  }

  /** Whether {@code run} is the best of its grid search (by validation, never by test). */
  public boolean isBest(RunRecord run) {
    return rank(run) == 1;
  }

  /**
   * The run to select when nothing is: the one whose model is open on the later screens, else the
   * newest of {@code listed}; empty when none is listed.
   */
  public java.util.Optional<RunRecord> defaultSelection(List<RunRecord> listed) {
    if (listed.isEmpty()) {
      return java.util.Optional.empty();
    }
    Path open = openModelFile.get();
    Project project = source.project();
    if (open != null && project != null) {
      for (RunRecord run : listed) {
        if (project.modelFile(run).toAbsolutePath().equals(open.toAbsolutePath())) {
          return java.util.Optional.of(run);
        }
      }
    }
    return listed.stream()
        .max(
            java.util.Comparator.comparing((RunRecord r) -> String.valueOf(r.createdAt()))
                .thenComparing(RunRecord::id));
  }

  /** The runs selected in the table, in the table's order. */
  public ObservableList<RunRecord> selected() {
    return readOnlySelected;
  }

  /** Called by the view when the table's selection changes. */
  public void select(List<RunRecord> runs) {
    selected.setAll(runs.stream().filter(Objects::nonNull).distinct().toList());
    compare();
    noiseNote.set(NoiseNote.of(selected));
  }

  /** The selected runs' settings side by side (only the differing ones when asked). */
  public ObservableList<SettingRow> comparison() {
    return comparison;
  }

  /** Whether the comparison leaves out the settings all selected runs share (on at first). */
  public BooleanProperty onlyDifferencesProperty() {
    return onlyDifferences;
  }

  /** Whether two selected runs differ beyond the test split's noise; "" when it does not apply. */
  public ReadOnlyStringProperty noiseNoteProperty() {
    return noiseNote.getReadOnlyProperty();
  }

  /** What the comparison shows, e.g. "2 settings differ, 14 are the same"; "" below two runs. */
  public ReadOnlyStringProperty comparisonNoteProperty() {
    return comparisonNote.getReadOnlyProperty();
  }

  /** Why the last open or delete failed; set anew on each failure. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  /** The id of the run whose model was opened last from this screen, or "". */
  public ReadOnlyStringProperty openedRunProperty() {
    return openedRun.getReadOnlyProperty();
  }

  /** Lists the project's runs again, e.g. when the screen is shown. */
  public void refresh() {
    source.refresh();
  }

  /** Opens the run's model for the Evaluate, Inspect and Motifs screens (in the background). */
  public void open(RunRecord run) {
    Project project = source.project();
    if (run == null || project == null) {
      return;
    }
    Path file = project.modelFile(run);
    if (!java.nio.file.Files.isRegularFile(file)) {
      fail(
          "The model of "
              + run.name()
              + " is missing: "
              + file
              + " was not found. The run folder may have been moved or deleted; delete the run"
              + " here.");
      return;
    }
    openedRun.set(run.id());
    openModel.accept(file);
  }

  /** The question before deleting {@code runs}, naming them. */
  public String deleteQuestion(List<RunRecord> runs) {
    String names = runs.stream().map(RunRecord::name).collect(Collectors.joining(", "));
    String question =
        (runs.size() == 1 ? "Delete the run " : "Delete " + runs.size() + " runs: ")
            + names
            + "? Their folders (model and record) are removed from the project; this cannot be"
            + " undone.";
    Path open = openModelFile.get();
    Project project = source.project();
    if (open != null && project != null) {
      for (RunRecord run : runs) {
        if (open.toAbsolutePath().equals(project.modelFile(run).toAbsolutePath())) {
          question +=
              "\n\nThe model of "
                  + run.name()
                  + " is open on the later screens: it stays in memory until another model"
                  + " replaces it (save it with File > Save model as... to keep it).";
        }
      }
    }
    return question;
  }

  /** Deletes the runs' folders in the background, then lists the runs again. */
  public void delete(List<RunRecord> runs) {
    Project project = source.project();
    if (project == null || runs.isEmpty()) {
      return;
    }
    List<String> ids = runs.stream().map(RunRecord::id).toList();
    runner.run(
        "deleting " + ids.size() + " runs",
        () -> {
          ids.forEach(project::deleteRun);
          return ids.size();
        },
        done -> source.refresh(),
        failure -> {
          LOG.warn("Could not delete runs {}", ids, failure);
          source.refresh();
          fail(
              "Could not delete every run: "
                  + failure.getMessage()
                  + ". Check that the project folder "
                  + project.folder()
                  + " may be written.");
        });
  }

  private void runsChanged() {
    List<RunRecord> all = source.runs();
    Map<String, List<RunRecord>> byGrid = new LinkedHashMap<>();
    all.stream()
        .filter(RunRecord::fromGrid)
        .forEach(r -> byGrid.computeIfAbsent(r.gridId(), k -> new ArrayList<>()).add(r));
    Map<String, Integer> newRanks = new java.util.HashMap<>();
    List<GridChoice> choices = new ArrayList<>();
    byGrid.forEach(
        (id, runs) -> {
          List<RunRecord> ranked = org.motifworkbench.workflow.GridSearch.rank(runs);
          for (int i = 0; i < ranked.size(); i++) {
            newRanks.put(ranked.get(i).id(), i + 1);
          }
          choices.add(GridChoice.of(id, runs));
        });
    ranks = Map.copyOf(newRanks);
    GridChoice chosen = grid.get();
    if (!choices.equals(grids)) {
      grids.setAll(choices);
    }
    // the same grid stays chosen (with its new runs), a grid whose runs are all gone is left;
    // a combo box showing the list may have cleared the choice while the list was replaced
    GridChoice again =
        chosen == null
            ? null
            : choices.stream().filter(g -> g.id().equals(chosen.id())).findFirst().orElse(null);
    if (Objects.equals(grid.get(), again)) {
      fill();
    } else {
      grid.set(again);
    }
  }

  private void fill() {
    GridChoice chosen = grid.get();
    List<RunRecord> all = source.runs();
    List<RunRecord> rows =
        chosen == null
            ? all
            : all.stream()
                .filter(r -> chosen.id().equals(r.gridId()))
                .sorted(Comparator.comparingInt(this::rank))
                .toList();
    shown.setAll(rows);
    // keep the selected runs that are still there (as their new records)
    List<String> ids = selected.stream().map(RunRecord::id).toList();
    select(rows.stream().filter(r -> ids.contains(r.id())).toList());
  }

  private void compare() {
    if (selected.size() < 2) {
      comparison.clear();
      comparisonNote.set("");
      return;
    }
    List<SettingRow> rows = SettingRow.compare(selected);
    long differing = rows.stream().filter(SettingRow::differs).count();
    comparison.setAll(
        onlyDifferences.get() ? rows.stream().filter(SettingRow::differs).toList() : rows);
    comparisonNote.set(
        differing == 0
            ? "The selected runs have the same settings (seeds aside, they differ only by chance)."
            : differing
                + (differing == 1 ? " setting differs, " : " settings differ, ")
                + (rows.size() - differing)
                + " are the same.");
  }

  private void fail(String message) {
    errorMessage.set(null);
    errorMessage.set(message);
  }
}
