package org.motifworkbench.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.sequence.SourceLocation;
import org.motifworkbench.training.TrainingData;

/** Scores a model on labelled data: any labelled set, or the test split recorded in its bundle. */
public final class EvaluationWorkflow {

  private EvaluationWorkflow() {}

  /** Metrics of the bundle's model on {@code data}, whose classes must be the model's classes. */
  public static ClassificationMetrics evaluate(ModelBundle bundle, SequenceSet data) {
    return evaluate(bundle, data, false);
  }

  /** As above; with {@code bothStrands} each probability is averaged over the two strands. */
  public static ClassificationMetrics evaluate(
      ModelBundle bundle, SequenceSet data, boolean bothStrands) {
    List<String> classes = bundle.manifest().classNames();
    for (String c : data.classNames()) {
      if (!classes.contains(c)) {
        SourceLocation first =
            data.records().stream()
                .filter(r -> c.equals(r.label()))
                .map(SequenceRecord::source)
                .findFirst()
                .orElse(null);
        throw new InvalidInputException(
            first,
            "the data has class '"
                + c
                + "', which the model "
                + "does not know. The model's classes are "
                + classes
                + ".");
      }
    }
    SequenceSet relabelled = new SequenceSet(data.records(), classes, data.warnings());
    TrainingData fitted = TrainingWorkflow.fit(relabelled, bundle.manifest().lengthPolicy());
    float[][] probs =
        bothStrands
            ? bundle
                .classifier()
                .predictBothStrands(fitted.sequences(), TrainingWorkflow.PREDICT_BATCH)
            : bundle.classifier().predict(fitted.sequences(), TrainingWorkflow.PREDICT_BATCH);
    return Evaluator.evaluate(fitted.labels(), probs, classes);
  }

  /** Re-reads the training data named in the bundle and returns its held-out test sequences. */
  public static SequenceSet recordedTestSet(ModelBundle bundle) {
    BundleManifest m = bundle.manifest();
    if (m.data() == null || m.testIds().isEmpty()) {
      throw new InvalidInputException(
          null,
          "this model does not record a held-out test split. "
              + "Give labelled data to evaluate on.");
    }
    for (String f : m.data().files()) {
      if (!Files.isRegularFile(Path.of(f))) {
        throw new InvalidInputException(
            new SourceLocation(f, 0),
            "the model's training data is "
                + "no longer at this path, so its test split cannot be re-read. Give the data again.");
      }
    }
    SequenceSet all = m.data().load();
    Set<String> wanted = new HashSet<>(m.testIds());
    List<SequenceRecord> test =
        all.records().stream().filter(r -> wanted.contains(r.id())).toList();
    if (test.size() != wanted.size()) {
      throw new InvalidInputException(
          null,
          "the training data changed since the model was "
              + "trained: "
              + (wanted.size() - test.size())
              + " of its "
              + wanted.size()
              + " test sequences are missing.");
    }
    return new SequenceSet(test, all.classNames(), all.warnings());
  }
}
