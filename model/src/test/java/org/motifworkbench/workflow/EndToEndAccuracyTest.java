package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.motifworkbench.data.PromoterRecipe;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.data.SyntheticDataset;
import org.motifworkbench.data.SyntheticGenerator;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;

/**
 * The tests that prove the product works: seeded models trained on CPU learn what the data holds.
 * Each trains for two to three minutes on two cores; {@code mvn -B test -Pquick} skips them.
 */
@Tag("e2e")
class EndToEndAccuracyTest {

  /** The tutorial's size: 10,000 sequences, so 6,400 train, 1,600 validation, 2,000 test. */
  private static final int TUTORIAL_SIZE = 10_000;

  private static TrainingWorkflow.Outcome train(
      SequenceSet data, DataSource source, NetworkPreset preset, int epochs, double ceiling) {
    TrainingSpec training = TrainingSpec.defaults().withEpochs(epochs);
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            data,
            source,
            LengthPolicy.fitting(data),
            SplitPlan.stratified(42),
            preset.spec(),
            training,
            ceiling);
    return TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none());
  }

  @Test
  @SuppressWarnings("try") // the try only closes the trained bundle
  void cleanPromoterTaskReachesNinetyFivePercent() {
    SyntheticDataset data =
        SyntheticGenerator.generate(PromoterRecipe.tutorial(TUTORIAL_SIZE, 11).withClean(true));
    TrainingWorkflow.Outcome outcome =
        train(data.sequences(), null, NetworkPreset.DEFAULT, EPOCHS_CLEAN, data.ceiling());
    try (var bundle = outcome.bundle()) {
      double accuracy = outcome.test().accuracy();
      System.out.printf(
          Locale.ROOT,
          "clean promoter: test accuracy %.4f, ceiling %.4f%n",
          accuracy,
          data.ceiling());
      assertTrue(accuracy >= 0.95, "test accuracy " + accuracy);
    }
  }

  /**
   * The tutorial's exact recipe. With its 10,000 sequences no model we tried gets near the ceiling
   * (0.83): the signal is one 4-6 bp motif in 200 random bases, and the tutorial network peaks near
   * 0.70-0.74 and then memorises, in DJL and in plain PyTorch alike. With 40,000 sequences the
   * small teaching network comes within 0.01 of the ceiling, so this test uses that size.
   */
  @Test
  @SuppressWarnings("try") // the try only closes the trained bundle
  void tutorialPromoterTaskComesWithinFivePointsOfItsCeiling() {
    SyntheticDataset data = SyntheticGenerator.generate(PromoterRecipe.tutorial(40_000, 12));
    TrainingWorkflow.Outcome outcome =
        train(data.sequences(), null, NetworkPreset.TEACHING, EPOCHS_TUTORIAL, data.ceiling());
    try (var bundle = outcome.bundle()) {
      double accuracy = outcome.test().accuracy();
      System.out.printf(
          Locale.ROOT,
          "tutorial promoter: test accuracy %.4f, ceiling %.4f%n",
          accuracy,
          data.ceiling());
      assertTrue(
          accuracy >= data.ceiling() - 0.05,
          "test accuracy " + accuracy + " against ceiling " + data.ceiling());
    }
  }

  @Test
  @SuppressWarnings("try") // the try only closes the trained bundle
  void realTfbsChipSeqReachesRocAuc093() {
    Path dataDir = SharedData.dir();
    assumeTrue(
        dataDir != null && Files.isReadable(dataDir.resolve("tfbs101_test.target")),
        "../shared/data/tfbs101_test.fa and tfbs101_test.target (the full TFBS set, not shipped)"
            + " are not beside the checkout");
    DataSource source =
        DataSource.separateLabels(
            dataDir.resolve("tfbs101_test.fa"),
            dataDir.resolve("tfbs101_test.target"),
            List.of("bound", "unbound"));
    SequenceSet data = source.load();
    TrainingWorkflow.Outcome outcome =
        train(data, source, NetworkPreset.DEFAULT, EPOCHS_TFBS, Double.NaN);
    try (var bundle = outcome.bundle()) {
      double auc = outcome.test().rocAuc();
      System.out.printf(
          Locale.ROOT, "TFBS: test ROC AUC %.4f, accuracy %.4f%n", auc, outcome.test().accuracy());
      assertTrue(auc >= 0.93, "ROC AUC " + auc);
    }
  }

  private static final int EPOCHS_CLEAN = 20;
  private static final int EPOCHS_TUTORIAL = 20;
  private static final int EPOCHS_TFBS = 15;

  /** Finds ../shared/data from the module or repository folder. */
  static final class SharedData {
    static Path dir() {
      for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
        Path candidate = p.resolve("shared").resolve("data");
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
      }
      return null;
    }
  }
}
