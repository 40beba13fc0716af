package org.motifworkbench.app.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.ManualBackgroundRunner;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.ModelDataMatch;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.OtherDataViewModel;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.EvaluationWorkflow;

/** The Evaluate screen's state without the FX toolkit: models without weights, hand-made scores. */
class EvaluateViewModelTest {

  private static final Path PRIMER = Path.of("..", "samples", "primer-motif.fa");
  private static final List<String> CLASSES = List.of("negative", "positive");

  /** scikit-learn's example: predicted 0, 0, 0, 1 for truth 0, 0, 1, 1. */
  private static final ClassificationMetrics HAND_MADE =
      Evaluator.evaluate(
          new int[] {0, 0, 1, 1},
          new float[][] {{0.9f, 0.1f}, {0.6f, 0.4f}, {0.65f, 0.35f}, {0.2f, 0.8f}},
          CLASSES);

  private static OpenedData primer;

  private final ReadOnlyObjectWrapper<OpenedData> data = new ReadOnlyObjectWrapper<>();
  private final Workspace workspace = new Workspace(data.getReadOnlyProperty());
  private final SameThreadBackgroundRunner direct = new SameThreadBackgroundRunner();

  @BeforeAll
  static void readSample() {
    primer = OpenedData.open(List.of(PRIMER));
  }

  @Test
  void theTableHasOneRowPerClassThenTheAveragesToThreeDecimals() {
    workspace.setModel(TrainedModel.trained(bundle(CLASSES, 0.83), null, HAND_MADE));
    EvaluateViewModel vm = new EvaluateViewModel(direct, direct, workspace);

    assertEquals(
        List.of(
            new MetricsRow("negative", "0.667", "1.000", "0.800", "2", false),
            new MetricsRow("positive", "1.000", "0.500", "0.667", "2", false),
            new MetricsRow("macro average", "0.833", "0.750", "0.733", "4", true),
            new MetricsRow("weighted average", "0.833", "0.750", "0.733", "4", true)),
        vm.rows());
    assertEquals("0.750", vm.accuracyProperty().get());
    assertEquals("0.750", vm.rocAucProperty().get());
    assertEquals("0.833", vm.prAucProperty().get());
    assertEquals("no skill: 0.500", vm.prBaselineProperty().get());
    assertTrue(vm.aucScopeProperty().get().startsWith("for class positive"));
    assertEquals("Best possible accuracy on this data: 0.83", vm.ceilingProperty().get());
    assertEquals(
        "Held-out test set: 4 sequences the model never saw while training.",
        vm.sourceProperty().get());
    assertSame(HAND_MADE, vm.getMetrics());
    assertNull(vm.problemProperty().get());
  }

  @Test
  void resultsAtTheGuessingRateComeWithAWarningAndWhatToTry() {
    // issue 22's collapse: the same probability for every sequence
    float[][] same = new float[40][];
    int[] truth = new int[40];
    for (int i = 0; i < 40; i++) {
      same[i] = new float[] {0.54f, 0.46f};
      truth[i] = i % 2;
    }
    workspace.setModel(
        TrainedModel.trained(
            bundle(CLASSES, Double.NaN), null, Evaluator.evaluate(truth, same, CLASSES)));
    EvaluateViewModel vm = new EvaluateViewModel(direct, direct, workspace);

    assertTrue(
        vm.warningProperty()
            .get()
            .startsWith("Accuracy 0.500 is no better than always " + "answering 'negative'"),
        vm.warningProperty().get());
    assertTrue(vm.warningProperty().get().contains("What to try"));
    float[][] right = new float[40][];
    for (int i = 0; i < 40; i++) {
      right[i] = truth[i] == 1 ? new float[] {0.2f, 0.8f} : new float[] {0.9f, 0.1f};
    }
    workspace.setModel(
        TrainedModel.trained(
            bundle(CLASSES, Double.NaN), null, Evaluator.evaluate(truth, right, CLASSES)));
    assertEquals("", vm.warningProperty().get());
  }

  @Test
  void realDataHasNoCeilingAndAnUndefinedAreaIsSaidInWords() {
    ClassificationMetrics onlyPositives =
        Evaluator.evaluate(new int[] {1, 1}, new float[][] {{0.3f, 0.7f}, {0.6f, 0.4f}}, CLASSES);
    workspace.setModel(TrainedModel.trained(bundle(CLASSES, Double.NaN), null, onlyPositives));
    EvaluateViewModel vm = new EvaluateViewModel(direct, direct, workspace);

    assertNull(vm.ceilingProperty().get());
    assertEquals("undefined (only sequences of class positive)", vm.rocAucProperty().get());
    assertEquals("0.500", vm.accuracyProperty().get());
  }

  @Test
  void aNewModelReplacesTheShownNumbers() {
    ModelBundle bundle = bundle(CLASSES, Double.NaN);
    workspace.setModel(TrainedModel.trained(bundle, null, HAND_MADE));
    EvaluateViewModel vm = new EvaluateViewModel(direct, direct, workspace);
    ClassificationMetrics perfect =
        Evaluator.evaluate(new int[] {0, 1}, new float[][] {{0.9f, 0.1f}, {0.2f, 0.8f}}, CLASSES);

    workspace.setModel(TrainedModel.trained(bundle, null, perfect));

    assertEquals("1.000", vm.accuracyProperty().get());
    assertEquals("1", vm.rows().get(0).support());
    workspace.setModel(null);
    assertNull(vm.getMetrics());
    assertTrue(vm.rows().isEmpty());
  }

  @Test
  void withoutTestResultsItSaysWhyAndScoresTheOpenDataInstead() {
    workspace.setModel(
        new TrainedModel(
            bundle(CLASSES, Double.NaN),
            null,
            null,
            null,
            "/old/place/train.fa: the model's training data is no longer at this path."));
    ModelBundle[] scored = new ModelBundle[1];
    EvaluateViewModel vm =
        new EvaluateViewModel(
            direct,
            direct,
            workspace,
            (b, set) -> {
              scored[0] = b;
              assertEquals(2000, set.size());
              return HAND_MADE;
            });

    assertNull(vm.getMetrics());
    assertEquals(
        "There are no test results for this model. /old/place/train.fa: the model's "
            + "training data is no longer at this path.\nYou can score it on the open data set "
            + "instead.",
        vm.problemProperty().get());
    assertFalse(vm.canEvaluateOnDataBinding().get(), "no data open yet");
    assertTrue(vm.evaluateHintProperty().get().contains("Data screen"));

    data.set(primer);
    assertTrue(vm.canEvaluateOnDataBinding().get());
    vm.evaluateOnOpenData();

    assertSame(workspace.getModel().bundle(), scored[0]);
    assertSame(HAND_MADE, vm.getMetrics());
    assertNull(vm.problemProperty().get());
    assertEquals("Open data set primer-motif.fa: 2,000 sequences.", vm.sourceProperty().get());
    assertEquals(
        "Best possible accuracy on this data: 1.00",
        vm.ceilingProperty().get(),
        "the open data's ceiling, not the training data's");
  }

  @Test
  void dataWithOtherClassesShowsNothingAndOffersOnlyANewModel() {
    workspace.setModel(
        TrainedModel.trained(bundle(List.of("bound", "unbound"), Double.NaN), null, HAND_MADE));
    EvaluateViewModel vm =
        new EvaluateViewModel(direct, direct, workspace, EvaluationWorkflow::evaluate);
    assertSame(HAND_MADE, vm.getMetrics(), "no data open: the model's own results");

    data.set(primer);

    assertEquals(ModelDataMatch.OTHER_CLASSES, workspace.getMatch());
    assertNull(vm.getMetrics(), "no result of other data is shown for primer-motif.fa");
    assertTrue(vm.rows().isEmpty());
    assertEquals("", vm.accuracyProperty().get());
    assertFalse(vm.canEvaluateOnDataBinding().get(), "the classes do not fit");
    vm.evaluateOnOpenData();
    assertNull(vm.getMetrics());
    OtherDataViewModel notice = new OtherDataViewModel(direct, workspace);
    assertTrue(notice.isShown());
    assertFalse(notice.classesFitBinding().get());
    assertEquals(
        "This model was trained on unknown data. The open data is primer-motif.fa, so"
            + " its results (accuracy, curves, scored sequences, motifs) are not shown here. Its"
            + " classes (bound, unbound) are not those of primer-motif.fa (negative, positive): train"
            + " a new model for them.",
        notice.getMessage());
  }

  @Test
  void anEvaluationFinishingAfterTheModelChangedIsDropped() {
    ModelBundle bundle = bundle(CLASSES, Double.NaN);
    workspace.setModel(new TrainedModel(bundle, null, null, null, null));
    data.set(primer);
    ManualBackgroundRunner engine = new ManualBackgroundRunner();
    EvaluateViewModel vm = new EvaluateViewModel(engine, direct, workspace, (b, set) -> HAND_MADE);

    vm.evaluateOnOpenData();
    assertTrue(vm.evaluatingProperty().get());
    assertFalse(vm.canEvaluateOnDataBinding().get(), "one evaluation at a time");
    ClassificationMetrics newer =
        Evaluator.evaluate(new int[] {0, 1}, new float[][] {{0.9f, 0.1f}, {0.2f, 0.8f}}, CLASSES);
    workspace.setModel(TrainedModel.trained(bundle, null, newer, primer.identity()));
    engine.runPending(0);

    assertSame(newer, vm.getMetrics());
    assertFalse(vm.evaluatingProperty().get());
  }

  @Test
  void metricsAreSavedAsJsonOrTsvByTheFileNameEnding(@TempDir Path dir) throws IOException {
    workspace.setModel(TrainedModel.trained(bundle(CLASSES, Double.NaN), null, HAND_MADE));
    EvaluateViewModel vm = new EvaluateViewModel(direct, direct, workspace);

    vm.saveMetrics(dir.resolve("m.tsv"));
    assertEquals(HAND_MADE.toTsv(), Files.readString(dir.resolve("m.tsv")));
    assertEquals("Saved the metrics to m.tsv.", vm.savedMessageProperty().get());

    vm.saveMetrics(dir.resolve("m"));
    assertEquals(HAND_MADE.toJson(), Files.readString(dir.resolve("m.json")));
    assertEquals("Saved the metrics to m.json.", vm.savedMessageProperty().get());

    Files.writeString(dir.resolve("blocker"), "x");
    vm.saveMetrics(dir.resolve("blocker").resolve("m.json"));
    assertTrue(
        vm.errorMessageProperty().get().startsWith("Could not save the metrics to "),
        vm.errorMessageProperty().get());
  }

  /** A model description without weights: enough for everything but prediction. */
  private static ModelBundle bundle(List<String> classes, double ceiling) {
    BundleManifest manifest =
        BundleManifest.builder()
            .optCreatedAt("2025-01-01T00:00:00Z")
            .setVersions(Map.of())
            .setNetwork(NetworkPreset.TEACHING.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, 50))
            .setClassNames(classes)
            .optSplit(SplitPlan.stratified(1))
            .optCeiling(ceiling)
            .build();
    return new ModelBundle(manifest, null);
  }
}
