package org.motifworkbench.app.session;

import java.nio.file.Path;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.sequence.SequenceSet;

/**
 * A trained model the Evaluate, Inspect and Motifs screens work on: just trained, or opened from a
 * {@code .mwb} file.
 *
 * @param bundle the model and its manifest (history, settings, classes); owned by the {@link
 *     Workspace}, which closes it when another model replaces it
 * @param testSet the held-out test sequences, or null when they could not be re-read (an opened
 *     model whose training data moved); see {@code testSetProblem}
 * @param test metrics on the test sequences, or null when there are none
 * @param file where the model was saved or opened from; null while unsaved
 * @param testSetProblem why there is no test set, for the user; null when there is one
 */
public record TrainedModel(
    ModelBundle bundle,
    SequenceSet testSet,
    ClassificationMetrics test,
    Path file,
    String testSetProblem) {

  /** A model just trained in this session (not saved yet). */
  public static TrainedModel trained(
      ModelBundle bundle, SequenceSet testSet, ClassificationMetrics test) {
    return new TrainedModel(bundle, testSet, test, null, null);
  }

  /** This model, now saved at {@code saved}. */
  public TrainedModel savedAs(Path saved) {
    return new TrainedModel(bundle, testSet, test, saved, testSetProblem);
  }

  public boolean saved() {
    return file != null;
  }

  /** "promoter.mwb", or "unsaved model" before the first save. */
  public String displayName() {
    return file == null ? "unsaved model" : file.getFileName().toString();
  }
}
