package org.motifworkbench.app.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.network.Backend;
import org.motifworkbench.sequence.SequenceSet;

/**
 * A trained model the Evaluate, Inspect and Motifs screens work on: just trained, or opened from a
 * {@code .mwb} file, with the data its results were computed on.
 *
 * @param bundle the model and its manifest (history, settings, classes); owned by the {@link
 *     Workspace}, which closes it when another model replaces it
 * @param testSet the sequences its results are for (the held-out test split, or a whole data set it
 *     was evaluated on), or null when they could not be re-read (an opened model whose training
 *     data moved); see {@code testSetProblem}
 * @param test metrics on {@code testSet}, or null when there are none
 * @param file where the model was saved or opened from; null while unsaved
 * @param testSetProblem why there is no test set, for the user; null when there is one
 * @param data the data set {@code testSet} and {@code test} belong to
 * @param heldOut true when {@code testSet} is the held-out split of the training data; false after
 *     the model was evaluated on a whole data set
 */
public record TrainedModel(
    ModelBundle bundle,
    SequenceSet testSet,
    ClassificationMetrics test,
    Path file,
    String testSetProblem,
    DataIdentity data,
    boolean heldOut) {

  /** A model whose results are its held-out test split of the data its file records. */
  public TrainedModel(
      ModelBundle bundle,
      SequenceSet testSet,
      ClassificationMetrics test,
      Path file,
      String testSetProblem) {
    this(bundle, testSet, test, file, testSetProblem, recordedData(bundle), true);
  }

  /** A model just trained in this session on the data its manifest records (not saved yet). */
  public static TrainedModel trained(
      ModelBundle bundle, SequenceSet testSet, ClassificationMetrics test) {
    return new TrainedModel(bundle, testSet, test, null, null);
  }

  /** A model just trained in this session on {@code data} (not saved yet). */
  public static TrainedModel trained(
      ModelBundle bundle, SequenceSet testSet, ClassificationMetrics test, DataIdentity data) {
    return new TrainedModel(bundle, testSet, test, null, null, data, true);
  }

  /** This model, now saved at {@code saved}. */
  public TrainedModel savedAs(Path saved) {
    return new TrainedModel(bundle, testSet, test, saved, testSetProblem, data, heldOut);
  }

  /** This model with its results on all of {@code opened}: they now belong to that data. */
  public TrainedModel evaluatedOn(OpenedData opened, ClassificationMetrics metrics) {
    return new TrainedModel(
        bundle, opened.sequences(), metrics, file, null, opened.identity(), false);
  }

  public boolean saved() {
    return file != null;
  }

  /** "promoter.mwb", or "unsaved model" before the first save. */
  public String displayName() {
    return file == null ? "unsaved model" : file.getFileName().toString();
  }

  /** The model's classes, in its output order. */
  public List<String> classNames() {
    return bundle.manifest().classNames();
  }

  /**
   * Who computed the training, as the model's file records it; empty for files written before the
   * workbench recorded it.
   */
  public Optional<Backend> trainedBy() {
    Map<String, String> versions = bundle.manifest().versions();
    return versions == null ? Optional.empty() : Backend.parse(versions.get("backend"));
  }

  /** Who computes this model's predictions here and now. */
  public Backend computedBy() {
    return bundle.classifier().backend();
  }

  /**
   * "trained by the Java kernels", or "trained by the PyTorch engine, computed here by the Java
   * kernels" when another back end computes it now; "" when the file does not say who trained it.
   */
  public String backendNote() {
    Optional<Backend> trainer = trainedBy();
    if (trainer.isEmpty()) {
      return "";
    }
    String note = "trained by the " + trainer.get().label();
    Backend now = computedBy();
    return now == trainer.get() ? note : note + ", computed here by the " + now.label();
  }

  /** The data the model was trained on, as its file records it. */
  public DataIdentity trainedOn() {
    return heldOut ? data : recordedData(bundle);
  }

  private static DataIdentity recordedData(ModelBundle bundle) {
    return DataIdentity.recorded(bundle.manifest().data(), bundle.manifest().classNames());
  }
}
