package org.motifworkbench.app.session;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.ManualBackgroundRunner;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.training.TrainingSpec;

/**
 * A model is tied to the data its results were computed on: opening other data makes the workspace
 * say so, and evaluating on the open data makes that data the model's (without the FX toolkit).
 */
class OtherDataViewModelTest {

  private static final List<String> CLASSES = List.of("negative", "positive");
  private static final ClassificationMetrics SCORED =
      Evaluator.evaluate(new int[] {0, 1}, new float[][] {{0.9f, 0.1f}, {0.3f, 0.7f}}, CLASSES);

  @TempDir Path dir;

  private final ReadOnlyObjectWrapper<OpenedData> data = new ReadOnlyObjectWrapper<>();
  private final Workspace workspace = new Workspace(data.getReadOnlyProperty());

  @Test
  void otherDataOfTheSameClassesOffersEvaluationWhichMakesItTheModelsData() throws IOException {
    OpenedData sample = open("sample.fa", "negative", "positive");
    data.set(sample);
    workspace.setModel(
        TrainedModel.trained(bundle(CLASSES, sample), null, SCORED, sample.identity()));
    OtherDataViewModel vm =
        new OtherDataViewModel(
            new SameThreadBackgroundRunner(), workspace, (bundle, set) -> SCORED);
    assertEquals(ModelDataMatch.MATCHES, workspace.getMatch());
    assertFalse(vm.isShown());
    assertEquals("", vm.getMessage());

    data.set(open("sample-again.fa", "negative", "positive"));
    assertEquals(ModelDataMatch.MATCHES, workspace.getMatch(), "the same sequences, copied");

    OpenedData other = open("other.fa", "positive", "negative", "positive");
    data.set(other);
    assertEquals(ModelDataMatch.OTHER_DATA, workspace.getMatch());
    assertTrue(vm.isShown());
    assertTrue(vm.classesFitBinding().get());
    assertEquals("Evaluate this model on other.fa", vm.evaluateLabelBinding().get());
    assertEquals(
        "This model was trained on sample.fa. The open data is other.fa, so its results"
            + " (accuracy, curves, scored sequences, motifs) are not shown here. It knows the classes"
            + " of other.fa (negative, positive): evaluate it on them, or train a new model.",
        vm.getMessage());

    TrainedModel before = workspace.getModel();
    vm.evaluateOnOpenData();

    TrainedModel after = workspace.getModel();
    assertSame(before.bundle(), after.bundle(), "the same model");
    assertSame(other.sequences(), after.testSet());
    assertSame(SCORED, after.test());
    assertFalse(after.heldOut());
    assertEquals("sample.fa", after.trainedOn().displayName());
    assertEquals(ModelDataMatch.MATCHES, workspace.getMatch());
    assertFalse(vm.isShown());

    data.set(open("third.fa", "negative", "positive"));
    assertEquals(
        "This model was trained on sample.fa and evaluated on other.fa. The open data is"
            + " third.fa, so its results (accuracy, curves, scored sequences, motifs) are not shown"
            + " here. It knows the classes of third.fa (negative, positive): evaluate it on them, or"
            + " train a new model.",
        vm.getMessage());
  }

  @Test
  void otherClassesOfferNoEvaluationAndNoDataOpenShowsTheModelsOwnResults() throws IOException {
    OpenedData sample = open("sample.fa", "negative", "positive");
    workspace.setModel(TrainedModel.trained(bundle(CLASSES, sample), null, SCORED));
    OtherDataViewModel vm =
        new OtherDataViewModel(
            new SameThreadBackgroundRunner(),
            workspace,
            (bundle, set) -> {
              throw new AssertionError("not evaluated");
            });
    assertEquals(ModelDataMatch.MATCHES, workspace.getMatch(), "no data open");

    data.set(open("chip.fa", "bound", "unbound"));

    assertEquals(ModelDataMatch.OTHER_CLASSES, workspace.getMatch());
    assertTrue(vm.isShown());
    assertFalse(vm.classesFitBinding().get());
    assertFalse(vm.canEvaluateBinding().get());
    vm.evaluateOnOpenData();
    assertNull(vm.getErrorMessage());
    assertTrue(
        vm.getMessage()
            .endsWith(
                "Its classes (negative, positive) are not those of"
                    + " chip.fa (bound, unbound): train a new model for them."),
        vm.getMessage());
  }

  @Test
  void anEvaluationFinishedAfterOtherDataWasOpenedIsDropped() throws IOException {
    OpenedData sample = open("sample.fa", "negative", "positive");
    workspace.setModel(
        TrainedModel.trained(bundle(CLASSES, sample), null, SCORED, sample.identity()));
    data.set(open("other.fa", "positive", "negative"));
    ManualBackgroundRunner engine = new ManualBackgroundRunner();
    OtherDataViewModel vm = new OtherDataViewModel(engine, workspace, (bundle, set) -> SCORED);

    vm.evaluateOnOpenData();
    assertTrue(vm.evaluatingProperty().get());
    assertFalse(vm.canEvaluateBinding().get(), "one evaluation at a time");
    data.set(open("third.fa", "negative", "positive", "negative"));
    engine.runPending(0);

    assertFalse(vm.evaluatingProperty().get());
    assertTrue(workspace.getModel().heldOut(), "other.fa's numbers were not given to third.fa");
    assertEquals(ModelDataMatch.OTHER_DATA, workspace.getMatch());
  }

  /** A labelled FASTA whose sequences depend on the labels only, so equal labels give a copy. */
  private OpenedData open(String name, String... labels) throws IOException {
    StringBuilder fasta = new StringBuilder();
    for (int i = 0; i < labels.length; i++) {
      fasta
          .append(">s")
          .append(i)
          .append(" label=")
          .append(labels[i])
          .append('\n')
          .append(labels[i].startsWith("p") ? "ACGTACGT" : "TTTTGGGG")
          .append('\n');
    }
    return OpenedData.open(List.of(Files.writeString(dir.resolve(name), fasta)));
  }

  /** A model description without weights, trained on {@code data}. */
  private static ModelBundle bundle(List<String> classes, OpenedData data) {
    DataSource source = DataSource.headerLabel(Path.of(data.source().files().get(0)), null);
    BundleManifest manifest =
        BundleManifest.builder()
            .optCreatedAt("2025-01-01T00:00:00Z")
            .setVersions(Map.of())
            .setNetwork(NetworkPreset.TEACHING.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, 8))
            .setClassNames(classes)
            .optData(source)
            .optSplit(SplitPlan.stratified(1))
            .build();
    return new ModelBundle(manifest, null);
  }
}
