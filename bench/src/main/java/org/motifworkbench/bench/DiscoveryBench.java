package org.motifworkbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.DnaAlphabet;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.MotifWorkflow;

/**
 * Motif discovery as the Motifs screen runs it ({@link MotifWorkflow}: filter motifs, explaining
 * every sequence with gradient x input, seqlet clustering) on random sequences with the tutorial
 * network, beside one prediction of the same sequences. Each sequence is labelled with the class
 * the network predicts, so every sequence of the explained class counts as correctly predicted.
 */
final class DiscoveryBench {

  private static final List<String> CLASSES = List.of("negative", "positive");

  private final int length;
  private final int sequences;

  DiscoveryBench(int length, int sequences) {
    this.length = length;
    this.sequences = sequences;
  }

  void run(BenchTable table) {
    SplittableRandom random = new SplittableRandom(2);
    List<String> bases = new ArrayList<>();
    for (int s = 0; s < sequences; s++) {
      char[] b = new char[length];
      for (int i = 0; i < length; i++) {
        b[i] = DnaAlphabet.ACGT.charAt(random.nextInt(4));
      }
      bases.add(new String(b));
    }
    try (ModelBundle bundle = new ModelBundle(manifest(), classifier())) {
      float[][] p = bundle.classifier().predict(bases, 250);
      List<SequenceRecord> records = new ArrayList<>();
      int positive = 0;
      for (int s = 0; s < sequences; s++) {
        int cls = p[s][1] > p[s][0] ? 1 : 0;
        positive += cls;
        records.add(new SequenceRecord("s" + s, "", bases.get(s), CLASSES.get(cls), null));
      }
      int explained = positive * 2 >= sequences ? 1 : 0;
      SequenceSet data = new SequenceSet(records, CLASSES, List.of());
      MotifWorkflow.Settings settings =
          new MotifWorkflow.Settings(
              explained, AttributionMethod.GRADIENT_X_INPUT, sequences, null, 5);
      MotifWorkflow.run(bundle, data, settings, ProgressListener.NONE, CancellationToken.none());
      long t = System.nanoTime();
      bundle.classifier().predict(bases, 250);
      double predict = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      MotifWorkflow.Report report =
          MotifWorkflow.run(
              bundle, data, settings, ProgressListener.NONE, CancellationToken.none());
      double seconds = (System.nanoTime() - t) / 1e9;
      table.row(
          "motif discovery, "
              + sequences
              + " sequences ("
              + report.explainedSequences()
              + " expl.)",
          BenchTable.fmt("%.2f s", seconds),
          BenchTable.fmt("predicting them %.2f s", predict),
          seconds / predict,
          "<= 3 s",
          seconds <= 3);
    }
  }

  private SequenceClassifier classifier() {
    return SequenceClassifier.create(NetworkPreset.TUTORIAL.spec(), CLASSES, length, 1);
  }

  private BundleManifest manifest() {
    return BundleManifest.builder()
        .setVersions(Map.of("workbench", "bench"))
        .setNetwork(NetworkPreset.TUTORIAL.spec())
        .setTraining(TrainingSpec.defaults())
        .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, length))
        .setClassNames(CLASSES)
        .optSplit(SplitPlan.stratified(1))
        .build();
  }
}
