package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingSpec;

/**
 * Motif discovery reports its progress while it explains, in order, and stops when cancelled
 * between chunks of sequences. An untrained model; every sequence labelled with its prediction.
 */
class MotifWorkflowTest {

  private static final List<String> CLASSES = List.of("negative", "positive");
  private static final int LENGTH = 60;

  private static ModelBundle bundle;
  private static SequenceSet data;
  private static int explainedClass;

  @BeforeAll
  static void setUp() {
    BundleManifest manifest =
        BundleManifest.builder()
            .setVersions(Map.of("workbench", "test"))
            .setNetwork(NetworkPreset.TEACHING.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, LENGTH))
            .setClassNames(CLASSES)
            .optSplit(SplitPlan.stratified(1))
            .build();
    bundle =
        new ModelBundle(
            manifest, SequenceClassifier.create(NetworkPreset.TEACHING.spec(), CLASSES, LENGTH, 3));
    SplittableRandom r = new SplittableRandom(8);
    List<String> bases = new ArrayList<>();
    for (int s = 0; s < 600; s++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < LENGTH; i++) {
        b.append("ACGT".charAt(r.nextInt(4)));
      }
      bases.add(b.toString());
    }
    float[][] p = bundle.classifier().predict(bases, 100);
    List<SequenceRecord> records = new ArrayList<>();
    int positive = 0;
    for (int s = 0; s < bases.size(); s++) {
      int cls = p[s][1] > p[s][0] ? 1 : 0;
      positive += cls;
      records.add(new SequenceRecord("s" + s, "", bases.get(s), CLASSES.get(cls), null));
    }
    explainedClass = positive * 2 >= bases.size() ? 1 : 0;
    data = new SequenceSet(records, CLASSES, List.of());
  }

  @AfterAll
  static void close() {
    bundle.close();
  }

  @Test
  void progressRisesWhileTheSequencesAreExplained() {
    List<Double> fractions = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    MotifWorkflow.Report report =
        MotifWorkflow.run(
            bundle,
            data,
            settings(),
            (f, m) -> {
              fractions.add(f);
              messages.add(m);
            },
            CancellationToken.none());
    assertTrue(report.explainedSequences() >= 300, report.explainedSequences() + " explained");
    for (int i = 1; i < fractions.size(); i++) {
      assertTrue(
          fractions.get(i) >= fractions.get(i - 1) - 1e-9,
          "progress never goes back: " + fractions);
    }
    assertEquals(1.0, fractions.get(fractions.size() - 1));
    String last = "explained " + report.explainedSequences() + " of " + report.explainedSequences();
    assertTrue(messages.contains(last + " sequences"), messages.toString());
    assertTrue(
        messages.stream().filter(m -> m.startsWith("explained ")).count() >= 3,
        "several reports while explaining: " + messages);
  }

  @Test
  void cancelDuringTheExplanationsStopsTheSearch() {
    CancellationToken token = new CancellationToken();
    List<String> after = new ArrayList<>();
    assertThrows(
        CancelledException.class,
        () ->
            MotifWorkflow.run(
                bundle,
                data,
                settings(),
                (f, m) -> {
                  if (token.isCancelled()) {
                    after.add(m);
                  }
                  if (m.startsWith("explained ")) {
                    token.cancel();
                  }
                },
                token));
    assertEquals(List.of(), after, "nothing reported after the cancel");
  }

  private static MotifWorkflow.Settings settings() {
    return new MotifWorkflow.Settings(
        explainedClass, AttributionMethod.GRADIENT_X_INPUT, 1000, null, 5);
  }
}
