package org.motifworkbench.app.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.background.ManualBackgroundRunner;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.ModelDataMatch;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.OtherDataViewModel;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.figure.SequenceTrackFigure.MarkedSite;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.ExplanationAgreement;
import org.motifworkbench.interpret.SequenceRegion;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.SequenceExplanation;
import org.motifworkbench.workflow.TrainingWorkflow;

/** The Inspect screen's logic without the FX toolkit, on a small model trained for 2 epochs. */
class InspectViewModelTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");

  private static TrainingWorkflow.Outcome outcome;

  @BeforeAll
  static void trainSmallModel() {
    outcome = trainOnSample(600, 2);
  }

  /** The TEACHING network trained on the first {@code count} sample sequences. */
  static TrainingWorkflow.Outcome trainOnSample(int count, int epochs) {
    return trainOn(SAMPLE, count, epochs);
  }

  /** The TEACHING network trained on the first {@code count} sequences of a labelled FASTA. */
  static TrainingWorkflow.Outcome trainOn(Path fasta, int count, int epochs) {
    SequenceSet all = DataSource.headerLabel(fasta, null).load();
    int[] first = new int[count];
    Arrays.setAll(first, i -> i);
    SequenceSet data = all.subset(first);
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            data,
            null,
            LengthPolicy.fitting(data),
            SplitPlan.stratified(3),
            NetworkPreset.TEACHING.spec(),
            TrainingSpec.defaults().withEpochs(epochs).withBatchSize(32),
            Double.NaN);
    TrainingWorkflow.Outcome[] result = new TrainingWorkflow.Outcome[1];
    new SameThreadBackgroundRunner()
        .run(
            "training",
            () -> TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none()),
            o -> result[0] = o,
            failure -> {
              throw new AssertionError(failure);
            });
    return result[0];
  }

  @AfterAll
  static void close() {
    outcome.bundle().close();
  }

  /** A workspace holding the model; not closed by the tests (the bundle is shared). */
  private static Workspace workspace() {
    Workspace workspace = new Workspace(new SimpleObjectProperty<OpenedData>());
    workspace.setModel(TrainedModel.trained(outcome.bundle(), outcome.testSet(), outcome.test()));
    return workspace;
  }

  @Test
  void rowsAreTheTestSetWithPredictions() {
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace());

    List<SequenceRecord> test = outcome.testSet().records();
    assertEquals(test.size(), vm.rows().size());
    assertEquals(120, vm.rows().size()); // 20 % of 600
    for (int i = 0; i < test.size(); i++) {
      PredictionRow row = vm.rows().get(i);
      assertEquals(test.get(i).id(), row.id());
      assertEquals(test.get(i).label(), row.trueClass());
      assertTrue(List.of("negative", "positive").contains(row.predictedClass()));
      assertTrue(row.probability() >= 0.5 && row.probability() <= 1, "p = " + row.probability());
    }
    long correct = vm.rows().stream().filter(PredictionRow::correct).count();
    assertEquals(outcome.test().accuracy(), (double) correct / test.size(), 1e-9);
    assertEquals("Test sequences held out from training (120)", vm.sourceProperty().get());
    assertEquals(List.of("negative", "positive"), vm.classNames());
  }

  @Test
  void onlyErrorsAndSearchFilterTheRows() {
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace());
    long errors = vm.rows().stream().filter(r -> !r.correct()).count();

    vm.onlyErrorsProperty().set(true);
    assertEquals(errors, vm.visibleRows().size());
    assertTrue(vm.visibleRows().stream().noneMatch(PredictionRow::correct));

    vm.onlyErrorsProperty().set(false);
    PredictionRow some = vm.rows().get(7);
    vm.searchProperty().set(some.id());
    assertTrue(vm.visibleRows().contains(some));
    assertTrue(vm.visibleRows().stream().allMatch(r -> r.id().contains(some.id())));

    vm.searchProperty().set("cgaccgaactcc"); // the planted motif, in lower case
    assertFalse(vm.visibleRows().isEmpty());
    assertTrue(
        vm.visibleRows().stream().allMatch(r -> r.record().bases().contains("CGACCGAACTCC")));
    assertTrue(vm.visibleRows().size() < vm.rows().size());

    vm.searchProperty().set("  ");
    assertEquals(vm.rows().size(), vm.visibleRows().size());
  }

  @Test
  void selectingARowExplainsItAtTheModelLengthForThePredictedClass() {
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace());
    PredictionRow row =
        vm.rows().stream().filter(r -> r.trueClass().equals("positive")).findFirst().orElseThrow();

    vm.select(row);

    SequenceExplanation e = vm.getExplanation();
    assertNotNull(e, vm.getExplainMessage());
    assertEquals(row.id(), e.id());
    assertEquals(50, e.attribution().length());
    assertEquals(row.record().bases(), e.sequence());
    assertEquals(50, e.mutagenesis().values().length);
    assertEquals(row.predictedClass(), e.explainedClass());
    assertEquals(row.predictedClass(), vm.explainedClassProperty().get());
    assertEquals(AttributionMethod.GRADIENT_X_INPUT, e.attribution().method());
    assertEquals(2, e.attention().size()); // TEACHING has kernels 7 and 15
    assertEquals(7, e.attention().get(0).kernelSize());
    assertEquals(50, e.attention().get(0).weights().length);
    Optional<MarkedSite> site = e.site();
    int pos = Integer.parseInt(row.record().description().replaceAll(".*pos=(\\d+).*", "$1"));
    assertEquals(pos, site.orElseThrow().start());
    assertEquals(pos + 12, site.orElseThrow().end());
    assertEquals(
        String.format(
            java.util.Locale.ROOT,
            "%s %.2f (true class: positive)",
            row.predictedClass(),
            row.probability()),
        e.probabilityLine());
    assertTrue(
        vm.describePosition(0)
            .startsWith("Position 1 (" + e.sequence().charAt(0) + "): " + "gradient × input "),
        vm.describePosition(0));
    // all 50 bases are shown, and the three methods are compared beside them
    assertEquals(new SequenceRegion(0, 50), vm.regionProperty().get());
    assertEquals("Showing all 50 bases (positions 1\u201350 of 50)", vm.regionLineProperty().get());
    assertEquals(e.agreement().summary(), vm.agreementLineProperty().get());
    assertTrue(
        vm.agreementLineProperty().get().matches("Explanations (agree|disagree): rank .*"),
        vm.agreementLineProperty().get());
    assertTrue(
        vm.agreementDetailsProperty()
            .get()
            .contains(
                "gradient × input vs mutagenesis "
                    + ExplanationAgreement.format(e.agreement().inputVsMutagenesis())),
        vm.agreementDetailsProperty().get());
  }

  @Test
  void aSequenceAskedForBeforeTheTableListsItIsSelectedOnceListed() {
    Workspace workspace = new Workspace(new SimpleObjectProperty<OpenedData>());
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace);
    String id = outcome.testSet().records().get(5).id();

    vm.selectWhenListed(id); // a reopened project, before its model is open
    assertNull(vm.selectedIdProperty().get());
    workspace.setModel(TrainedModel.trained(outcome.bundle(), outcome.testSet(), outcome.test()));

    assertEquals(id, vm.selectedIdProperty().get());
    assertEquals(id, vm.getExplanation().id());
  }

  @Test
  void savingTheModelKeepsTheSelectedSequence() {
    Workspace workspace = workspace();
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace);
    PredictionRow row = vm.rows().get(2);
    vm.select(row);

    workspace.setModel(workspace.getModel().savedAs(Path.of("primer.mwb")));

    assertEquals(row.id(), vm.selectedIdProperty().get());
    assertEquals(row.id(), vm.getExplanation().id());
    assertEquals(120, vm.rows().size());
  }

  @Test
  void theFiguresShowTheTypedBasesNotThePaddingAndZoomInTheirOwnNumbers() {
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace());
    vm.ownSequenceProperty().set("ACGTACGTAC GACCGAACTC\nCACGTACGTACGT\n");
    vm.explainOwnSequence();
    SequenceExplanation e = vm.getExplanation();
    // 33 bases centred in 50: 8 N before them, 9 after; none of the N is drawn
    assertEquals(new SequenceRegion(8, 41), vm.regionProperty().get());
    assertEquals(new SequenceRegion(8, 41), e.bases());
    assertEquals("Showing all 33 bases (positions 1\u201333 of 33)", vm.regionLineProperty().get());
    assertTrue(vm.describePosition(0).startsWith("Position 1 (A): "), vm.describePosition(0));
    assertEquals(
        vm.getExplanation().trackFigure(NucleotidePalette.STANDARD, vm.shownRegion()).length(), 33);

    vm.zoomTo(" 5", "12 ");
    assertEquals(new SequenceRegion(12, 20), vm.regionProperty().get());
    assertNull(vm.regionErrorProperty().get());
    assertTrue(vm.describePosition(0).startsWith("Position 5 (A): "), vm.describePosition(0));
    assertEquals(
        "Position 12: A is the observed base", vm.describeSubstitution(7, 0), "ACGTACGTACGA");
    assertEquals("", vm.describePosition(8), "outside the region");
    assertEquals("Showing positions 5\u201312 of 33", vm.regionLineProperty().get());

    // another method keeps the chosen region; another sequence does not
    vm.methodProperty().set(AttributionMethod.GRADIENT);
    assertEquals(AttributionMethod.GRADIENT, vm.getExplanation().attribution().method());
    assertEquals(new SequenceRegion(12, 20), vm.regionProperty().get());

    vm.zoomTo("30", "40");
    assertEquals(
        "Positions 30-40 are not a region of your-sequence: it has bases 1-33. Give a first"
            + " position not after the last, inside that range.",
        vm.regionErrorProperty().get().replace(vm.getExplanation().id(), "your-sequence"));
    assertEquals(new SequenceRegion(12, 20), vm.regionProperty().get(), "the view stays");
    vm.zoomTo("x", "3");
    assertTrue(
        vm.regionErrorProperty().get().startsWith("Type the first and last base as whole"),
        vm.regionErrorProperty().get());
    vm.showWhole();
    assertEquals(new SequenceRegion(8, 41), vm.regionProperty().get());
    assertNull(vm.regionErrorProperty().get());
  }

  @Test
  void aCroppedSequenceKeepsItsOwnPositionNumbers() {
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace());
    String bases = "ACGT".repeat(15); // 60 bases, 5 cropped on each side to the model's 50
    vm.ownSequenceProperty().set(bases);
    vm.explainOwnSequence();
    assertEquals(new SequenceRegion(0, 50), vm.regionProperty().get());
    assertEquals("Showing all 50 bases (positions 6\u201355 of 60)", vm.regionLineProperty().get());
    assertTrue(vm.describePosition(0).startsWith("Position 6 (C): "), vm.describePosition(0));
    vm.zoomTo("1", "10");
    assertTrue(
        vm.regionErrorProperty().get().contains("the model saw its bases 6-55"),
        vm.regionErrorProperty().get());
  }

  @Test
  void choosingAnotherClassOrMethodExplainsTheSameSequenceAgain() {
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace());
    PredictionRow row = vm.rows().get(0);
    vm.select(row);
    String other = row.predictedClass().equals("positive") ? "negative" : "positive";

    vm.explainedClassProperty().set(other);
    assertEquals(other, vm.getExplanation().explainedClass());
    assertEquals(row.id(), vm.getExplanation().id());

    vm.methodProperty().set(AttributionMethod.INTEGRATED_GRADIENTS);
    assertEquals(
        AttributionMethod.INTEGRATED_GRADIENTS, vm.getExplanation().attribution().method());
    assertEquals(other, vm.getExplanation().explainedClass());
  }

  @Test
  void aStaleExplanationIsDropped() {
    ManualBackgroundRunner manual = new ManualBackgroundRunner();
    InspectViewModel vm = new InspectViewModel(manual, workspace());
    manual.runPending(0); // the predictions
    PredictionRow first = vm.rows().get(0);
    PredictionRow second = vm.rows().get(1);

    vm.select(first);
    vm.select(second);
    assertTrue(vm.explainingProperty().get());
    manual.runPending(1); // the second click's explanation finishes first...
    assertEquals(second.id(), vm.getExplanation().id());
    manual.runPending(0); // ...and the first click's late result must not replace it

    assertEquals(second.id(), vm.getExplanation().id());
    assertFalse(vm.explainingProperty().get());
  }

  @Test
  void ownSequencesAreExplainedAndBadCharactersNamed() {
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace());

    vm.ownSequenceProperty().set(">mine\nACGTACGTAC GACCGAACTC\nCACGTACGTACGT\n");
    vm.explainOwnSequence();
    SequenceExplanation e = vm.getExplanation();
    assertEquals("mine", e.id());
    assertNull(e.trueClass());
    assertEquals(50, e.sequence().length()); // 33 bases centred in 50 with N padding
    assertEquals("NNNNNNNNACGTACGTACGACCGAACTCCACGTACGTACGTNNNNNNNNN", e.sequence());
    assertTrue(e.probabilityLine().endsWith("(your sequence)"), e.probabilityLine());
    assertEquals("33 bases padded with N to the model's 50", e.fittingNote());

    vm.ownSequenceProperty().set("ACGT\nACXT");
    vm.explainOwnSequence();
    assertTrue(
        vm.getOwnSequenceError().startsWith("Position 7 contains 'X'"), vm.getOwnSequenceError());
    assertEquals("mine", vm.getExplanation().id()); // the last good explanation stays
  }

  @Test
  void noExplanationsWhileTraining() {
    Workspace workspace = workspace();
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace);
    workspace.trainingProperty().set(true);

    vm.select(vm.rows().get(0));

    assertNull(vm.getExplanation());
    assertEquals(InspectViewModel.TRAINING_BUSY, vm.getExplainMessage());
    workspace.trainingProperty().set(false);
    assertNull(vm.getExplainMessage());
  }

  @Test
  void aModelOfOtherDataListsNothingUntilEvaluatedOnTheOpenData() {
    OpenedData data = OpenedData.open(List.of(SAMPLE));
    Workspace workspace = new Workspace(new SimpleObjectProperty<>(data));
    workspace.setModel(
        new TrainedModel(
            outcome.bundle(), null, null, Path.of("m.mwb"), "The training data moved."));
    InspectViewModel vm = new InspectViewModel(new SameThreadBackgroundRunner(), workspace);

    assertEquals(ModelDataMatch.OTHER_DATA, workspace.getMatch(), "trained on unnamed data");
    assertTrue(vm.rows().isEmpty(), "nothing of another data set is listed");
    assertEquals(List.of(), vm.classNames());
    vm.ownSequenceProperty().set("ACGTACGTACGT");
    vm.explainOwnSequence();
    assertTrue(
        vm.getExplainMessage().startsWith("This model belongs to other data"),
        vm.getExplainMessage());

    new OtherDataViewModel(new SameThreadBackgroundRunner(), workspace).evaluateOnOpenData();

    assertEquals(2000, vm.rows().size());
    assertEquals("All sequences of primer-motif.fa (2000)", vm.sourceProperty().get());
    assertEquals(data.sequences().records().get(0).id(), vm.rows().get(0).id());
  }

  @Test
  void fittingMovesThePlantedSiteLikeTheSequence() {
    SequenceRecord longer =
        new SequenceRecord(
            "s", "label=positive motif=ACGT strand=+ pos=10", "A".repeat(60), "positive", null);
    MarkedSite site =
        SequenceExplanation.plantedSite(longer, new LengthPolicy(LengthPolicy.Mode.CENTER, 50))
            .orElseThrow();
    assertEquals(5, site.start()); // 5 bases cropped on the left
    assertEquals(9, site.end());
    assertEquals("planted ACGT", site.label());
    assertTrue(
        SequenceExplanation.plantedSite(longer, new LengthPolicy(LengthPolicy.Mode.CENTER, 10))
            .isEmpty()); // cropped away
  }
}
