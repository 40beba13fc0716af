package org.motifworkbench.app.session;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.workflow.EvaluationWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notice every screen that depends on the model shows while the model's results belong to other
 * data than the open data: what the model was trained on, what is open, and the two ways on
 * (evaluate this model on the open data when the classes allow it, or train a new model).
 * Evaluating makes the open data the data of the model's results, for every screen at once.
 */
public final class OtherDataViewModel {

  /** Scores a model on labelled data; {@link EvaluationWorkflow#evaluate} in the app. */
  @FunctionalInterface
  public interface ModelEvaluation {
    ClassificationMetrics evaluate(ModelBundle bundle, SequenceSet data);
  }

  private static final Logger LOG = LoggerFactory.getLogger(OtherDataViewModel.class);

  private final Workspace workspace;
  private final ModelEvaluation evaluation;
  private final BooleanBinding shown;
  private final BooleanBinding classesFit;
  private final StringBinding message;
  private final StringBinding evaluateLabel;
  private final ReadOnlyBooleanWrapper evaluating = new ReadOnlyBooleanWrapper(this, "evaluating");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "error");
  private final BooleanBinding canEvaluate;
  private final LatestRequestRunner evaluations;

  public OtherDataViewModel(BackgroundRunner engineRunner, Workspace workspace) {
    this(engineRunner, workspace, EvaluationWorkflow::evaluate);
  }

  public OtherDataViewModel(
      BackgroundRunner engineRunner, Workspace workspace, ModelEvaluation evaluation) {
    this.evaluations = new LatestRequestRunner(engineRunner);
    this.workspace = workspace;
    this.evaluation = evaluation;
    this.shown =
        Bindings.createBooleanBinding(
            () -> workspace.getMatch().otherData(), workspace.matchProperty());
    this.classesFit =
        Bindings.createBooleanBinding(
            () -> workspace.getMatch() == ModelDataMatch.OTHER_DATA, workspace.matchProperty());
    this.message = Bindings.createStringBinding(this::describe, workspace.matchProperty());
    this.evaluateLabel =
        Bindings.createStringBinding(
            () ->
                workspace.getData() == null
                    ? ""
                    : "Evaluate this model on " + workspace.getData().displayName(),
            workspace.dataProperty());
    this.canEvaluate =
        Bindings.createBooleanBinding(
            () ->
                workspace.getModel() != null
                    && workspace.getData() != null
                    && workspace
                        .getModel()
                        .classNames()
                        .containsAll(workspace.getData().sequences().classNames())
                    && !workspace.isTraining()
                    && !evaluating.get(),
            workspace.modelProperty(),
            workspace.dataProperty(),
            workspace.trainingProperty(),
            evaluating);
  }

  /**
   * Scores the current model on all of the open data, on the engine thread; on success the model's
   * results are those, so every screen shows them as results for the open data.
   */
  public void evaluateOnOpenData() {
    if (!canEvaluate.get()) {
      return;
    }
    TrainedModel model = workspace.getModel();
    OpenedData data = workspace.getData();
    evaluating.set(true);
    errorMessage.set(null);
    evaluations.run(
        "evaluating on " + data.displayName(),
        () -> evaluation.evaluate(model.bundle(), data.sequences()),
        metrics -> {
          evaluating.set(false);
          // Another model or other data since the request: these numbers belong to neither.
          // Identity on purpose: an equal model trained again is still another model.
          @SuppressWarnings("ReferenceEquality")
          boolean same = workspace.getModel() == model && workspace.getData() == data;
          if (same) {
            workspace.setModel(model.evaluatedOn(data, metrics));
          }
        },
        failure -> {
          evaluating.set(false);
          fail(messageFor(failure, data));
        });
  }

  private String describe() {
    ModelDataMatch match = workspace.getMatch();
    if (!match.otherData()) {
      return "";
    }
    TrainedModel model = workspace.getModel();
    OpenedData data = workspace.getData();
    String trainedOn = model.trainedOn().displayName();
    StringBuilder text = new StringBuilder("This model was trained on " + trainedOn);
    if (!model.heldOut()) {
      text.append(" and evaluated on ").append(model.data().displayName());
    }
    text.append(". The open data is ")
        .append(data.displayName())
        .append(", so its results")
        .append(" (accuracy, curves, scored sequences, motifs) are not shown here.");
    List<String> dataClasses = data.sequences().classNames();
    if (match == ModelDataMatch.OTHER_DATA) {
      text.append(" It knows the classes of ")
          .append(data.displayName())
          .append(" (")
          .append(String.join(", ", dataClasses))
          .append("): evaluate it on them, or train")
          .append(" a new model.");
    } else {
      text.append(" Its classes (")
          .append(String.join(", ", model.classNames()))
          .append(") are not those of ")
          .append(data.displayName())
          .append(" (")
          .append(String.join(", ", dataClasses))
          .append("): train a new model for them.");
    }
    return text.toString();
  }

  private void fail(String message) {
    errorMessage.set(null); // the same message twice must still be seen as a change
    errorMessage.set(message);
  }

  private static String messageFor(Throwable failure, OpenedData data) {
    if (failure instanceof InvalidInputException) {
      LOG.info(
          "The model could not be evaluated on {}: {}", data.displayName(), failure.getMessage());
      return "Could not evaluate on " + data.displayName() + ": " + failure.getMessage();
    }
    LOG.error("Evaluation on {} failed", data.displayName(), failure);
    return "Something went wrong while evaluating on "
        + data.displayName()
        + ": "
        + failure
        + ". The details are in the log; please report this as a bug.";
  }

  /** True while the model's results belong to other data than the open data. */
  public BooleanBinding shownBinding() {
    return shown;
  }

  public boolean isShown() {
    return shown.get();
  }

  /** True when the open data's classes are the model's: "Evaluate" is offered. */
  public BooleanBinding classesFitBinding() {
    return classesFit;
  }

  /** What the model belongs to and what to do, in plain words; empty when not shown. */
  public StringBinding messageBinding() {
    return message;
  }

  public String getMessage() {
    return message.get();
  }

  /** "Evaluate this model on other.fa". */
  public StringBinding evaluateLabelBinding() {
    return evaluateLabel;
  }

  /** Whether the model can be evaluated on the open data now. */
  public BooleanBinding canEvaluateBinding() {
    return canEvaluate;
  }

  /** True while the model is being scored on the open data. */
  public ReadOnlyBooleanProperty evaluatingProperty() {
    return evaluating.getReadOnlyProperty();
  }

  /** Why the last evaluation failed, to show as is; null when it did not. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  public String getErrorMessage() {
    return errorMessage.get();
  }
}
