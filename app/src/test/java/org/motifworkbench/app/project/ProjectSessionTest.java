package org.motifworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.dialog.DialogService.Answer;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.TrainingWorkflow;

/**
 * The open project without a display: runs kept in the untitled project move with "Save project
 * as", changes are autosaved, a moved data file is located with the user, figures are recorded.
 */
class ProjectSessionTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa").toAbsolutePath();

  private static TrainingWorkflow.Request request;
  private static TrainingWorkflow.Outcome outcome;

  @TempDir Path dir;

  private final RecentFiles recent = new RecentFiles(null);
  private final ProjectSession session =
      new ProjectSession(new SameThreadBackgroundRunner(), Runnable::run, Autosave.AT_ONCE, recent);

  /** One epoch of the teaching network on the sample: a real run to keep. */
  @BeforeAll
  static void trainOneEpoch() {
    DataSource source = DataSource.headerLabel(SAMPLE, null);
    SequenceSet data = source.load();
    TrainingSpec spec = TrainingSpec.defaults().withEpochs(1);
    request =
        new TrainingWorkflow.Request(
            data,
            source,
            LengthPolicy.fitting(data),
            SplitPlan.stratified(spec.seed()),
            NetworkPreset.TEACHING.spec(),
            spec,
            Double.NaN);
    outcome = TrainingWorkflow.run(request, TrainingListener.NONE, new CancellationToken());
  }

  @Test
  void runsOfTheUntitledProjectMoveIntoTheProjectSavedAs() {
    assertTrue(session.isScratch());
    assertEquals("untitled project", session.titleProperty().get());
    assertNull(
        session.runKeeper().keep(request, outcome, 2.5),
        "a model kept in the untitled project still counts as unsaved");
    session.runKeeper().keep(request, outcome, 2.5);
    assertEquals(List.of("Run 1", "Run 2"), session.runs().stream().map(RunRecord::name).toList());
    for (RunRecord run : session.runs()) {
      assertTrue(Files.isRegularFile(session.getProject().modelFile(run)));
    }

    Path folder = dir.resolve("my-study");
    session.saveAs(folder, () -> {});

    assertFalse(session.isScratch());
    assertEquals("my-study", session.titleProperty().get());
    assertEquals(2, session.runs().size());
    for (RunRecord run : session.runs()) {
      Path model = session.getProject().modelFile(run);
      assertTrue(model.startsWith(folder.toAbsolutePath()), model + " is in the project");
      assertTrue(Files.isRegularFile(model));
    }
    assertEquals(2, Project.open(folder).runs().size(), "the runs are in the folder");
    Path third = session.runKeeper().keep(request, outcome, 2.5);
    assertEquals(session.getProject().modelFile(session.runs().get(2)), third);
    assertTrue(Files.isRegularFile(third), "a project's run model counts as saved");
    assertEquals(
        session.getProject().file().toAbsolutePath().normalize(),
        recent.files().get(0),
        "File > Recent files offers the project");
  }

  @Test
  void aChangedDescriptionIsSavedToTheProjectFile() {
    session.saveAs(dir.resolve("study"), () -> {});
    JsonObject settings = ModelSettingsJson.write(ModelSettings.of(NetworkPreset.TEACHING));

    session.update(d -> d.withSettings(settings));

    assertFalse(session.isUnsaved(), "autosaved");
    assertEquals(
        ModelSettings.of(NetworkPreset.TEACHING),
        ModelSettingsJson.read(Project.open(dir.resolve("study")).description().settings()));
  }

  @Test
  void theUntitledProjectKeepsChangesInMemoryUntilSavedAs() {
    JsonObject state = new JsonObject();
    state.addProperty("step", "TRAIN");

    session.update(d -> d.withState(state));

    assertTrue(session.isUnsaved());
    session.saveAs(dir.resolve("later"), () -> {});
    assertEquals(state, Project.open(dir.resolve("later")).description().state());
  }

  @Test
  void aMovedDataFileIsLocatedAndTheDescriptionFollowsIt() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data")).resolve("primer-motif.fa");
    Files.copy(SAMPLE, data);
    Path folder = dir.resolve("moving");
    session.saveAs(folder, () -> {});
    session.update(d -> d.withData(DataSource.headerLabel(data, null)));
    Path moved = Files.createDirectories(dir.resolve("elsewhere")).resolve("primer-motif.fa");
    Files.move(data, moved);
    ProjectSession reopened =
        new ProjectSession(
            new SameThreadBackgroundRunner(), Runnable::run, Autosave.AT_ONCE, recent);
    reopened.open(folder, d -> {});
    RecordingDialogService dialogs =
        new RecordingDialogService().willAnswer(Answer.YES).willChoose(moved);

    DataSource located = files(reopened, dialogs).dataToOpen(reopened.description());

    assertEquals(List.of(moved.toAbsolutePath().toString()), absolute(located.files()));
    assertTrue(
        dialogs.shown.contains("ask: A data file of the project was not found [Locate.../Skip]"),
        dialogs.shown.toString());
    assertEquals(
        List.of(moved.toAbsolutePath().toString()),
        absolute(Project.open(folder).description().data().files()),
        "the new place is saved");
    assertTrue(Project.open(folder).missingDataFiles().isEmpty());
  }

  @Test
  void skippingAMovedDataFileOpensTheProjectWithoutData() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data")).resolve("primer-motif.fa");
    Files.copy(SAMPLE, data);
    session.saveAs(dir.resolve("skipping"), () -> {});
    session.update(d -> d.withData(DataSource.headerLabel(data, null)));
    Files.delete(data);
    RecordingDialogService dialogs = new RecordingDialogService().willAnswer(Answer.NO);

    assertNull(files(session, dialogs).dataToOpen(session.description()));
  }

  @Test
  void anExportedFigureIsRecordedRelativeToTheProject() {
    session.saveAs(dir.resolve("figures-study"), () -> {});
    Path figures = session.figuresFolder();
    assertTrue(figures.startsWith(dir.resolve("figures-study").toAbsolutePath()));

    session.figureWritten(figures.resolve("saliency-seq17.pdf"), "saliency-seq17");

    assertEquals(1, session.description().figures().size());
    assertEquals("figures/saliency-seq17.pdf", session.description().figures().get(0).file());
    assertEquals(
        "saliency-seq17",
        Project.open(dir.resolve("figures-study")).description().figures().get(0).title());
  }

  @Test
  void leavingAnUntitledProjectWithRunsAsksToSaveIt() {
    session.runKeeper().keep(request, outcome, 1);
    RecordingDialogService dialogs = new RecordingDialogService().willAnswer(Answer.CANCEL);
    ProjectFilesViewModel files = files(session, dialogs);

    assertTrue(files.hasUnsavedRuns());
    assertFalse(files.mayLeave(true), "cancelled: stay");
    assertEquals(
        List.of("ask: Keep the runs of the untitled project? [Save project as.../Don't save]"),
        dialogs.shown);
    assertTrue(files.mayLeave(false), "a new project takes the runs along: no question");
  }

  private static ProjectFilesViewModel files(
      ProjectSession session, RecordingDialogService dialogs) {
    return new ProjectFilesViewModel(
        session, new Workspace(new SimpleObjectProperty<OpenedData>()), dialogs, d -> {});
  }

  private static List<String> absolute(List<String> files) {
    return files.stream().map(f -> Path.of(f).toAbsolutePath().normalize().toString()).toList();
  }
}
