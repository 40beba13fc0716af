package org.motifworkbench.app.runs;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.workflow.GridCombination;
import org.motifworkbench.workflow.GridEstimate;
import org.motifworkbench.workflow.GridRequest;
import org.motifworkbench.workflow.GridResult;
import org.motifworkbench.workflow.GridSearch;
import org.motifworkbench.workflow.GridSpec;
import org.motifworkbench.workflow.TrainingWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the grid dialog: up to {@value #AXES} settings with their values on top of
 * the Model screen's settings (the base) and split, the combination count, and the search itself in
 * the background with progress, estimate, cancel and resume (the same grid started again skips the
 * combinations already in the project). Each combination becomes a run of the project.
 */
public final class GridViewModel {

  /** How many settings one grid may vary. */
  public static final int AXES = 4;

  private static final Logger LOG = LoggerFactory.getLogger(GridViewModel.class);

  private final Workspace workspace;
  private final BackgroundRunner engine;
  private final Executor fx;
  private final RunSource runs;
  private final Consumer<String> finished;
  private final List<Axis> axes = new ArrayList<>();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper combinations = new ReadOnlyIntegerWrapper(this, "count");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(this, "resumable");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper(this, "estimate", "");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "error");
  private CancellationToken cancel;
  private int done;

  /**
   * @param engine the model-work runner (the grid trains there, one combination after another)
   * @param fx hands the search's events to the FX thread ({@code Platform::runLater})
   * @param runs the project the runs are added to
   * @param finished called with the grid's id when a search ends (not when it failed)
   */
  public GridViewModel(
      Workspace workspace,
      BackgroundRunner engine,
      Executor fx,
      RunSource runs,
      Consumer<String> finished) {
    this.workspace = workspace;
    this.engine = engine;
    this.fx = fx;
    this.runs = runs;
    this.finished = finished;
    for (int i = 0; i < AXES; i++) {
      Axis axis = new Axis();
      axis.setting.addListener((obs, old, s) -> check());
      axis.values.addListener((obs, old, v) -> check());
      axes.add(axis);
    }
    workspace.settingsProperty().addListener((obs, old, s) -> check());
    workspace.dataProperty().addListener((obs, old, d) -> check());
    check();
  }

  /** The settings a grid may vary. */
  public List<GridSetting> settings() {
    return GridSetting.all();
  }

  /**
   * The {@value #AXES} rows of the dialog: a setting and its values each; blank rows are left out.
   */
  public List<Axis> axes() {
    return List.copyOf(axes);
  }

  /** Why the grid cannot start, in plain words; empty when it can. */
  public ObservableList<String> problems() {
    return problems;
  }

  /** How many runs the grid trains. */
  public ReadOnlyIntegerProperty combinationsProperty() {
    return combinations.getReadOnlyProperty();
  }

  /** E.g. "4 combinations: 4 runs of up to 5 epochs each, on the Model screen's split". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** True after a cancelled search: starting again resumes it. */
  public ReadOnlyBooleanProperty resumableProperty() {
    return resumable.getReadOnlyProperty();
  }

  /** 0 to 1 over the whole grid. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** E.g. "Combination 2 of 4 (filters=32), epoch 3 of 5". */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The time left, once the first epoch is measured: "at most ~3 min (...)". */
  public ReadOnlyStringProperty estimateProperty() {
    return estimate.getReadOnlyProperty();
  }

  /** Why the search failed; set anew on each failure. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  /** The grid as a grid file ({@code mwb grid --config} reads it). */
  public String gridJson() {
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(grid());
  }

  /** Saves the grid as a grid file (atomically). */
  public void saveGridFile(Path file) {
    try {
      AtomicFile.writeString(file, gridJson() + "\n");
    } catch (IOException | RuntimeException e) {
      fail(
          "Could not write "
              + file
              + ": "
              + e.getMessage()
              + ". Check that the folder exists and you may write there.");
    }
  }

  /** Starts (or resumes) the search in the background; the problems say why it cannot. */
  public void start() {
    check();
    if (!problems.isEmpty() || running.get()) {
      return;
    }
    OpenedData data = workspace.getData();
    ModelSettings settings = workspace.getSettings();
    String json = gridJson();
    cancel = new CancellationToken();
    CancellationToken token = cancel;
    running.set(true);
    resumable.set(false);
    workspace.trainingProperty().set(true);
    progress.set(0);
    estimate.set("");
    status.set("Starting the grid...");
    done = 0;
    engine.run(
        "grid search",
        () -> {
          GridSpec spec = read(json);
          GridRequest request =
              new GridRequest(
                  spec,
                  data.sequences(),
                  data.source(),
                  settings.lengthPolicy(data.sequences()),
                  settings.seededSplit(),
                  TrainingWorkflow.knownCeiling(data.source()),
                  null);
          return GridSearch.run(request, runs.project(), new Events(spec.size()), token);
        },
        this::ended,
        failure -> {
          stopped();
          LOG.warn("The grid search failed", failure);
          status.set("");
          fail(
              failure instanceof InvalidInputException
                      || failure instanceof IllegalArgumentException
                  ? failure.getMessage()
                  : "The grid search stopped: " + failure + ". The details are in the log.");
        });
  }

  /** Stops the search after the current batch; the finished combinations stay in the project. */
  public void cancel() {
    if (cancel != null) {
      cancel.cancel();
    }
  }

  private void ended(GridResult result) {
    stopped();
    RunRecord best = result.best();
    String bestText =
        best == null
            ? ""
            : " Best on validation: "
                + best.name()
                + String.format(Locale.ROOT, " (accuracy %.3f).", best.validationAccuracy());
    if (result.cancelled()) {
      resumable.set(true);
      status.set(
          "Cancelled after "
              + result.ranked().size()
              + " of "
              + combinations.get()
              + " combinations: Resume trains the rest."
              + bestText);
    } else {
      progress.set(1);
      status.set(
          "Done: "
              + result.ranked().size()
              + " runs"
              + (result.skipped() > 0 ? " (" + result.skipped() + " already there)" : "")
              + "."
              + bestText);
    }
    if (!result.ranked().isEmpty()) {
      finished.accept(result.ranked().get(0).gridId());
    }
  }

  private void stopped() {
    running.set(false);
    workspace.trainingProperty().set(false);
    runs.refresh();
  }

  /** The grid file's content: the preset, the form's network and training, the axes. */
  JsonObject grid() {
    ModelSettings settings = workspace.getSettings();
    JsonObject grid = new JsonObject();
    grid.addProperty("preset", settings.preset().name().toLowerCase(Locale.ROOT));
    grid.add("base", baseJson(settings));
    JsonObject values = new JsonObject();
    for (Axis axis : axes) {
      if (axis.used()) {
        try {
          values.add(axis.setting.get().key(), axis.setting.get().values(axis.values.get()));
        } catch (IllegalArgumentException e) {
          // reported by check(); the file keeps the readable axes
        }
      }
    }
    grid.add("grid", values);
    return grid;
  }

  private static JsonObject baseJson(ModelSettings settings) {
    JsonObject config = JsonParser.parseString(settings.runConfig().toJson()).getAsJsonObject();
    JsonObject base = new JsonObject();
    base.add("network", config.get("network"));
    base.add("training", config.get("training"));
    return base;
  }

  /** How errors in the dialog's grid name it (a grid file's errors name the file). */
  private static final String GRID_NAME = "The grid";

  /** Reads the grid as {@code mwb grid} would, so both refuse the same grids. */
  private static GridSpec read(String json) {
    try {
      return GridSpec.parse(json, GRID_NAME, org.motifworkbench.network.NetworkPreset.DEFAULT);
    } catch (InvalidInputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private void check() {
    List<String> found = new ArrayList<>();
    int count = 1;
    int used = 0;
    List<String> keys = new ArrayList<>();
    for (Axis axis : axes) {
      axis.problem.set("");
      if (!axis.used()) {
        continue;
      }
      used++;
      GridSetting setting = axis.setting.get();
      if (keys.contains(setting.key())) {
        axis.problem.set(setting.parameter().label() + " is chosen twice.");
      } else {
        keys.add(setting.key());
        try {
          count *= setting.values(axis.values.get()).size();
        } catch (IllegalArgumentException e) {
          axis.problem.set(e.getMessage());
        }
      }
      if (!axis.problem.get().isEmpty()) {
        found.add(axis.problem.get());
      }
    }
    if (used == 0) {
      found.add("Choose a setting and type its values (e.g. Filters per branch: 16, 32).");
      count = 0;
    }
    if (count > GridSpec.MAX_COMBINATIONS) {
      found.add(count + " combinations are too many: at most " + GridSpec.MAX_COMBINATIONS + ".");
    }
    if (workspace.getData() == null) {
      found.add("Open a data set first (step 1): the grid trains on it.");
    }
    found.addAll(workspace.getSettings().validate());
    problems.setAll(found);
    combinations.set(count);
    int epochs = workspace.getSettings().training().epochs();
    summary.set(
        count == 0
            ? ""
            : count
                + (count == 1 ? " combination" : " combinations")
                + ": "
                + count
                + (count == 1 ? " run" : " runs")
                + " of up to "
                + epochs
                + (epochs == 1 ? " epoch" : " epochs")
                + " each (unless the grid varies epochs), on the Model screen's split.");
  }

  private void fail(String message) {
    errorMessage.set(null);
    errorMessage.set(message);
  }

  /** One row of the dialog: a setting (null: unused) and its values as typed. */
  public static final class Axis {
    private final ObjectProperty<GridSetting> setting = new SimpleObjectProperty<>();
    private final StringProperty values = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ObjectProperty<GridSetting> settingProperty() {
      return setting;
    }

    public StringProperty valuesProperty() {
      return values;
    }

    /** What is wrong with this row, or "". */
    public ReadOnlyStringProperty problemProperty() {
      return problem.getReadOnlyProperty();
    }

    /** A row counts once it has a setting and values: emptying the values leaves it out. */
    boolean used() {
      return setting.get() != null && !values.get().isBlank();
    }
  }

  /** The search's events, handed to the FX thread. */
  private final class Events implements GridSearch.Listener {
    private final int total;

    Events(int total) {
      this.total = total;
    }

    @Override
    public void combinationSkipped(GridCombination c, RunRecord run) {
      fx.execute(() -> done++);
    }

    @Override
    public void combinationStarted(GridCombination c) {
      fx.execute(
          () -> {
            status.set(name(c) + ", starting");
            progress.set((double) done / total);
          });
    }

    @Override
    public void epochFinished(GridCombination c, EpochResult epoch) {
      int epochs = c.config().training().epochs();
      fx.execute(
          () -> {
            status.set(name(c) + ", epoch " + epoch.epoch() + " of " + epochs);
            progress.set((done + (double) epoch.epoch() / epochs) / total);
          });
    }

    @Override
    public void combinationFinished(GridCombination c, RunRecord run) {
      fx.execute(
          () -> {
            done++;
            progress.set((double) done / total);
            runs.refresh();
          });
    }

    @Override
    public void estimated(GridEstimate e) {
      fx.execute(() -> estimate.set("Time left: " + e.text()));
    }

    private String name(GridCombination c) {
      return "Combination " + (c.index() + 1) + " of " + total + " (" + c.label() + ")";
    }
  }
}
