package org.motifworkbench.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;

class ModelTrainerTest {

  private static final String MOTIF = "CGACCGAACTCC";

  /** Half the sequences carry the motif at a random position; the rest are random. */
  static TrainingData planted(int n, int length, long seed) {
    return planted(n, length, 2, seed);
  }

  /**
   * Sequence i has class i % classes; all but class 0 carry the motif at a random position, the
   * rest is random.
   */
  static TrainingData planted(int n, int length, int classes, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> seqs = new ArrayList<>();
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      char[] s = new char[length];
      for (int j = 0; j < length; j++) {
        s[j] = "ACGT".charAt(r.nextInt(4));
      }
      labels[i] = i % classes;
      if (labels[i] > 0) {
        MOTIF.getChars(0, MOTIF.length(), s, r.nextInt(length - MOTIF.length() + 1));
      }
      seqs.add(new String(s));
    }
    return new TrainingData(seqs, labels);
  }

  @Test
  void learnsPlantedMotifAndReportsEveryBatchAndEpoch() {
    TrainingData train = planted(1200, 50, 1);
    TrainingData val = planted(300, 50, 2);
    AtomicInteger batches = new AtomicInteger();
    List<EpochResult> epochs = new ArrayList<>();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void batchFinished(BatchProgress p) {
            batches.incrementAndGet();
          }

          @Override
          public void epochFinished(EpochResult e) {
            epochs.add(e);
          }
        };
    try (SequenceClassifier c =
        SequenceClassifier.create(
            NetworkPreset.TEACHING.spec(), List.of("negative", "positive"), 50, 7)) {
      TrainingSpec spec = TrainingSpec.defaults().withEpochs(8).withBatchSize(32);
      TrainingResult result =
          new ModelTrainer(c, spec, listener, CancellationToken.none()).train(train, val);
      assertEquals(8 * (1200 / 32), batches.get());
      assertEquals(result.history().size(), epochs.size());
      assertTrue(
          result.best().validationAccuracy() > 0.95,
          "validation accuracy " + result.best().validationAccuracy());
      float[][] p = c.predict(val.sequences(), 100);
      assertEquals(
          result.best().validationAccuracy(),
          CrossEntropy.accuracyOfProbabilities(p, val.labels()),
          1e-9,
          "the classifier holds the best epoch's weights");
    }
  }

  @Test
  void sameSeedSameMetrics() {
    TrainingData train = planted(256, 40, 3);
    TrainingData val = planted(64, 40, 4);
    double[] losses = new double[2];
    for (int run = 0; run < 2; run++) {
      try (SequenceClassifier c =
          SequenceClassifier.create(NetworkPreset.TEACHING.spec(), List.of("a", "b"), 40, 11)) {
        TrainingResult r =
            new ModelTrainer(
                    c,
                    TrainingSpec.defaults().withEpochs(2).withBatchSize(32),
                    TrainingListener.NONE,
                    CancellationToken.none())
                .train(train, val);
        losses[run] = r.history().get(1).validationLoss();
      }
    }
    assertEquals(losses[0], losses[1], 1e-6);
  }

  @Test
  void cancelStopsAndKeepsBestModel() {
    TrainingData train = planted(256, 40, 5);
    TrainingData val = planted(64, 40, 6);
    CancellationToken cancel = new CancellationToken();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void epochFinished(EpochResult e) {
            if (e.epoch() == 2) {
              cancel.cancel();
            }
          }
        };
    try (SequenceClassifier c =
        SequenceClassifier.create(NetworkPreset.TEACHING.spec(), List.of("a", "b"), 40, 1)) {
      TrainingResult r =
          new ModelTrainer(
                  c, TrainingSpec.defaults().withEpochs(20).withBatchSize(32), listener, cancel)
              .train(train, val);
      assertEquals(TrainingResult.StopReason.CANCELLED, r.stopReason());
      assertEquals(2, r.history().size());
    }
  }

  @Test
  void savedParametersPredictExactlyTheSame() throws Exception {
    TrainingData data = planted(128, 30, 8);
    try (SequenceClassifier c =
        SequenceClassifier.create(NetworkPreset.DEFAULT.spec(), List.of("a", "b", "c"), 30, 2)) {
      new ModelTrainer(
              c,
              TrainingSpec.defaults().withEpochs(1).withBatchSize(32),
              TrainingListener.NONE,
              CancellationToken.none())
          .train(data, data);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      c.saveParameters(bytes);
      try (SequenceClassifier loaded =
          SequenceClassifier.load(
              c.spec(), c.classNames(), 30, new ByteArrayInputStream(bytes.toByteArray()))) {
        float[][] a = c.predict(data.sequences(), 50);
        float[][] b = loaded.predict(data.sequences(), 50);
        for (int i = 0; i < a.length; i++) {
          for (int k = 0; k < 3; k++) {
            assertEquals(a[i][k], b[i][k], 0f);
          }
        }
      }
    }
  }

  @Test
  void attentionWeightsArePerPositionDistributionsForEveryBranch() {
    try (SequenceClassifier c =
        SequenceClassifier.create(NetworkPreset.TEACHING.spec(), List.of("a", "b"), 40, 3)) {
      SequenceClassifier.Explained e = c.predictWithAttention("ACGT".repeat(10));
      assertEquals(2, e.attention().size(), "one track per branch");
      for (float[] track : e.attention()) {
        assertEquals(40, track.length);
        double sum = 0;
        for (float v : track) {
          sum += v;
        }
        assertEquals(1.0, sum, 1e-4, "softmax over positions");
      }
      assertEquals(1.0, e.probabilities()[0] + e.probabilities()[1], 1e-6);
    }
    try (SequenceClassifier plain =
        SequenceClassifier.create(
            NetworkPreset.TEACHING.spec().withAttention(false), List.of("a", "b"), 40, 3)) {
      assertTrue(plain.predictWithAttention("ACGT".repeat(10)).attention().isEmpty());
    }
  }

  @Test
  void reverseComplementAugmentationAndBalancedWeightsStillLearn() {
    TrainingData train = planted(1200, 50, 21);
    TrainingData val = planted(300, 50, 22);
    TrainingSpec spec =
        TrainingSpec.builder()
            .optEpochs(8)
            .optBatchSize(32)
            .optClassWeights("balanced")
            .optReverseComplement(true)
            .build();
    try (SequenceClassifier c =
        SequenceClassifier.create(
            NetworkPreset.TEACHING.spec(), List.of("negative", "positive"), 50, 7)) {
      TrainingResult result =
          new ModelTrainer(c, spec, TrainingListener.NONE, CancellationToken.none())
              .train(train, val);
      assertTrue(
          result.best().validationAccuracy() > 0.9,
          "validation accuracy " + result.best().validationAccuracy());
    }
  }

  @Test
  void balancedClassWeightsFollowScikitLearn() {
    float[] w = ClassWeights.of("balanced", new int[] {0, 0, 0, 1}, 2);
    assertEquals(4f / (2 * 3), w[0], 1e-6);
    assertEquals(4f / (2 * 1), w[1], 1e-6);
    assertEquals(1f, ClassWeights.of("none", new int[] {0, 1}, 2)[1]);
  }
}
