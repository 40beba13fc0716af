package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.ExplanationScores.Result;
import org.motifworkbench.workflow.ExplanationScores.Score;
import org.motifworkbench.workflow.ExplanationScores.Target;

/**
 * The explanation score: the peak rule on hand-made attributions, and end to end on a small model
 * trained on the primer-motif sample, where gradient x input must find the planted site.
 */
class ExplanationScoresTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");
  private static TrainingWorkflow.Outcome trained;

  @BeforeAll
  static void train() {
    SequenceSet data = DataSource.headerLabel(SAMPLE, null).load();
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            data,
            null,
            LengthPolicy.fitting(data),
            SplitPlan.stratified(1),
            NetworkPreset.TEACHING.spec(),
            TrainingSpec.defaults().withEpochs(4).withBatchSize(32),
            1.0);
    trained = TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none());
  }

  @AfterAll
  static void close() {
    trained.bundle().close();
  }

  private static Attribution peakAt(int peak, int length) {
    float[] perPosition = new float[length];
    Arrays.fill(perPosition, -0.1f);
    perPosition[peak] = 2f;
    return new Attribution(
        "A".repeat(length), 1, AttributionMethod.GRADIENT, new float[length][4], perPosition, 1f);
  }

  @Test
  void thePeakCountsOnlyInsideTheHalfOpenSite() {
    // sites [10, 22): peaks at the first base, the last base, one past the end, and far away
    List<Target> targets =
        List.of(
            new Target("a", "", 1, 10, 22),
            new Target("b", "", 1, 10, 22),
            new Target("c", "", 1, 10, 22),
            new Target("d", "", 1, 10, 22),
            new Target("e", "", 1, 30, 42));
    List<Attribution> attributions =
        List.of(peakAt(10, 50), peakAt(21, 50), peakAt(22, 50), peakAt(3, 50), peakAt(35, 50));

    Score score = ExplanationScores.score(AttributionMethod.GRADIENT, attributions, targets, 7);

    assertEquals(3, score.inside());
    assertEquals(5, score.sequences());
    assertEquals(0.6, score.fraction(), 0);
    assertTrue(Double.isNaN(new Score(AttributionMethod.GRADIENT, 0, 0, 0).fraction()));
  }

  @Test
  void candidatesSkipDecoysNegativesAndSitesCutOffByFitting() {
    SequenceSet data =
        new SequenceSet(
            List.of(
                record("kept", "label=positive motif=ACGTAC strand=+ pos=4", 50),
                record("decoy", "label=negative decoy=ACGTAC pos=4", 20),
                record("plain", "label=negative", 20),
                record("cut", "label=positive motif=ACGTAC strand=- pos=2", 60),
                record("moved", "label=positive motif=ACGTAC strand=+ pos=6", 24)),
            List.of("negative", "positive"),
            List.of());
    ModelBundle bundle = trained.bundle();
    // the model reads 50 bases: a 60-base sequence loses 5 in front (the site at 2 is cut), a
    // 24-base one gets 13 Ns in front (the site at 6 moves to 19)
    List<Target> targets = ExplanationScores.candidates(bundle, data);

    assertEquals(List.of("kept", "moved"), targets.stream().map(Target::id).toList());
    assertEquals(4, targets.get(0).start());
    assertEquals(10, targets.get(0).end());
    assertEquals(19, targets.get(1).start());
    assertEquals(25, targets.get(1).end());
    assertEquals(50, targets.get(1).fitted().length());
    assertTrue(ExplanationScores.hasPlantedSites(data));
    assertFalse(
        ExplanationScores.hasPlantedSites(
            new SequenceSet(List.of(data.records().get(2)), data.classNames(), List.of())));
  }

  private static SequenceRecord record(String id, String description, int length) {
    return new SequenceRecord(
        id,
        description,
        "C".repeat(length),
        description.contains("positive") ? "positive" : "negative",
        null);
  }

  @Test
  void gradientTimesInputFindsThePlantedSiteOfTheSample() {
    long start = System.nanoTime();
    Result result =
        ExplanationScores.compute(
            trained.bundle(),
            trained.testSet(),
            ExplanationScores.DEFAULT_LIMIT,
            List.of(AttributionMethod.values()),
            (f, m) -> {},
            CancellationToken.none());
    System.out.printf(
        "%s(all methods in %.1f s)%n", result.report(), (System.nanoTime() - start) / 1e9);

    assertTrue(result.withSites() >= 150, "positives with sites: " + result.withSites());
    assertEquals(Math.min(200, result.correct()), result.correct());
    assertTrue(result.correct() >= 150, "correct: " + result.correct());
    Score gxi = result.of(AttributionMethod.GRADIENT_X_INPUT).orElseThrow();
    assertEquals(result.correct(), gxi.sequences());
    assertTrue(gxi.fraction() >= 0.9, "gradient x input: " + gxi.fraction());
    assertEquals(4, result.scores().size());
  }
}
