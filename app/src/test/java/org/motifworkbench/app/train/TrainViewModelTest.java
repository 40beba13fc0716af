package org.motifworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.DataSummary;
import org.motifworkbench.app.session.ModelDataMatch;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.interpret.LeadingFilters;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.sequence.SourceLocation;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingSpec;

/**
 * The Train screen's logic without the FX toolkit: training runs on the test thread on 800 of the
 * primer-motif sample's sequences with the small TEACHING network (about a second per epoch).
 */
class TrainViewModelTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");
  private static OpenedData subset;

  private final ReadOnlyObjectWrapper<OpenedData> data = new ReadOnlyObjectWrapper<>();
  private final Workspace workspace = new Workspace(data);
  private final TrainViewModel vm =
      new TrainViewModel(
          new SameThreadBackgroundRunner(),
          workspace,
          new SimpleStringProperty("PyTorch 2.7.1 on CPU"),
          Runnable::run);

  @BeforeAll
  static void readSample() {
    OpenedData full = OpenedData.open(List.of(SAMPLE));
    SequenceSet first = full.sequences().subset(IntStream.range(0, 800).toArray());
    subset = new OpenedData(full.source(), first, DataSummary.of(first, full.summary().ceiling()));
  }

  @AfterEach
  void releaseModel() {
    workspace.setModel(null);
  }

  @Test
  void trainsShowsHistoryAndPutsTheModelInTheWorkspace() {
    open(2);
    vm.setDevices(List.of("cpu"));
    List<Boolean> trainingFlags = new ArrayList<>();
    workspace.trainingProperty().addListener((obs, old, on) -> trainingFlags.add(on));
    List<TrainingCurves> published = new ArrayList<>();
    vm.curvesProperty().addListener((obs, old, curves) -> published.add(curves));
    List<FilterSnapshot> publishedFilters = new ArrayList<>();
    vm.filtersProperty()
        .addListener(
            (obs, old, filters) -> {
              if (filters != null) {
                publishedFilters.add(filters);
              }
            });

    vm.start();

    assertNull(vm.getErrorMessage());
    assertEquals(List.of(true, false), trainingFlags);
    assertFalse(vm.isRunning());
    TrainingCurves curves = vm.getCurves();
    assertEquals(List.of(1, 2), curves.epochs().stream().map(EpochResult::epoch).toList());
    // 800 sequences, 64 % for training = 512, batches of 64: 8 a batch per epoch
    assertEquals(16, curves.batches().size());
    assertEquals(0.125, curves.batches().get(0).epochs(), 1e-12);
    assertEquals(2.0, curves.batches().get(15).epochs(), 1e-12);
    assertEquals(1.0, curves.ceiling(), 0);
    assertTrue(published.size() >= 3, "live updates: " + published.size());
    assertEquals(List.of(1, 2), publishedFilters.stream().map(FilterSnapshot::epoch).toList());
    for (FilterSnapshot snapshot : publishedFilters) {
      assertEquals(FilterWatch.SHOWN, snapshot.motifs().size());
      assertEquals(300, snapshot.sampleSize()); // of the 512 training sequences
      List<Double> bits = snapshot.motifs().stream().map(LeadingFilters::bits).toList();
      assertTrue(snapshot.motifs().get(0).reliable());
      assertTrue(bits.get(0) >= bits.get(bits.size() - 1), bits.toString());
    }
    assertSame(publishedFilters.get(1), vm.getFilters());
    TrainedModel model = workspace.getModel();
    assertNotNull(model);
    assertEquals(160, model.testSet().size());
    double accuracy = model.test().accuracy();
    assertTrue(accuracy >= 0 && accuracy <= 1, "accuracy " + accuracy);
    assertEquals("cpu", model.bundle().classifier().device(), "trained where chosen");
    assertEquals(2, model.bundle().manifest().history().size());
    assertTrue(vm.modelReadyProperty().get());
    assertEquals(1.0, vm.progressProperty().get(), 0);
    String result = vm.getResultText();
    String backend = model.computedBy().label();
    assertTrue(
        result.startsWith("Finished all 2 epochs: trained by the " + backend + " in "), result);
    assertEquals(
        Optional.of(model.computedBy()), model.trainedBy(), "the file records who trained");
    assertEquals("trained by the " + backend, model.backendNote());
    assertTrue(
        result.contains("The model keeps the weights of epoch " + curves.bestEpoch()), result);
    assertTrue(
        result.contains(
            "Test accuracy "
                + TrainingText.fixed(accuracy)
                + " (best possible on this data: 1.000)."),
        result);
    assertTrue(model.data().sameData(subset.identity()), "the model knows its data");
    assertTrue(vm.isRunOnOpenData());
    assertEquals("", vm.otherRunNoteBinding().get());

    // Other data: the run's curves and result are not about it.
    SequenceSet later = subset.sequences().subset(IntStream.range(400, 800).toArray());
    data.set(
        new OpenedData(subset.source(), later, DataSummary.of(later, subset.summary().ceiling())));
    assertFalse(vm.isRunOnOpenData());
    assertEquals(ModelDataMatch.OTHER_DATA, workspace.getMatch());
    assertEquals(
        "The last training run was on primer-motif.fa: its curves and result are not"
            + " shown for primer-motif.fa. Start training to train a model on primer-motif.fa.",
        vm.otherRunNoteBinding().get());
    data.set(subset);
    assertTrue(vm.isRunOnOpenData(), "back on the run's data");
    assertEquals(ModelDataMatch.MATCHES, workspace.getMatch());
  }

  @Test
  void aGpuIsChosenWhenTheEngineSeesOne() {
    vm.setDevices(List.of("cpu", "gpu(0)"));
    assertEquals("gpu(0)", vm.deviceProperty().get());
    vm.setDevices(List.of("cpu"));
    assertEquals("cpu", vm.deviceProperty().get());
  }

  @Test
  void cancelAfterAnEpochKeepsTheBestEpochAndScoresTheTestSet() {
    open(3);
    vm.curvesProperty()
        .addListener(
            (obs, old, curves) -> {
              if (curves.epochs().size() == 1) {
                vm.cancel();
              }
            });

    vm.start();

    assertFalse(vm.isRunning());
    assertFalse(workspace.isTraining());
    assertEquals(1, vm.getCurves().epochs().size());
    TrainedModel model = workspace.getModel();
    assertNotNull(model);
    assertEquals("CANCELLED", model.bundle().manifest().stopReason());
    assertEquals(1, model.bundle().manifest().bestEpoch());
    assertNotNull(model.test());
    assertNotNull(model.bundle().manifest().testMetrics());
    String result = vm.getResultText();
    assertTrue(
        result.startsWith(
            "Stopped at your request after 1 epoch (trained by the "
                + model.computedBy().label()
                + " in "),
        result);
    assertTrue(result.contains(" s). The model keeps the weights of epoch 1"), result);
    assertTrue(result.contains("Test accuracy"), result);
    assertTrue(vm.modelReadyProperty().get());
  }

  @Test
  void cancelBeforeTheFirstEpochEndsKeepsThePreviousModel() {
    open(1);
    vm.start();
    TrainedModel previous = workspace.getModel();
    assertNotNull(previous);
    vm.curvesProperty()
        .addListener(
            (obs, old, curves) -> {
              if (!curves.batches().isEmpty()) {
                vm.cancel();
              }
            });

    vm.start();

    assertSame(previous, workspace.getModel());
    assertTrue(vm.getCurves().epochs().isEmpty());
    assertFalse(vm.isRunning());
    assertFalse(workspace.isTraining());
    assertFalse(vm.modelReadyProperty().get());
    assertTrue(vm.getResultText().contains("no model was kept"), vm.getResultText());
    assertEquals(0.0, vm.progressProperty().get(), 0);
  }

  @Test
  void invalidSettingsAreRefusedWithTheirMessage() {
    data.set(subset);
    ModelSettings s = ModelSettings.of(NetworkPreset.TEACHING);
    workspace
        .settingsProperty()
        .set(
            new ModelSettings(
                s.preset(),
                s.network(),
                s.training().withBatchSize(1),
                s.lengthMode(),
                s.length(),
                s.split()));

    vm.start();

    assertTrue(
        vm.getErrorMessage()
            .startsWith(
                "The model settings need fixing on the Model"
                    + " screen first: Batch size must be between 2 and 8192"),
        vm.getErrorMessage());
    assertFalse(vm.isRunning());
    assertFalse(workspace.isTraining());
    assertNull(workspace.getModel());
  }

  @Test
  void dataTooSmallForTheSplitGivesAPlainMessage() {
    SequenceSet tiny = subset.sequences().subset(new int[] {0, 1, 2});
    data.set(
        new OpenedData(
            subset.source(), tiny, DataSummary.of(tiny, java.util.OptionalDouble.empty())));
    workspace.settingsProperty().set(teaching(1));

    vm.start();

    assertEquals(
        "Training could not start: the data has too few sequences for the split: 3 for"
            + " training, 0 for validation and 0 for testing. Each class needs at least 3 sequences"
            + " (better: hundreds). Open more data, or set the validation and test shares to 0 on the"
            + " Model screen.",
        vm.getErrorMessage());
    assertFalse(vm.isRunning());
    assertFalse(workspace.isTraining());
    assertNull(workspace.getModel());
  }

  @Test
  void oneClassIsRefused() {
    SequenceSet positives =
        subset
            .sequences()
            .subset(
                IntStream.range(0, 800)
                    .filter(i -> "positive".equals(subset.sequences().records().get(i).label()))
                    .toArray());
    data.set(
        new OpenedData(
            subset.source(),
            positives,
            DataSummary.of(positives, java.util.OptionalDouble.empty())));
    workspace.settingsProperty().set(teaching(1));

    vm.start();

    assertTrue(vm.getErrorMessage().contains("at least two classes"), vm.getErrorMessage());
    assertFalse(workspace.isTraining());
  }

  @Test
  void aRecordPastTheInputLengthCapIsNamedInsteadOfRunningOutOfMemory() {
    List<SequenceRecord> records = new ArrayList<>(subset.sequences().records());
    records.add(
        new SequenceRecord(
            "huge",
            "",
            "A".repeat(LengthPolicy.MAX_LENGTH + 1),
            "positive",
            new SourceLocation("big.fa", 9)));
    SequenceSet withHuge = new SequenceSet(records, subset.sequences().classNames(), List.of());
    data.set(
        new OpenedData(
            subset.source(), withHuge, DataSummary.of(withHuge, java.util.OptionalDouble.empty())));
    workspace.settingsProperty().set(teaching(1));

    vm.start();

    assertTrue(
        vm.getErrorMessage()
            .startsWith(
                "Training could not start: big.fa:9: the sequence"
                    + " 'huge' is 100,001 bases long"),
        vm.getErrorMessage());
    assertTrue(
        vm.getErrorMessage().contains("the input length on the Model screen"),
        vm.getErrorMessage());
    assertFalse(workspace.isTraining());
    assertTrue(vm.planProperty().get().endsWith("input unknown"), vm.planProperty().get());
  }

  @Test
  void thePlanNamesDataPresetEpochsAndLength() {
    open(2);
    assertEquals(
        "primer-motif.fa \u00b7 800 sequences \u00b7 2 classes \u00b7 Small and fast"
            + " (teaching) \u00b7 up to 2 epochs \u00b7 input 50 bases (the longest sequence)",
        vm.planProperty().get());
    assertTrue(vm.canStartProperty().get());
  }

  private void open(int epochs) {
    data.set(subset);
    workspace.settingsProperty().set(teaching(epochs));
  }

  private static ModelSettings teaching(int epochs) {
    ModelSettings s = ModelSettings.of(NetworkPreset.TEACHING);
    TrainingSpec training = s.training().withEpochs(epochs);
    return new ModelSettings(
        s.preset(), s.network(), training, s.lengthMode(), s.length(), s.split());
  }
}
