package org.motifworkbench.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;

/**
 * Issue 22: on a few hundred sequences of 150-250 bp (padded with N to 250), the default network
 * reached 0.93 training-mode accuracy while scoring its own training sequences at chance in
 * inference mode (every sequence got nearly the same probability), because the batch-norm running
 * statistics lagged the moving weights by several standard deviations. Batch norm is now
 * recalibrated on the training data after every epoch.
 */
public class SmallDataInferenceTest {

  private static final String SITE = "TGACGTCATC";
  private static final int LENGTH = 250;

  /** n sequences per class of 150-250 bp, positives carrying SITE on either strand, N-padded. */
  public static TrainingData ownFiles(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> seqs = new ArrayList<>();
    int[] labels = new int[2 * n];
    for (int i = 0; i < 2 * n; i++) {
      int length = 150 + r.nextInt(101);
      char[] s = new char[length];
      for (int j = 0; j < length; j++) {
        double u = r.nextDouble();
        s[j] = u < 0.275 ? 'A' : u < 0.5 ? 'C' : u < 0.725 ? 'G' : 'T';
      }
      labels[i] = i % 2 == 0 ? 1 : 0;
      if (labels[i] == 1) {
        String site = r.nextBoolean() ? SITE : ReverseComplement.of(SITE);
        site.getChars(0, site.length(), s, r.nextInt(length - site.length() + 1));
      }
      int left = (LENGTH - length) / 2;
      seqs.add("N".repeat(left) + new String(s) + "N".repeat(LENGTH - length - left));
    }
    return new TrainingData(seqs, labels);
  }

  @Test
  void defaultNetworkScoresItsOwnTrainingDataAsWellInInferenceMode() {
    TrainingData train = ownFiles(192, 1);
    TrainingData validation = ownFiles(48, 2);
    TrainingData test = ownFiles(100, 3);
    List<Double> trainingModeAccuracy = new ArrayList<>();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void epochFinished(EpochResult e) {
            trainingModeAccuracy.add(e.accuracy());
          }
        };
    try (SequenceClassifier c =
        SequenceClassifier.create(
            NetworkPreset.DEFAULT.spec(), List.of("negative", "positive"), LENGTH, 7)) {
      // the settings: one strand (reverse complements were off by default then)
      TrainingSpec spec =
          TrainingSpec.defaults().withEpochs(8).withBatchSize(64).withReverseComplement(false);
      new ModelTrainer(c, spec, listener, CancellationToken.none()).train(train, validation);
      double lastTrainingMode = trainingModeAccuracy.get(trainingModeAccuracy.size() - 1);
      double inference = accuracy(c, train);
      double heldOut = accuracy(c, test);
      assertTrue(lastTrainingMode > 0.85, "training-mode accuracy " + lastTrainingMode);
      assertTrue(
          inference > lastTrainingMode - 0.05,
          "inference-mode accuracy on the training "
              + "data "
              + inference
              + " against training-mode "
              + lastTrainingMode);
      assertTrue(heldOut >= 0.85, "held-out accuracy " + heldOut);
    }
  }

  private static double accuracy(SequenceClassifier c, TrainingData data) {
    float[][] p = c.predict(data.sequences(), 256);
    int correct = 0;
    for (int i = 0; i < p.length; i++) {
      int predicted = p[i][1] > p[i][0] ? 1 : 0;
      correct += predicted == data.labels()[i] ? 1 : 0;
    }
    return correct / (double) p.length;
  }
}
