package org.motifworkbench.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.training.GradientCollector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.data.PlantedSite;
import org.motifworkbench.data.PrimerRecipe;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.data.SyntheticDataset;
import org.motifworkbench.data.SyntheticGenerator;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.TrainingWorkflow;

/** Explanations of a small model trained on the primer task, checked against the planted sites. */
class ExplainerTest {

  private static SyntheticDataset data;
  private static SequenceClassifier model;
  private static Explainer explainer;

  @BeforeAll
  static void train() {
    data = SyntheticGenerator.generate(PrimerRecipe.defaults(2000, 31));
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            data.sequences(),
            null,
            LengthPolicy.fitting(data.sequences()),
            SplitPlan.stratified(1),
            NetworkPreset.TEACHING.spec(),
            TrainingSpec.defaults().withEpochs(15).withBatchSize(32),
            data.ceiling());
    model =
        TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none())
            .bundle()
            .classifier();
    explainer = new Explainer(model);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  /** Correctly classified positives among the first records, with their planted sites. */
  private static List<Integer> correctPositives(int max) {
    List<Integer> out = new ArrayList<>();
    List<SequenceRecord> records = data.sequences().records();
    for (int i = 0; i < records.size() && out.size() < max; i++) {
      if ("positive".equals(records.get(i).label())) {
        float[] p = model.predict(List.of(records.get(i).bases()), 1)[0];
        if (p[1] > 0.5) {
          out.add(i);
        }
      }
    }
    return out;
  }

  @Test
  void attributionPeaksFallInsideThePlantedSite() {
    List<Integer> positives = correctPositives(120);
    assertTrue(positives.size() >= 100, "only " + positives.size() + " correct positives");
    for (AttributionMethod method : AttributionMethod.values()) {
      int inside = 0;
      for (int i : positives) {
        PlantedSite site = data.truth(i).orElseThrow();
        int peak = explainer.explain(data.sequences().records().get(i).bases(), 1, method).peak();
        inside += peak >= site.start() && peak < site.end() ? 1 : 0;
      }
      double fraction = (double) inside / positives.size();
      System.out.printf(
          Locale.ROOT, "%s: peak inside the planted site for %.3f%n", method, fraction);
      assertTrue(fraction >= 0.9, method + ": " + fraction);
    }
  }

  @Test
  void integratedGradientsAreComplete() {
    String seq = data.sequences().records().get(correctPositives(1).get(0)).bases();
    Attribution ig = explainer.integratedGradients(seq, 1, 100, BaselineKind.UNIFORM, 1);
    float baseline = explainer.classScores(List.of("N".repeat(seq.length())), 1)[0];
    double sum = 0;
    for (float v : ig.perPosition()) {
      sum += v;
    }
    double expected = ig.score() - baseline;
    assertEquals(
        expected,
        sum,
        0.05 * Math.abs(expected) + 0.05,
        "attributions sum to score(x) - score(baseline)");
  }

  @Test
  void mutagenesisValuesAreScoreChangesOfTheVariants() {
    String seq = data.sequences().records().get(0).bases();
    Attribution ism = explainer.mutagenesis(seq, 1);
    char[] variant = seq.toCharArray();
    int position = 7;
    int base = "ACGT".indexOf(Character.toUpperCase(seq.charAt(position))) == 0 ? 1 : 0;
    variant[position] = "ACGT".charAt(base);
    float[] scores = explainer.classScores(List.of(seq, new String(variant)), 1);
    assertEquals(scores[1] - scores[0], ism.values()[position][base], 1e-4);
    assertEquals(0f, ism.values()[position]["ACGT".indexOf(seq.charAt(position))]);
  }

  @Test
  void classZeroIsTheMirrorOfClassOneForTwoClasses() {
    String seq = data.sequences().records().get(3).bases();
    Attribution one = explainer.gradient(seq, 1, true);
    Attribution zero = explainer.gradient(seq, 0, true);
    for (int i = 0; i < seq.length(); i++) {
      assertEquals(-one.perPosition()[i], zero.perPosition()[i], 1e-5);
    }
  }

  @Test
  @SuppressWarnings("try") // the open collector is the point: it makes the engine busy
  void explanationsOnTheKernelsRunWhileTheEngineRecordsAndAgreeWithTheEngine() throws IOException {
    String seq = data.sequences().records().get(0).bases();
    assertEquals(Backend.JAVA_KERNELS, model.explanationBackend());
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    model.saveParameters(saved);
    try (SequenceClassifier onEngine =
        SequenceClassifier.load(
            model.spec(),
            model.classNames(),
            model.inputLength(),
            new ByteArrayInputStream(saved.toByteArray()),
            Optional.of(Backend.ENGINE))) {
      Explainer engineExplainer = new Explainer(onEngine);
      try (GradientCollector busy = DjlRuntime.engine().newGradientCollector()) {
        // the Java kernels need no engine gradient recorder
        assertEquals(seq.length(), explainer.gradient(seq, 1, false).length());
        IllegalStateException e =
            assertThrows(
                IllegalStateException.class, () -> engineExplainer.gradient(seq, 1, false));
        assertTrue(e.getMessage().contains("while a model is training"), e.getMessage());
      }
      Attribution engine = engineExplainer.gradient(seq, 1, true);
      Attribution kernels = explainer.gradient(seq, 1, true);
      double scale = 0;
      for (float v : engine.perPosition()) {
        scale = Math.max(scale, Math.abs(v));
      }
      for (int i = 0; i < seq.length(); i++) {
        assertEquals(
            engine.perPosition()[i], kernels.perPosition()[i], 1e-3 * scale, "position " + i);
      }
    }
  }

  @Test
  void wrongLengthIsRejectedPlainly() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> explainer.gradient("ACGT", 1, false));
    assertTrue(e.getMessage().contains("reads exactly 50"), e.getMessage());
  }

  /** Most identical letters of {@code motif}'s consensus against the planted one, both strands. */
  static int bestIdentity(String consensus, String planted) {
    int best = 0;
    for (String target : List.of(planted, ReverseComplement.of(planted))) {
      for (int offset = -consensus.length(); offset < target.length(); offset++) {
        int same = 0;
        for (int i = 0; i < consensus.length(); i++) {
          int j = offset + i;
          if (j >= 0 && j < target.length() && consensus.charAt(i) == target.charAt(j)) {
            same++;
          }
        }
        best = Math.max(best, same);
      }
    }
    return best;
  }

  @Test
  void discoveredMotifAndAFilterMotifMatchThePlantedConsensus() {
    String planted = PrimerRecipe.DEFAULT_CONSENSUS;
    List<Attribution> attributions = new ArrayList<>();
    for (int i : correctPositives(300)) {
      attributions.add(explainer.gradient(data.sequences().records().get(i).bases(), 1, true));
    }
    List<DiscoveredMotif> discovered = SeqletDiscovery.defaults().discover(attributions);
    assertTrue(!discovered.isEmpty(), "no motif discovered");
    DiscoveredMotif best = discovered.get(0);
    System.out.printf(
        Locale.ROOT,
        "discovered %s (support %d) from %d seqlets%n",
        best.motif().consensus(),
        best.support(),
        attributions.size());
    assertTrue(
        bestIdentity(best.motif().consensus(), planted) >= 10,
        best.motif().consensus() + " vs " + planted);

    List<String> sequences =
        data.sequences().records().stream().map(SequenceRecord::bases).toList();
    List<FilterMotif> filters =
        FilterMotifExtractor.defaults()
            .extract(model, sequences, (f, m) -> {}, CancellationToken.none());
    assertEquals(NetworkPreset.TEACHING.spec().pooledFeatures(), filters.size());
    FilterMotif match =
        filters.stream()
            .filter(FilterMotif::reliable)
            .filter(
                f ->
                    bestIdentity(f.motif().consensus(), planted)
                        >= Math.min(f.kernel(), planted.length()) - 1)
            .findFirst()
            .orElse(null);
    assertTrue(match != null, "no reliable filter motif matches " + planted);
    System.out.printf(
        Locale.ROOT,
        "filter %s: %s (%d sites)%n",
        match.motif().id(),
        match.motif().consensus(),
        match.sites());
  }
}
