package org.motifworkbench.app.train;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.app.session.DataIdentity;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.workflow.TrainingWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the Train screen: start a run on the engine thread with the workspace's
 * data and settings, follow it (progress, live curves), cancel it, and put the trained model in the
 * workspace. Training events reach this view model through a {@link TrainingFeed}, at most ~10
 * times a second, on the FX thread.
 */
public final class TrainViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(TrainViewModel.class);

  /** What Cancel does, said while training runs. */
  static final String RUNNING_NOTE =
      "Training\u2026 Cancel stops after the current batch and"
          + " keeps the weights of the best epoch so far (nothing is kept before the first epoch"
          + " ends).";

  private final ObservableList<String> devices = FXCollections.observableArrayList();
  private final ObjectProperty<String> device = new SimpleObjectProperty<>(this, "device");
  private final Workspace workspace;
  private final ObservableStringValue engineStatus;
  private final Executor fxThread;
  private final LongSupplier clock;

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper progressText =
      new ReadOnlyStringWrapper(this, "progressText", "");
  private final ReadOnlyStringWrapper resultText =
      new ReadOnlyStringWrapper(this, "resultText", "");
  private final ReadOnlyStringWrapper errorMessage =
      new ReadOnlyStringWrapper(this, "errorMessage");
  private final ReadOnlyBooleanWrapper modelReady = new ReadOnlyBooleanWrapper(this, "modelReady");
  private final ReadOnlyObjectWrapper<TrainingCurves> curves =
      new ReadOnlyObjectWrapper<>(this, "curves", TrainingCurves.empty(Double.NaN, 0.5));
  private final ReadOnlyObjectWrapper<FilterSnapshot> filters =
      new ReadOnlyObjectWrapper<>(this, "filters");
  private final StringBinding plan;
  private final BooleanBinding canStart;
  private final ReadOnlyObjectWrapper<DataIdentity> runData =
      new ReadOnlyObjectWrapper<>(this, "runData");
  private final BooleanBinding runOnOpenData;
  private final StringBinding otherRunNote;

  private CancellationToken cancel;
  private RunKeeper keeper = RunKeeper.NONE;
  private final LatestRequestRunner runs;

  /**
   * @param engineRunner runs model work, one piece at a time
   * @param engineStatus e.g. "PyTorch 2.7.1 on CPU", from the main window
   * @param fxThread where training events are handed over (Platform::runLater; direct in tests)
   */
  public TrainViewModel(
      BackgroundRunner engineRunner,
      Workspace workspace,
      ObservableStringValue engineStatus,
      Executor fxThread) {
    this(engineRunner, workspace, engineStatus, fxThread, System::currentTimeMillis);
  }

  TrainViewModel(
      BackgroundRunner engineRunner,
      Workspace workspace,
      ObservableStringValue engineStatus,
      Executor fxThread,
      LongSupplier clock) {
    this.runs = new LatestRequestRunner(engineRunner);
    this.workspace = workspace;
    this.engineStatus = engineStatus;
    this.fxThread = fxThread;
    this.clock = clock;
    this.plan =
        Bindings.createStringBinding(
            () -> TrainingText.plan(workspace.getData(), workspace.getSettings()),
            workspace.dataProperty(),
            workspace.settingsProperty());
    this.canStart =
        workspace
            .dataProperty()
            .isNotNull()
            .and(running.not())
            .and(workspace.trainingProperty().not());
    this.runOnOpenData =
        Bindings.createBooleanBinding(
            () ->
                running.get()
                    || runData.get() == null
                    || workspace.getData() == null
                    || runData.get().sameData(workspace.getData().identity()),
            running,
            runData,
            workspace.dataProperty());
    this.otherRunNote =
        Bindings.createStringBinding(this::otherRunNote, runOnOpenData, workspace.dataProperty());
  }

  /** Trains a model on the open data with the current settings. */
  public void start() {
    OpenedData data = workspace.getData();
    if (running.get() || workspace.isTraining() || data == null) {
      return;
    }
    ModelSettings settings = workspace.getSettings();
    List<String> problems = settings.validate();
    if (!problems.isEmpty()) {
      fail(
          "The model settings need fixing on the Model screen first: "
              + String.join(" ", problems));
      return;
    }
    TrainingWorkflow.Request request;
    try {
      request = TrainingJob.request(data, settings, device.get());
    } catch (IllegalArgumentException | InvalidInputException e) {
      LOG.info("Training refused: {}", e.getMessage());
      fail("Training could not start: " + e.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.error("Could not prepare training", e);
      fail("Training could not start: " + e + ". The details are in the log.");
      return;
    }
    RunKeeper keeping = keeper;
    LatestRequestRunner.Request run = runs.begin();
    CancellationToken token = new CancellationToken();
    cancel = token;
    CurveRecorder recorder =
        new CurveRecorder(request.ceiling(), settings.training().plateauFactor());
    int maxEpochs = settings.training().epochs();
    TrainingFeed feed =
        new TrainingFeed(
            fxThread,
            clock,
            events -> {
              if (run.isLatest()) {
                show(events, recorder, maxEpochs);
              }
            });
    begin(recorder);
    runData.set(data.identity());
    run.run(
        "training on " + data.displayName(),
        () -> TrainingJob.run(request, data.identity(), FilterWatch.around(feed), token, keeping),
        finished -> {
          feed.flush();
          succeed(finished);
        },
        failure -> {
          end();
          fail(messageFor(failure));
        },
        superseded -> {
          feed.flush();
          if (superseded.kept()) {
            superseded.model().bundle().close();
          }
        });
  }

  /** Asks the running training to stop after its current batch. */
  public void cancel() {
    if (running.get() && cancel != null) {
      cancel.cancel();
      cancelling.set(true);
      progressText.set("Stopping after the current batch\u2026");
    }
  }

  private void begin(CurveRecorder recorder) {
    running.set(true);
    cancelling.set(false);
    workspace.trainingProperty().set(true);
    modelReady.set(false);
    errorMessage.set(null);
    resultText.set(RUNNING_NOTE);
    progress.set(-1); // indeterminate until the first batch: splitting and building take a moment
    progressText.set("Preparing the data and the network\u2026");
    curves.set(recorder.snapshot());
    filters.set(null);
  }

  private void show(List<Object> events, CurveRecorder recorder, int maxEpochs) {
    BatchProgress last = null;
    for (Object event : events) {
      if (event instanceof BatchProgress p) {
        recorder.batch(p);
        last = p;
      } else if (event instanceof FilterSnapshot f) {
        filters.set(f);
      } else if (event instanceof EpochResult e) {
        recorder.epoch(e);
      } else if (event instanceof TrainingFeed.StoppedEarly s) {
        recorder.stoppedEarly(s.epoch());
      }
    }
    curves.set(recorder.snapshot());
    if (last != null && !cancelling.get()) {
      progress.set(last.fractionDone(maxEpochs));
      progressText.set(TrainingText.progress(last, maxEpochs));
    }
  }

  private void succeed(TrainingJob.Finished finished) {
    end();
    if (finished.kept()) {
      workspace.setModel(finished.model());
      modelReady.set(true);
      progress.set(1);
    } else {
      progress.set(0);
    }
    progressText.set("");
    resultText.set(TrainingText.result(finished));
    LOG.info("Training ended: {}", resultText.get());
    if (finished.keepProblem() != null) {
      fail(
          "The run was not added to the project: "
              + finished.keepProblem()
              + " The model is still open: save it with File > Save model as.");
    }
  }

  // Hook for projects (issue 21): every finished run that kept a model is kept by the project.

  /** Each run that keeps a model is handed to {@code keeper} on the engine thread from now on. */
  public void keepRunsWith(RunKeeper keeper) {
    this.keeper = keeper == null ? RunKeeper.NONE : keeper;
  }

  private void end() {
    running.set(false);
    cancelling.set(false);
    workspace.trainingProperty().set(false);
    cancel = null;
  }

  private void fail(String message) {
    progressText.set("");
    errorMessage.set(null); // the same message twice must still be seen as a change
    errorMessage.set(message);
  }

  private static String messageFor(Throwable failure) {
    if (failure instanceof InvalidInputException || failure instanceof IllegalArgumentException) {
      LOG.info("Training refused: {}", failure.getMessage());
      return "Training could not run: " + failure.getMessage();
    }
    LOG.error("Training failed", failure);
    return "Training failed: "
        + failure
        + ". The details are in the log; please report this as a bug.";
  }

  /** The devices training can run on ("cpu", "gpu(0)", ...), from the engine once started. */
  public ObservableList<String> devices() {
    return devices;
  }

  /** Makes {@code available} the devices to choose from; a GPU is chosen when there is one. */
  public void setDevices(List<String> available) {
    devices.setAll(available);
    device.set(
        available.stream()
            .filter(d -> d.startsWith("gpu"))
            .findFirst()
            .orElse(available.isEmpty() ? null : available.get(0)));
  }

  /** The device the next run trains on; null for the engine's default. */
  public ObjectProperty<String> deviceProperty() {
    return device;
  }

  /** "PyTorch 2.7.1 on CPU", or "Starting engine..." while it starts. */
  public ObservableStringValue engineStatusProperty() {
    return engineStatus;
  }

  /** One line: data, sequences, classes, preset, epochs and input length. */
  public StringBinding planProperty() {
    return plan;
  }

  /** True when Start can be pressed: data is open and nothing is training. */
  public BooleanBinding canStartProperty() {
    return canStart;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public boolean isRunning() {
    return running.get();
  }

  /** True between Cancel and the end of the run. */
  public ReadOnlyBooleanProperty cancellingProperty() {
    return cancelling.getReadOnlyProperty();
  }

  /** Fraction of the maximum number of epochs done, 0 to 1; -1 while preparing. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** "Epoch 3 of 50 · batch 12 of 25 · at most 40 s left". */
  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  /** How the last run ended (best epoch, stop reason, test accuracy); empty before. */
  public ReadOnlyStringProperty resultTextProperty() {
    return resultText.getReadOnlyProperty();
  }

  public String getResultText() {
    return resultText.get();
  }

  /** Why training could not start or failed, for a dialog; null otherwise. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  public String getErrorMessage() {
    return errorMessage.get();
  }

  /** True when the last run put its model in the workspace (the Evaluate button shows). */
  public ReadOnlyBooleanProperty modelReadyProperty() {
    return modelReady.getReadOnlyProperty();
  }

  /**
   * True unless the last run was on other data than the open data: its curves, result and filters
   * are then not shown as if they were about the open data. True while a run goes on.
   */
  public BooleanBinding runOnOpenDataBinding() {
    return runOnOpenData;
  }

  public boolean isRunOnOpenData() {
    return runOnOpenData.get();
  }

  /** Why the last run's curves are not shown ("The last run was on ..."); "" when they are. */
  public StringBinding otherRunNoteBinding() {
    return otherRunNote;
  }

  private String otherRunNote() {
    OpenedData open = workspace.getData();
    return runOnOpenData.get() || open == null
        ? ""
        : "The last training run was on "
            + runData.get().displayName()
            + ": its curves and"
            + " result are not shown for "
            + open.displayName()
            + ". Start training to train a"
            + " model on "
            + open.displayName()
            + ".";
  }

  /** The live curves of the current or last run. */
  public ReadOnlyObjectProperty<TrainingCurves> curvesProperty() {
    return curves.getReadOnlyProperty();
  }

  public TrainingCurves getCurves() {
    return curves.get();
  }

  /**
   * The leading first-layer filter motifs after the latest epoch of the current or last run; null
   * before the first epoch ends.
   */
  public ReadOnlyObjectProperty<FilterSnapshot> filtersProperty() {
    return filters.getReadOnlyProperty();
  }

  public FilterSnapshot getFilters() {
    return filters.get();
  }

  /** The colours of the bases (the workspace's palette), for the filter logos. */
  public ReadOnlyObjectProperty<NucleotidePalette> paletteProperty() {
    return workspace.paletteProperty();
  }
}
