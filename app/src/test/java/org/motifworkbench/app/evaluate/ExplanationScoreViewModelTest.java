package org.motifworkbench.app.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.ManualBackgroundRunner;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.ExplanationScores;
import org.motifworkbench.workflow.ExplanationScores.Score;

/** The explanation score's state without the FX toolkit, with hand-made scores. */
class ExplanationScoreViewModelTest {

  private static final List<String> CLASSES = List.of("negative", "positive");
  private static final ExplanationScores.Result RESULT =
      new ExplanationScores.Result(
          List.of(
              new Score(AttributionMethod.GRADIENT, 190, 200, 120),
              new Score(AttributionMethod.GRADIENT_X_INPUT, 197, 200, 130),
              new Score(AttributionMethod.INTEGRATED_GRADIENTS, 200, 200, 14_800),
              new Score(AttributionMethod.MUTAGENESIS, 199, 200, 7_440)),
          210,
          200);

  private final Workspace workspace = new Workspace(new ReadOnlyObjectWrapper<OpenedData>());
  private final List<SequenceSet> scored = new ArrayList<>();

  private ExplanationScoreViewModel vm(BackgroundRunner runner) {
    return new ExplanationScoreViewModel(
        runner,
        workspace,
        Runnable::run,
        (bundle, data, progress, cancel) -> {
          scored.add(data);
          return RESULT;
        });
  }

  @Test
  void progressOfTheScoringIsShown() {
    workspace.setModel(TrainedModel.trained(bundle(), null, null));
    List<String> seen = new ArrayList<>();
    ExplanationScoreViewModel[] vm = new ExplanationScoreViewModel[1];
    vm[0] =
        new ExplanationScoreViewModel(
            new SameThreadBackgroundRunner(),
            workspace,
            Runnable::run,
            (bundle, data, progress, cancel) -> {
              progress.progress(0.625, "Integrated gradients: 100 of 200 sequences");
              seen.add(vm[0].progressProperty().get() + " " + vm[0].noteProperty().get());
              return RESULT;
            });
    vm[0].use(set("label=positive motif=ACGTAC strand=+ pos=4"), "a.fa");
    vm[0].score();
    assertEquals(List.of("0.625 Integrated gradients: 100 of 200 sequences\u2026"), seen);
    assertEquals(1.0, vm[0].progressProperty().get());
    assertEquals(4, vm[0].rows().size());
  }

  @Test
  void cancelStopsTheScoringAtItsNextSequence() {
    workspace.setModel(TrainedModel.trained(bundle(), null, null));
    ManualBackgroundRunner runner = new ManualBackgroundRunner();
    List<Double> reported = new ArrayList<>();
    ExplanationScoreViewModel vm =
        new ExplanationScoreViewModel(
            runner,
            workspace,
            Runnable::run,
            (bundle, data, progress, cancel) -> {
              for (int s = 0; s < 200; s++) {
                cancel.throwIfCancelled();
                progress.progress(s / 200.0, s + " of 200 sequences");
                reported.add(s / 200.0);
              }
              return RESULT;
            });
    vm.use(set("label=positive motif=ACGTAC strand=+ pos=4"), "a.fa");
    vm.score();
    assertTrue(vm.scoringProperty().get());

    vm.cancel();
    assertEquals("Cancelling\u2026", vm.noteProperty().get());
    runner.runPending(0);

    assertTrue(reported.isEmpty(), "no sequence was explained after the cancel: " + reported);
    assertFalse(vm.scoringProperty().get());
    assertTrue(vm.rows().isEmpty());
    assertEquals("Cancelled: the explanations were not scored.", vm.noteProperty().get());
    assertEquals(0.0, vm.progressProperty().get());
    assertTrue(vm.canScoreBinding().get(), "can be scored again");
  }

  @Test
  void dataWithPlantedSitesIsScoredPerMethod() {
    workspace.setModel(TrainedModel.trained(bundle(), null, null));
    ExplanationScoreViewModel vm = vm(new SameThreadBackgroundRunner());
    SequenceSet planted = set("label=positive motif=ACGTAC strand=+ pos=4");
    vm.use(planted, "the held-out test set");
    assertTrue(vm.availableProperty().get());
    assertTrue(vm.canScoreBinding().get());

    vm.score();

    assertEquals(List.of(planted), scored);
    assertEquals(
        List.of(
            new ExplanationRow("Gradient", "0.950", "190 of 200", "0.1 s"),
            new ExplanationRow("Gradient \u00d7 input", "0.985", "197 of 200", "0.1 s"),
            new ExplanationRow("Integrated gradients", "1.000", "200 of 200", "14.8 s"),
            new ExplanationRow("In-silico mutagenesis", "0.995", "199 of 200", "7.4 s")),
        vm.rows());
    assertEquals(
        ExplanationScoreViewModel.RULE
            + " Based on 200 correctly classified sequences"
            + " of 210 with a planted site in the held-out test set.",
        vm.noteProperty().get());
    assertFalse(vm.scoringProperty().get());
  }

  @Test
  void dataWithoutSitesOrDecoysOnlyHidesTheSection() {
    workspace.setModel(TrainedModel.trained(bundle(), null, null));
    ExplanationScoreViewModel vm = vm(new SameThreadBackgroundRunner());
    vm.use(set("label=negative decoy=ACGTAC pos=4"), "x.fa");
    assertFalse(vm.availableProperty().get());
    assertFalse(vm.canScoreBinding().get());
    vm.use(null, "");
    assertFalse(vm.availableProperty().get());
  }

  @Test
  void newDataDropsAResultStillComing() {
    workspace.setModel(TrainedModel.trained(bundle(), null, null));
    ManualBackgroundRunner runner = new ManualBackgroundRunner();
    ExplanationScoreViewModel vm = vm(runner);
    vm.use(set("label=positive motif=ACGTAC strand=+ pos=4"), "a.fa");
    vm.score();
    assertTrue(vm.scoringProperty().get());
    assertFalse(vm.canScoreBinding().get(), "one scoring at a time");

    vm.use(set("label=positive motif=ACGTAC strand=+ pos=9"), "b.fa");
    runner.runPending(0);

    assertTrue(vm.rows().isEmpty());
    assertFalse(vm.scoringProperty().get());
    assertTrue(vm.canScoreBinding().get());
  }

  private static SequenceSet set(String description) {
    return new SequenceSet(
        List.of(
            new SequenceRecord(
                "s1",
                description,
                "A".repeat(50),
                description.contains("positive") ? "positive" : "negative",
                null)),
        CLASSES,
        List.of());
  }

  private static ModelBundle bundle() {
    BundleManifest manifest =
        BundleManifest.builder()
            .optCreatedAt("2025-01-01T00:00:00Z")
            .setVersions(Map.of())
            .setNetwork(NetworkPreset.TEACHING.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, 50))
            .setClassNames(CLASSES)
            .optSplit(SplitPlan.stratified(1))
            .optCeiling(1.0)
            .build();
    return new ModelBundle(manifest, null);
  }
}
