package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.PrCurve;
import org.motifworkbench.evaluation.RocCurve;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;

/** A prediction table holds enough digits to recompute evaluate's ROC and PR AUC from it. */
class PredictionWriterTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");
  private static SequenceSet data;
  private static ModelBundle bundle;

  @TempDir Path dir;

  @BeforeAll
  static void train() {
    // Trained long enough to be confident: most probabilities lie within 1e-6 of 0 or 1.
    data = DataSource.headerLabel(SAMPLE, null).load();
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            data,
            null,
            LengthPolicy.fitting(data),
            SplitPlan.stratified(1),
            NetworkPreset.TEACHING.spec(),
            TrainingSpec.defaults().withEpochs(8).withBatchSize(32),
            1.0);
    bundle =
        TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none()).bundle();
  }

  @AfterAll
  static void close() {
    bundle.close();
  }

  @Test
  void aucsRecomputedFromTheTableEqualEvaluates() throws Exception {
    SequenceSet test = everyFifthLabelSwapped(data);
    ClassificationMetrics metrics = EvaluationWorkflow.evaluate(bundle, test);
    String positiveClass = metrics.summary().headlineAuc().className();

    StringBuilder fasta = new StringBuilder();
    for (SequenceRecord r : test.records()) {
      fasta.append('>').append(r.id()).append('\n').append(r.bases()).append('\n');
    }
    Path input = Files.writeString(dir.resolve("test.fa"), fasta);
    Path table = dir.resolve("predictions.tsv");
    PredictionWriter.predict(
        bundle,
        input,
        table,
        PredictionWriter.DEFAULT_BATCH,
        ProgressListener.NONE,
        CancellationToken.none());

    List<String> lines = Files.readAllLines(table);
    int column = List.of(lines.get(0).split("\t")).indexOf(positiveClass);
    assertTrue(column >= 2, lines.get(0));
    int n = lines.size() - 1;
    assertEquals(test.size(), n);
    float[] scores = new float[n];
    boolean[] positive = new boolean[n];
    for (int i = 0; i < n; i++) {
      String[] cells = lines.get(i + 1).split("\t");
      assertEquals(test.records().get(i).id(), cells[0]);
      scores[i] = Float.parseFloat(cells[column]);
      positive[i] = test.records().get(i).label().equals(positiveClass);
    }
    assertEquals(metrics.rocAuc(), RocCurve.of(scores, positive).auc(), 1e-6);
    assertEquals(metrics.prAuc(), PrCurve.of(scores, positive).averagePrecision(), 1e-6);
  }

  /**
   * The sample with every fifth label swapped: confident predictions of both classes then meet at
   * each end of the score range, where six decimals tied them (0.9999991 and 0.9999994 were both
   * 1.000000).
   */
  private static SequenceSet everyFifthLabelSwapped(SequenceSet set) {
    List<String> classes = set.classNames();
    List<SequenceRecord> records = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      SequenceRecord r = set.records().get(i);
      String other = classes.get(1 - classes.indexOf(r.label()));
      records.add(i % 5 == 0 ? r.withLabel(other) : r);
    }
    return new SequenceSet(records, classes, List.of());
  }
}
