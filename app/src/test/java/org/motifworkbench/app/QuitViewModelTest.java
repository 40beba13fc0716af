package org.motifworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.ManualBackgroundRunner;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.dialog.DialogService.Answer;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.project.Autosave;
import org.motifworkbench.app.project.ProjectFilesViewModel;
import org.motifworkbench.app.project.ProjectSession;
import org.motifworkbench.app.session.ModelFilesViewModel;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.project.RunRecord;

/** The questions asked before quitting, and when the window may close. */
class QuitViewModelTest {

  private static final String SAVE_QUESTION = "ask: Save the trained model? [Save.../Don't save]";
  private static final String TRAINING_QUESTION = "confirm: Quit while training? [Quit anyway]";

  /** A real model to save; every test's workspace holds it, none replaces it. */
  private static ModelBundle bundle;

  @TempDir Path dir;

  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final Workspace workspace = new Workspace(new SimpleObjectProperty<OpenedData>());

  @BeforeAll
  static void trainOneEpoch() {
    bundle = OneEpochModel.get();
  }

  /** The quit view model with File > Save model as...'s chooser, saving through {@code files}. */
  private QuitViewModel quit(ModelFilesViewModel files) {
    return new QuitViewModel(
        workspace,
        files,
        dialogs,
        () ->
            dialogs
                .saveFile(Purpose.MODEL, "Save the model", files.suggestedFileName(), List.of())
                .map(
                    file -> {
                      files.save(file);
                      return true;
                    })
                .orElse(false));
  }

  private ModelFilesViewModel files(BackgroundRunner runner) {
    return new ModelFilesViewModel(runner, workspace, new RecentFiles(null));
  }

  private QuitViewModel quit() {
    return quit(files(new SameThreadBackgroundRunner()));
  }

  private void unsavedModel() {
    workspace.setModel(TrainedModel.trained(bundle, null, null));
  }

  @Test
  void withNothingUnsavedItQuitsWithoutAsking() {
    QuitViewModel vm = quit();
    vm.request();
    assertTrue(vm.isApproved());
    assertEquals(List.of(), dialogs.shown);
  }

  @Test
  void aSavedModelQuitsWithoutAsking() {
    workspace.setModel(TrainedModel.trained(bundle, null, null).savedAs(dir.resolve("m.mwb")));
    QuitViewModel vm = quit();
    vm.request();
    assertTrue(vm.isApproved());
    assertEquals(List.of(), dialogs.shown);
  }

  @Test
  void anUnsavedModelAsksAndDontSaveQuits() {
    unsavedModel();
    dialogs.willAnswer(Answer.NO);
    QuitViewModel vm = quit();
    vm.request();
    assertTrue(vm.isApproved());
    assertEquals(List.of(SAVE_QUESTION), dialogs.shown);
    assertFalse(workspace.getModel().saved());
  }

  @Test
  void cancellingTheSaveQuestionStays() {
    unsavedModel();
    dialogs.willAnswer(Answer.CANCEL);
    QuitViewModel vm = quit();
    vm.request();
    assertFalse(vm.isApproved());
    assertEquals(List.of(SAVE_QUESTION), dialogs.shown);
  }

  @Test
  void saveWritesTheModelThenQuits() {
    unsavedModel();
    Path target = dir.resolve("primer.mwb");
    dialogs.willAnswer(Answer.YES).willChoose(target);
    QuitViewModel vm = quit();
    vm.request();
    assertEquals(List.of(SAVE_QUESTION, "save: Save the model (model.mwb)"), dialogs.shown);
    assertTrue(Files.isRegularFile(target));
    assertEquals(target, workspace.getModel().file());
    assertTrue(vm.isApproved());
  }

  @Test
  void cancellingTheChooserStays() {
    unsavedModel();
    dialogs.willAnswer(Answer.YES);
    QuitViewModel vm = quit();
    vm.request();
    assertFalse(vm.isApproved());
    assertFalse(vm.isWaitingForSave());
    assertFalse(workspace.getModel().saved());
  }

  @Test
  void aSaveInTheBackgroundQuitsOnlyWhenItIsDone() {
    unsavedModel();
    Path target = dir.resolve("later.mwb");
    dialogs.willAnswer(Answer.YES).willChoose(target);
    ManualBackgroundRunner runner = new ManualBackgroundRunner();
    QuitViewModel vm = quit(files(runner));
    vm.request();
    assertFalse(vm.isApproved(), "not before the model is written");
    assertTrue(vm.isWaitingForSave());

    runner.runPending(0);

    assertTrue(Files.isRegularFile(target));
    assertTrue(vm.isApproved());
  }

  @Test
  void aFailedSaveStaysAndALaterSaveDoesNotQuit() throws IOException {
    unsavedModel();
    Path nowhere = Files.writeString(dir.resolve("a file, not a folder"), "").resolve("m.mwb");
    dialogs.willAnswer(Answer.YES).willChoose(nowhere);
    ModelFilesViewModel files = files(new SameThreadBackgroundRunner());
    QuitViewModel vm = quit(files);
    vm.request();
    assertNotNull(files.getErrorMessage(), "the save failed");
    assertTrue(files.getErrorMessage().contains(nowhere.toString()), files.getErrorMessage());
    assertFalse(vm.isApproved());
    assertFalse(vm.isWaitingForSave());

    files.save(dir.resolve("m.mwb")); // File > Save model, later
    assertTrue(workspace.getModel().saved());
    assertFalse(vm.isApproved(), "saving alone does not close the window");
  }

  @Test
  void whileTrainingItAsksAndCancelStays() {
    unsavedModel(); // a model from an earlier run: the training question is the one asked
    workspace.trainingProperty().set(true);
    dialogs.willConfirm(false);
    QuitViewModel vm = quit();
    vm.request();
    assertFalse(vm.isApproved());
    assertEquals(List.of(TRAINING_QUESTION), dialogs.shown);
  }

  @Test
  void whileTrainingQuitAnywayQuits() {
    workspace.trainingProperty().set(true);
    dialogs.willConfirm(true);
    QuitViewModel vm = quit();
    vm.request();
    assertTrue(vm.isApproved());
    assertEquals(List.of(TRAINING_QUESTION), dialogs.shown);
  }

  // ---- an untitled project with runs (issue 21) ------------------------------------------------

  private static final String PROJECT_QUESTION =
      "ask: Save the project? [Save project as.../Don't save]";

  /** The quit view model asking about an untitled project that holds {@code runs} runs. */
  private QuitViewModel quitWithProject(ProjectSession session, int runs) {
    for (int i = 0; i < runs; i++) {
      session.getProject().addRun(run(), bundle);
    }
    session.refresh();
    QuitViewModel vm = quit();
    vm.askAboutProject(new ProjectFilesViewModel(session, workspace, dialogs, d -> {}));
    return vm;
  }

  private static ProjectSession session() {
    return new ProjectSession(
        new SameThreadBackgroundRunner(), Runnable::run, Autosave.AT_ONCE, new RecentFiles(null));
  }

  @Test
  void anUntitledProjectWithoutRunsQuitsWithoutAsking() {
    QuitViewModel vm = quitWithProject(session(), 0);
    vm.request();
    assertTrue(vm.isApproved());
    assertEquals(List.of(), dialogs.shown);
  }

  @Test
  void anUntitledProjectWithRunsAsksAndSaveProjectAsQuitsOnceSaved() {
    ProjectSession session = session();
    QuitViewModel vm = quitWithProject(session, 1);
    Path folder = dir.resolve("my-study");
    dialogs.willAnswer(Answer.YES).willChoose(folder);
    vm.request();
    assertEquals(
        List.of(PROJECT_QUESTION, "folder: Save the project in a new, empty folder"),
        dialogs.shown);
    assertTrue(Files.isRegularFile(folder.resolve("project.mwbproj")));
    assertEquals(1, session.runs().size());
    assertFalse(session.isScratch());
    assertTrue(vm.isApproved());
  }

  @Test
  void anUntitledProjectWithRunsQuitsOnDontSaveAndStaysOnCancel() {
    QuitViewModel dropping = quitWithProject(session(), 1);
    dialogs.willAnswer(Answer.NO);
    dropping.request();
    assertTrue(dropping.isApproved());

    QuitViewModel staying = quitWithProject(session(), 1);
    dialogs.willAnswer(Answer.CANCEL);
    staying.request();
    assertFalse(staying.isApproved());
    assertEquals(List.of(PROJECT_QUESTION, PROJECT_QUESTION), dialogs.shown);
  }

  private static RunRecord run() {
    return new RunRecord(
        "",
        "Run 1",
        "2026-12-04T09:00:00Z",
        "app",
        "primer-motif.fa",
        "",
        null,
        List.of("negative", "positive"),
        "TEACHING",
        Map.of(),
        Map.of(),
        1,
        1,
        "COMPLETED",
        0.9,
        0.3,
        null,
        Double.NaN,
        1.0,
        "Java kernels",
        "cpu",
        List.of(),
        null,
        -1,
        RunRecord.MODEL_FILE);
  }
}
