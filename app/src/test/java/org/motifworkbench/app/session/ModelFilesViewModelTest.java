package org.motifworkbench.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.evaluate.EvaluateViewModel;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.TrainingWorkflow;

/** Saving a trained model and opening it again, as File > Save model and Open model do. */
class ModelFilesViewModelTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa").toAbsolutePath();

  @TempDir Path dir;

  /** A small model: 1 epoch of the teaching network on the bundled sample. */
  private static TrainingWorkflow.Outcome train() {
    DataSource source = DataSource.headerLabel(SAMPLE, null);
    SequenceSet data = source.load();
    TrainingSpec spec = TrainingSpec.defaults().withEpochs(1);
    return TrainingWorkflow.run(
        new TrainingWorkflow.Request(
            data,
            source,
            LengthPolicy.fitting(data),
            SplitPlan.stratified(spec.seed()),
            NetworkPreset.TEACHING.spec(),
            spec,
            Double.NaN),
        TrainingListener.NONE,
        new CancellationToken());
  }

  private Workspace workspace() {
    return new Workspace(new SimpleObjectProperty<OpenedData>());
  }

  @Test
  void saveThenOpenGivesTheSameModelWithItsTestSplitEvaluatedAgain() throws IOException {
    Workspace workspace = workspace();
    RecentFiles recent = new RecentFiles(null);
    ModelFilesViewModel files =
        new ModelFilesViewModel(new SameThreadBackgroundRunner(), workspace, recent);
    TrainingWorkflow.Outcome trained = train();
    workspace.setModel(TrainedModel.trained(trained.bundle(), trained.testSet(), trained.test()));
    assertEquals("unsaved model", workspace.getModel().displayName());

    files.save(dir.resolve("primer"));

    Path saved = dir.resolve("primer.mwb");
    assertTrue(Files.isRegularFile(saved), "the .mwb extension is added");
    assertSame(trained.bundle(), workspace.getModel().bundle(), "saving keeps the same model");
    assertEquals(saved, workspace.getModel().file());
    assertEquals(List.of(saved.toAbsolutePath().normalize()), recent.files());

    SimpleObjectProperty<OpenedData> otherData = new SimpleObjectProperty<>();
    Workspace other = new Workspace(otherData);
    new ModelFilesViewModel(new SameThreadBackgroundRunner(), other, recent).open(saved);
    assertEquals(List.of(saved.toAbsolutePath().normalize()), recent.files());

    // a project run's model (the Runs screen's Open) opens without becoming a recent file
    recent.remove(saved);
    Workspace fromRun = workspace();
    new ModelFilesViewModel(new SameThreadBackgroundRunner(), fromRun, recent).openRunModel(saved);
    assertNotNull(fromRun.getModel());
    assertTrue(recent.files().isEmpty(), "a run's model is not added to Recent files");

    TrainedModel opened = other.getModel();
    assertNotNull(opened);
    try (ModelBundle bundle = opened.bundle()) {
      assertEquals(trained.bundle().manifest().classNames(), bundle.manifest().classNames());
      assertEquals(trained.testSet().size(), opened.testSet().size());
      assertEquals(
          trained.test().accuracy(),
          opened.test().accuracy(),
          1e-9,
          "the reopened model scores its test split exactly as before");
      assertNull(opened.testSetProblem());
      assertTrue(opened.saved());
      // Its results are named after its own data, and belong to it only.
      EvaluateViewModel evaluate =
          new EvaluateViewModel(
              new SameThreadBackgroundRunner(), new SameThreadBackgroundRunner(), other);
      assertEquals(
          "Held-out test set of primer-motif.fa: "
              + opened.testSet().size()
              + " sequences the model never saw while training. Trained by the "
              + opened.computedBy().label()
              + ".",
          evaluate.sourceProperty().get());
      otherData.set(OpenedData.open(List.of(SAMPLE)));
      assertEquals(ModelDataMatch.MATCHES, other.getMatch(), "its training data is open");
      otherData.set(
          OpenedData.open(
              List.of(
                  Files.writeString(
                      dir.resolve("mine.fa"),
                      ">a label=negative\nACGTACGTAC\n>b label=positive\nTTTTACGGGG\n"))));
      assertEquals(ModelDataMatch.OTHER_DATA, other.getMatch());
      assertNull(evaluate.getMetrics(), "no result of primer-motif.fa is shown for mine.fa");
      assertEquals("", evaluate.sourceProperty().get());
    }
    workspace.setModel(null);
  }

  @Test
  void aFileThatIsNotAModelGivesAPlainMessageAndKeepsTheCurrentModel() throws IOException {
    Workspace workspace = workspace();
    RecentFiles recent = new RecentFiles(null);
    Path bogus = Files.writeString(dir.resolve("notes.mwb"), "not a model");
    recent.add(bogus);
    ModelFilesViewModel files =
        new ModelFilesViewModel(new SameThreadBackgroundRunner(), workspace, recent);

    files.open(bogus);

    assertNull(workspace.getModel());
    assertTrue(files.getErrorMessage().startsWith(bogus.toString()), files.getErrorMessage());
    assertFalse(files.getErrorMessage().contains("Exception"), files.getErrorMessage());
    assertTrue(recent.files().isEmpty(), "a file that is not a model leaves the recent list");
    assertFalse(files.busyProperty().get());
  }

  @Test
  void savingWithoutAModelSaysWhatToDo() {
    ModelFilesViewModel files =
        new ModelFilesViewModel(
            new SameThreadBackgroundRunner(), workspace(), new RecentFiles(null));
    files.save(dir.resolve("x.mwb"));
    assertTrue(files.getErrorMessage().contains("Train one first"), files.getErrorMessage());
  }

  @Test
  void suggestsAFileNameAfterTheData() {
    assertEquals(
        "model.mwb",
        new ModelFilesViewModel(
                new SameThreadBackgroundRunner(), workspace(), new RecentFiles(null))
            .suggestedFileName());
  }
}
