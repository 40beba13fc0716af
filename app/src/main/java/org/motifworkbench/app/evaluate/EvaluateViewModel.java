package org.motifworkbench.app.evaluate;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.session.ModelDataMatch;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.OtherDataViewModel;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.MetricsSummary;
import org.motifworkbench.evaluation.ResultWarnings;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.workflow.EvaluationWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the Evaluate screen. It shows the current model's metrics, on its held-out
 * test set or on the data set it was last evaluated on, and only while they belong to the open data
 * (or no data is open): for other data the screen shows the {@link OtherDataViewModel} notice
 * instead. A model without metrics (an opened model whose test data moved) can be scored on the
 * open data set, on the engine thread.
 */
public final class EvaluateViewModel {

  /** What a ceiling is, for the tooltip beside it. */
  public static final String CEILING_EXPLANATION =
      "This synthetic data set came with its accuracy ceiling: the accuracy on its sequences of"
          + " the best possible rule, which knows how they were made. Random chance puts some"
          + " sequences on the wrong side of any rule, so no model can do better on average; on a"
          + " part of the data, such as the test set, chance can put a model a point or two above"
          + " it. A model close to the ceiling has learned all there is to learn.";

  private static final Logger LOG = LoggerFactory.getLogger(EvaluateViewModel.class);
  private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ROOT);

  private final BackgroundRunner fileRunner;
  private final Workspace workspace;
  private final OtherDataViewModel otherData;

  private final ReadOnlyObjectWrapper<ClassificationMetrics> metrics =
      new ReadOnlyObjectWrapper<>(this, "metrics");
  private final ObservableList<MetricsRow> rows = FXCollections.observableArrayList();
  private final ObservableList<MetricsRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
  private final ReadOnlyStringWrapper accuracy = new ReadOnlyStringWrapper(this, "accuracy", "");
  private final ReadOnlyStringWrapper ceiling = new ReadOnlyStringWrapper(this, "ceiling");
  private final ReadOnlyStringWrapper rocAuc = new ReadOnlyStringWrapper(this, "rocAuc", "");
  private final ReadOnlyStringWrapper prAuc = new ReadOnlyStringWrapper(this, "prAuc", "");
  private final ReadOnlyStringWrapper prBaseline =
      new ReadOnlyStringWrapper(this, "prBaseline", "");
  private final ReadOnlyStringWrapper aucScope = new ReadOnlyStringWrapper(this, "aucScope", "");

  /** Why the shown results are no better than guessing, with what to try; empty when they are. */
  private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");

  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "error");
  private final ReadOnlyStringWrapper savedMessage = new ReadOnlyStringWrapper(this, "saved", "");
  private final BooleanBinding canEvaluateOnData;
  private final ExplanationScoreViewModel explanations;
  private final ReadOnlyStringWrapper evaluateHint = new ReadOnlyStringWrapper(this, "hint", "");

  /** The model and match now shown, so a change of neither shows nothing anew. */
  private TrainedModel shownModel;

  private ModelDataMatch shownMatch;

  /** The screen of the app: evaluation runs {@link EvaluationWorkflow#evaluate}. */
  public EvaluateViewModel(
      BackgroundRunner engineRunner, BackgroundRunner fileRunner, Workspace workspace) {
    this(engineRunner, fileRunner, workspace, new OtherDataViewModel(engineRunner, workspace));
  }

  EvaluateViewModel(
      BackgroundRunner engineRunner,
      BackgroundRunner fileRunner,
      Workspace workspace,
      OtherDataViewModel.ModelEvaluation evaluation) {
    this(
        engineRunner,
        fileRunner,
        workspace,
        new OtherDataViewModel(engineRunner, workspace, evaluation));
  }

  /**
   * @param otherData scores the model on the open data (shared with the other-data notice)
   */
  public EvaluateViewModel(
      BackgroundRunner engineRunner,
      BackgroundRunner fileRunner,
      Workspace workspace,
      OtherDataViewModel otherData) {
    this(engineRunner, fileRunner, workspace, otherData, Runnable::run);
  }

  /**
   * @param otherData scores the model on the open data (shared with the other-data notice)
   * @param uiThread where progress from the engine thread is handed over ({@code
   *     Platform::runLater} in the app)
   */
  public EvaluateViewModel(
      BackgroundRunner engineRunner,
      BackgroundRunner fileRunner,
      Workspace workspace,
      OtherDataViewModel otherData,
      Executor uiThread) {
    this.fileRunner = fileRunner;
    this.workspace = workspace;
    this.otherData = otherData;
    this.explanations = new ExplanationScoreViewModel(engineRunner, workspace, uiThread);
    this.canEvaluateOnData = otherData.canEvaluateBinding();
    workspace.modelProperty().addListener((obs, old, model) -> follow());
    workspace.matchProperty().addListener((obs, old, match) -> follow());
    workspace.dataProperty().addListener((obs, old, data) -> updateHint());
    workspace.trainingProperty().addListener((obs, old, training) -> updateHint());
    // The notice shows its own errors; this screen shows those of its own button.
    otherData
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null && !otherData.isShown()) {
                fail(message);
              }
            });
    follow();
  }

  /**
   * Scores the current model on the open data set (its classes must be the model's); the results
   * then belong to the open data, on every screen.
   */
  public void evaluateOnOpenData() {
    errorMessage.set(null);
    otherData.evaluateOnOpenData();
  }

  /**
   * Writes the shown metrics to {@code file}: TSV when its name ends in ".tsv", otherwise JSON
   * (".json" is added when the name has neither ending).
   */
  public void saveMetrics(Path file) {
    ClassificationMetrics shown = metrics.get();
    if (shown == null) {
      return;
    }
    Path target = withExtension(file);
    boolean tsv = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
    String text = tsv ? shown.toTsv() : shown.toJson();
    savedMessage.set("");
    fileRunner.run(
        "saving metrics to " + target.getFileName(),
        () -> {
          AtomicFile.writeString(target, text);
          return target;
        },
        saved -> savedMessage.set("Saved the metrics to " + saved.getFileName() + "."),
        failure -> {
          LOG.warn("Could not save the metrics to {}", target, failure);
          fail(
              "Could not save the metrics to "
                  + target
                  + ": the folder is missing or cannot be"
                  + " written ("
                  + failure
                  + "). Choose another folder or file name.");
        });
  }

  /** A file name for the save dialog, e.g. "primer-test-metrics.json". */
  public String suggestedFileName() {
    TrainedModel model = workspace.getModel();
    String base =
        model == null || model.file() == null
            ? "model"
            : model.file().getFileName().toString().replaceFirst("\\.mwb$", "");
    return base + "-metrics.json";
  }

  static Path withExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".tsv")
        ? file
        : file.resolveSibling(file.getFileName() + ".json");
  }

  // Identity on purpose: a model trained or opened again is another model, even if equal.
  @SuppressWarnings("ReferenceEquality")
  private void follow() {
    TrainedModel model = workspace.getModel();
    ModelDataMatch match = workspace.getMatch();
    if (model != shownModel || match != shownMatch) {
      shownModel = model;
      shownMatch = match;
      showModel(model, match);
    }
  }

  private void showModel(TrainedModel model, ModelDataMatch match) {
    errorMessage.set(null);
    savedMessage.set("");
    boolean forOpenData = match == ModelDataMatch.MATCHES;
    if (!forOpenData) {
      clear(null); // no model, or the other-data notice says why nothing is shown
    } else if (model.test() == null) {
      clear(noTestProblem(model));
    } else {
      show(model.test(), sourceOf(model) + whoComputed(model), ceilingOf(model));
    }
    boolean scored = forOpenData && model.test() != null;
    explanations.use(
        scored ? model.testSet() : null,
        !scored || model.heldOut() ? "the held-out test set" : model.data().displayName());
    updateHint();
  }

  private void show(ClassificationMetrics shown, String from, OptionalDouble bestPossible) {
    MetricsSummary s = shown.summary();
    problem.set(null);
    source.set(from);
    accuracy.set(MetricsTable.fmt(s.accuracy()));
    ceiling.set(
        bestPossible.isPresent()
            ? String.format(
                Locale.ROOT,
                "Best possible accuracy on this data: %.2f",
                bestPossible.getAsDouble())
            : null);
    rocAuc.set(MetricsTable.rocAuc(s));
    prAuc.set(MetricsTable.prAuc(s));
    prBaseline.set(MetricsTable.prBaseline(s));
    aucScope.set(MetricsTable.aucScope(s));
    warning.set(String.join("\n", ResultWarnings.of(s)));
    rows.setAll(MetricsTable.rows(s));
    metrics.set(shown);
  }

  private void clear(String why) {
    metrics.set(null);
    rows.clear();
    source.set("");
    accuracy.set("");
    ceiling.set(null);
    rocAuc.set("");
    prAuc.set("");
    prBaseline.set("");
    aucScope.set("");
    warning.set("");
    problem.set(why);
  }

  private void updateHint() {
    if (workspace.getModel() == null) {
      evaluateHint.set("");
    } else if (workspace.getData() == null) {
      evaluateHint.set("Open a data set with the model's classes on the Data screen first.");
    } else if (workspace.isTraining()) {
      evaluateHint.set("Wait until training has finished.");
    } else {
      evaluateHint.set(
          "Scores the model on "
              + workspace.getData().displayName()
              + " ("
              + COUNT.format(workspace.getData().sequences().size())
              + " sequences).");
    }
  }

  private void fail(String message) {
    errorMessage.set(null); // the same message twice must still be seen as a change
    errorMessage.set(message);
  }

  private static String noTestProblem(TrainedModel model) {
    String why =
        model.testSetProblem() != null
            ? model.testSetProblem()
            : "It was trained without a test split, or its training was stopped before the end.";
    return "There are no test results for this model. "
        + why
        + "\nYou can score it on the open data set instead.";
  }

  /** What the metrics were computed on, naming the model's own data set. */
  private static String sourceOf(TrainedModel model) {
    String n =
        COUNT.format(model.testSet() != null ? model.testSet().size() : model.test().summary().n());
    if (model.heldOut()) {
      String of = model.data().files().isEmpty() ? "" : " of " + model.data().displayName();
      return "Held-out test set"
          + of
          + ": "
          + n
          + " sequences the model never saw while"
          + " training.";
    }
    String from = "Open data set " + model.data().displayName() + ": " + n + " sequences.";
    if (!model.trainedOn().sameData(model.data()) && !model.trainedOn().files().isEmpty()) {
      return from + " The model was trained on " + model.trainedOn().displayName() + ".";
    }
    if (model.trainedOn().sameData(model.data())) {
      return from
          + " The model was trained on this data, so these numbers are better than it"
          + " would do on new sequences.";
    }
    return from;
  }

  /** " Trained by the Java kernels." after the source; nothing for files that do not say. */
  private static String whoComputed(TrainedModel model) {
    String note = model.backendNote();
    return note.isEmpty()
        ? ""
        : " " + Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".";
  }

  /**
   * The best possible accuracy on the data the metrics are for: the manifest's for its held-out
   * test set (NaN or 0 when unknown), the open data's after an evaluation on it.
   */
  private OptionalDouble ceilingOf(TrainedModel model) {
    if (!model.heldOut()) {
      OpenedData data = workspace.getData();
      return data == null ? OptionalDouble.empty() : data.summary().ceiling();
    }
    double c = model.bundle().manifest().ceiling();
    return c > 0 && c <= 1 ? OptionalDouble.of(c) : OptionalDouble.empty();
  }

  /** The explanation score of the shown data (synthetic data with planted sites only). */
  public ExplanationScoreViewModel explanations() {
    return explanations;
  }

  /** The metrics shown, or null when there are none (no model, or no test results yet). */
  public ReadOnlyObjectProperty<ClassificationMetrics> metricsProperty() {
    return metrics.getReadOnlyProperty();
  }

  public ClassificationMetrics getMetrics() {
    return metrics.get();
  }

  /** The rows of the metrics table: classes, then macro and weighted averages. */
  public ObservableList<MetricsRow> rows() {
    return readOnlyRows;
  }

  /** What the metrics were computed on, e.g. "Held-out test set: 400 sequences ...". */
  public ReadOnlyStringProperty sourceProperty() {
    return source.getReadOnlyProperty();
  }

  /** Accuracy with three decimals, e.g. "0.953"; empty without metrics. */
  public ReadOnlyStringProperty accuracyProperty() {
    return accuracy.getReadOnlyProperty();
  }

  /** "Best possible accuracy on this data: 0.83", or null when the data has no known ceiling. */
  public ReadOnlyStringProperty ceilingProperty() {
    return ceiling.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty rocAucProperty() {
    return rocAuc.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty prAucProperty() {
    return prAuc.getReadOnlyProperty();
  }

  /** "no skill: 0.500": the PR AUC of a model that guesses. */
  public ReadOnlyStringProperty prBaselineProperty() {
    return prBaseline.getReadOnlyProperty();
  }

  /** Which class or average the AUCs are for. */
  /** A warning when the shown results sit at the guessing rate (empty otherwise). */
  public ReadOnlyStringProperty warningProperty() {
    return warning.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty aucScopeProperty() {
    return aucScope.getReadOnlyProperty();
  }

  /** Why there are no metrics to show, in plain words; null when metrics are shown. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** True while the model is being scored on the open data. */
  public ReadOnlyBooleanProperty evaluatingProperty() {
    return otherData.evaluatingProperty();
  }

  /** Whether "Evaluate on the open data set" can run now. */
  public BooleanBinding canEvaluateOnDataBinding() {
    return canEvaluateOnData;
  }

  /** What "Evaluate on the open data set" would do, or what is missing. */
  public ReadOnlyStringProperty evaluateHintProperty() {
    return evaluateHint.getReadOnlyProperty();
  }

  /** The last failure, to show as is; null when there is none. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  /** "Saved the metrics to x.json." after a save; empty otherwise. */
  public ReadOnlyStringProperty savedMessageProperty() {
    return savedMessage.getReadOnlyProperty();
  }
}
