package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.inspect.PredictionRow;
import org.motifworkbench.app.lessons.LessonProgress;
import org.motifworkbench.app.lessons.LessonProgressStore;
import org.motifworkbench.app.session.DataIdentity;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.project.RunRecord;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21's "done when", headless: a project is built (a lesson step that opens the sample, the
 * small network for one epoch, two training runs, a sequence selected on Inspect), saved as a
 * project, the workbench closed and started afresh (another lesson store, as on another day), the
 * project reopened: data, settings, both runs, the chosen run's model (not trained again), the
 * step, the selected sequence and the lesson step are as they were.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectFlowTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @TempDir static Path dir;

  private AppContext context;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context = context("first");
    new MainWindow(context).show(stage);
    context.mainWindow().startEngine();
  }

  private static AppContext context(String name) {
    return new AppContext(
        new SampleLibrary(SAMPLES),
        DjlRuntime::start,
        new RecentFiles(null),
        new LessonProgressStore(dir.resolve(name + "-lessons.json")),
        dir.resolve("lesson-data"));
  }

  @AfterEach
  void close() throws TimeoutException {
    context.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void aSavedProjectReopensAsItWasWithoutTraining(FxRobot robot) throws TimeoutException {
    // a lesson step: lesson 1 opens the sample, which ticks its first step
    robot.interact(() -> context.lessons().shownProperty().set(true));
    robot.clickOn("#startLesson-find-the-planted-motif");
    LessonWalkTest.reveal(robot, "#lessonOpenData");
    robot.clickOn("#lessonOpenData");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 2 of 12", text(robot, "#lessonPosition"));

    // the small network, one epoch, trained twice: two runs of the (untitled) project
    ModelSettings teaching = ModelSettings.of(NetworkPreset.TEACHING);
    ModelSettings settings =
        new ModelSettings(
            teaching.preset(),
            teaching.network(),
            teaching.training().withEpochs(1),
            teaching.lengthMode(),
            teaching.length(),
            teaching.split());
    robot.interact(() -> context.workspace().settingsProperty().set(settings));
    robot.clickOn("#step-train");
    for (int run = 1; run <= 2; run++) {
      int runs = run;
      robot.clickOn("#startTraining");
      WaitForAsyncUtils.waitFor(
          180,
          SECONDS,
          () ->
              context.project().runs().size() == runs
                  && !context.workspace().isTraining()
                  && context.workspace().getModel() != null);
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertEquals(
        List.of("Run 1", "Run 2"), context.project().runs().stream().map(RunRecord::name).toList());

    // a sequence selected on Inspect
    robot.clickOn("#step-inspect");
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> !context.inspect().rows().isEmpty());
    PredictionRow chosen = context.inspect().rows().get(3);
    robot.interact(() -> context.inspect().select(chosen));
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> context.inspect().getExplanation() != null);
    WaitForAsyncUtils.waitForFxEvents();

    // Save project as...
    Path folder = dir.resolve("my-study");
    robot.interact(() -> context.project().saveAs(folder, () -> {}));
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> !context.project().isScratch());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(stage.getTitle().endsWith(" \u2014 project my-study"), stage.getTitle());
    DataIdentity data = context.data().getData().identity();
    TrainedModel model = context.workspace().getModel();
    assertTrue(model.saved(), "the run's model counts as saved in the project");
    String runId = context.project().runOf(model).orElseThrow();
    assertEquals(context.project().runs().get(1).id(), runId, "the last run is the chosen one");
    assertTrue(model.file().startsWith(folder.toAbsolutePath()), "its model moved along");
    String position = text(robot, "#lessonPosition");
    LessonProgress lesson = context.lessons().progress();

    // the workbench closes; a new one starts (its own, empty lesson store) and opens the project
    robot.interact(
        () -> {
          context.project().saveBeforeClosing();
          stage.close();
        });
    context.close();
    robot.interact(
        () -> {
          context = context("second");
          stage = new Stage();
          new MainWindow(context).show(stage);
          context.mainWindow().startEngine();
        });
    assertFalse(context.lessons().progressText(lessonOne()).startsWith("At step"));
    robot.interact(() -> context.projectFiles().open(folder, true));
    try {
      WaitForAsyncUtils.waitFor(
          120, SECONDS, () -> chosen.id().equals(context.inspect().selectedIdProperty().get()));
    } catch (TimeoutException e) {
      throw new AssertionError("not restored: " + restored(robot, folder), e);
    }
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(data.sameData(context.data().getData().identity()), "the same data is open");
    assertEquals(settings, context.workspace().getSettings());
    assertEquals(2, context.project().runs().size());
    TrainedModel reopened = context.workspace().getModel();
    assertEquals(
        context.project().getProject().modelFile(context.project().run(runId).orElseThrow()),
        reopened.file(),
        "the chosen run's model is open");
    assertTrue(context.train().getCurves().epochs().isEmpty(), "nothing was trained");
    assertFalse(context.train().modelReadyProperty().get());
    assertEquals(Step.INSPECT, context.mainWindow().getCurrentStep());
    TableView<PredictionRow> table = robot.lookup("#predictionTable").query();
    assertEquals(chosen.id(), table.getSelectionModel().getSelectedItem().id());
    assertEquals("find-the-planted-motif", context.lessons().lessonProperty().get().id());
    assertEquals(position, text(robot, "#lessonPosition"));
    assertEquals(lesson.done(), context.lessons().progress().done());
    assertFalse(context.project().isUnsaved(), "reopening changed nothing");
    assertTrue(Files.isRegularFile(folder.resolve("project.mwbproj")));
  }

  /** What the reopened workbench shows, for a failure's message. */
  private String restored(FxRobot robot, Path folder) {
    String description;
    try {
      description = Files.readString(folder.resolve("project.mwbproj"));
    } catch (java.io.IOException e) {
      description = e.toString();
    }
    return "data "
        + (context.data().getData() == null ? null : context.data().getData().displayName())
        + ", data error "
        + context.data().getErrorMessage()
        + ", model "
        + (context.workspace().getModel() == null ? null : context.workspace().getModel().file())
        + ", model error "
        + context.modelFiles().getErrorMessage()
        + ", step "
        + context.mainWindow().getCurrentStep()
        + ", rows "
        + context.inspect().rows().size()
        + ", selected "
        + context.inspect().selectedIdProperty().get()
        + ", runs "
        + context.project().runs().size()
        + ", project "
        + context.project().getProject()
        + ", dialogs "
        + robot.lookup(".dialog-pane").queryAll().stream()
            .map(n -> ((javafx.scene.control.DialogPane) n).getContentText())
            .toList()
        + "\n"
        + description;
  }

  private org.motifworkbench.app.lessons.Lesson lessonOne() {
    return context.lessons().lessons().stream()
        .filter(l -> l.id().equals("find-the-planted-motif"))
        .findFirst()
        .orElseThrow();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
