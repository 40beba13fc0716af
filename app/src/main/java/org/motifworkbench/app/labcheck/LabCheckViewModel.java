package org.motifworkbench.app.labcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.ProgressRelay;
import org.motifworkbench.app.lessons.Check;
import org.motifworkbench.app.lessons.Lesson;
import org.motifworkbench.app.lessons.LessonData;
import org.motifworkbench.app.lessons.LessonLibrary;
import org.motifworkbench.app.lessons.LessonStep;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.network.EngineStatus;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.workflow.TrainingWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Help > Lab check: trains lesson 1 (its data, preset, epochs and seed, read from the lesson file
 * through the {@link LessonLibrary}) on the engine thread, with its own data and model, so the
 * user's open data and model stay as they were; then reports the time, the test accuracy, the
 * engine, device and cores, and a verdict against the 90-minute plan's budget.
 */
public final class LabCheckViewModel {

  /**
   * What the 90-minute plan (docs/teaching.md) allows for lesson 1's training. On a shared 2-core
   * machine it took 3.1 s in the app and 6.6-14.2 s with {@code mwb train} (JVM start included), so
   * a classroom laptop up to about four times slower than the slowest of those still keeps to the
   * plan.
   */
  public static final double PLAN_BUDGET_SECONDS = 60;

  /** The lesson file the check trains: the first lesson of the shipped set. */
  static final String LESSON_FILE_PREFIX = "1-";

  private static final Logger LOG = LoggerFactory.getLogger(LabCheckViewModel.class);

  private final BackgroundRunner engineRunner;
  private final Path lessonsFolder;
  private final Function<String, Path> sampleFile;
  private final Supplier<EngineStatus> engine;
  private final ObservableBooleanValue workspaceTraining;
  private final Executor uiThread;
  private final double budgetSeconds;

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyObjectWrapper<LabCheckReport> report =
      new ReadOnlyObjectWrapper<>(this, "report");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "error");
  private CancellationToken cancel;

  /**
   * @param engineRunner the one thread of model work (training runs there one at a time)
   * @param lessonsFolder the lesson files (lesson 1 is read from there)
   * @param sampleFile where a sample data set of the lessons is, by file name
   * @param engine starts the engine (once) and says what it runs on
   * @param workspaceTraining whether the Train screen is training (the check waits for it)
   * @param uiThread where progress is handed to ({@code Platform::runLater} in the app)
   * @param budgetSeconds the plan's allowance for lesson 1's training ({@link
   *     #PLAN_BUDGET_SECONDS})
   */
  public LabCheckViewModel(
      BackgroundRunner engineRunner,
      Path lessonsFolder,
      Function<String, Path> sampleFile,
      Supplier<EngineStatus> engine,
      ObservableBooleanValue workspaceTraining,
      Executor uiThread,
      double budgetSeconds) {
    this.engineRunner = engineRunner;
    this.lessonsFolder = lessonsFolder;
    this.sampleFile = sampleFile;
    this.engine = engine;
    this.workspaceTraining = workspaceTraining;
    this.uiThread = uiThread;
    this.budgetSeconds = budgetSeconds;
  }

  /** Starts the check, unless one runs or the Train screen is training. */
  public void start() {
    if (running.get()) {
      return;
    }
    if (workspaceTraining.get()) {
      errorMessage.set(
          "The Train screen is training a model. Let it finish (or stop it), then run the lab"
              + " check: two trainings at once would each take longer and the time would say"
              + " nothing about this computer.");
      return;
    }
    CancellationToken token = new CancellationToken();
    cancel = token;
    running.set(true);
    report.set(null);
    errorMessage.set(null);
    progress.set(-1);
    status.set("Reading lesson 1 and starting the engine\u2026");
    ProgressRelay relay =
        new ProgressRelay(
            uiThread,
            (fraction, message) -> {
              if (running.get() && !token.isCancelled()) {
                progress.set(fraction);
                status.set(message);
              }
            });
    engineRunner.run(
        "lab check: training lesson 1",
        () -> check(token, relay),
        done -> {
          running.set(false);
          cancel = null;
          if (done == null) {
            progress.set(0);
            status.set("Lab check stopped.");
          } else {
            progress.set(1);
            status.set("");
            report.set(done);
            LOG.info("Lab check: {}", String.join(" ", done.lines()));
          }
        },
        failure -> {
          running.set(false);
          cancel = null;
          progress.set(0);
          status.set("");
          errorMessage.set(messageFor(failure));
        });
  }

  /** Stops the check after the current training batch; nothing is reported. */
  public void cancel() {
    if (running.get() && cancel != null) {
      cancel.cancel();
      status.set("Stopping after the current batch\u2026");
    }
  }

  /** Runs on the engine thread; null when cancelled. */
  private LabCheckReport check(CancellationToken token, ProgressRelay relay) {
    Lesson lesson = lessonOne();
    LessonData lessonData = firstData(lesson);
    Path file = sampleFile.apply(lessonData.sample());
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          lesson.file() + ": its data set " + file + " is missing. Reinstall the workbench.");
    }
    var overrides = lesson.settings();
    NetworkPreset preset = overrides.preset() == null ? NetworkPreset.TEACHING : overrides.preset();
    // what starting the lesson gives: the preset's defaults, then the lesson's own fields
    ModelSettings settings = overrides.applyTo(ModelSettings.of(preset));
    EngineStatus status = engine.get();
    OpenedData data = OpenedData.open(List.of(file));
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            data.sequences(),
            data.source(),
            settings.lengthPolicy(data.sequences()),
            settings.seededSplit(),
            settings.networkFor(data.sequences()).spec(),
            settings.training(),
            TrainingWorkflow.knownCeiling(data.source()));
    int maxEpochs = settings.training().epochs();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void batchFinished(BatchProgress p) {
            relay.progress(
                p.fractionDone(maxEpochs),
                String.format(
                    Locale.ROOT, "Training lesson 1: epoch %d of %d", p.epoch(), maxEpochs));
          }
        };
    long start = System.nanoTime();
    TrainingWorkflow.Outcome outcome = TrainingWorkflow.run(request, listener, token);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (outcome.kept()) {
      outcome.bundle().close();
    }
    if (outcome.cancelled() || outcome.test() == null) {
      return null;
    }
    double accuracy = outcome.test().accuracy();
    double required = requiredAccuracy(lesson);
    return new LabCheckReport(
        lesson.title(),
        lessonData.fileName(),
        data.sequences().size(),
        outcome.training().history().size(),
        maxEpochs,
        seconds,
        accuracy,
        required,
        status.summary(),
        EngineStatus.describeDevice(status.device()),
        Runtime.getRuntime().availableProcessors(),
        budgetSeconds,
        LabCheckReport.judge(seconds, budgetSeconds, accuracy, required));
  }

  private Lesson lessonOne() {
    LessonLibrary library = LessonLibrary.read(lessonsFolder);
    return library.lessons().stream()
        .filter(l -> Objects.toString(l.file(), "").startsWith(LESSON_FILE_PREFIX))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Lesson 1 ("
                        + lessonsFolder.resolve(LESSON_FILE_PREFIX + "*.json")
                        + ") could not be read"
                        + (library.problems().isEmpty()
                            ? ": the file is missing."
                            : ": " + String.join(" ", library.problems()))));
  }

  /** The lesson's own data set, else the first step's; it must be a shipped sample. */
  private static LessonData firstData(Lesson lesson) {
    LessonData data = lesson.data();
    for (int i = 0; data == null && i < lesson.size(); i++) {
      data = lesson.step(i).data();
    }
    if (data == null || !data.isSample()) {
      throw new IllegalArgumentException(
          lesson.file() + ": the lab check needs a lesson 1 that opens a sample data set.");
    }
    return data;
  }

  /** The accuracy the lesson's first accuracy check asks for; 90% when it has none. */
  private static double requiredAccuracy(Lesson lesson) {
    for (LessonStep step : lesson.steps()) {
      if (step.check() instanceof Check.ValidationAccuracyAtLeast v) {
        return v.value();
      }
      if (step.check() instanceof Check.TestAccuracyAtLeast t) {
        return t.value();
      }
    }
    return 0.9;
  }

  private static String messageFor(Throwable failure) {
    if (failure instanceof IllegalArgumentException || failure instanceof InvalidInputException) {
      return "The lab check could not run: " + failure.getMessage();
    }
    LOG.error("Lab check failed", failure);
    return "The lab check failed: " + failure + ". The details are in the log.";
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Fraction done, 0-1, or -1 while it cannot be told (reading, starting the engine). */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What the check is doing, e.g. "Training lesson 1: epoch 3 of 8". */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The last finished check's report, or null. */
  public ReadOnlyObjectProperty<LabCheckReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /** Why the check could not run or failed, or null. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }
}
