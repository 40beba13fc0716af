package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.inspect.PredictionRow;
import org.motifworkbench.app.lessons.LessonProgressStore;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.network.DjlRuntime;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student walks lesson 1 ("Find the planted motif") from the lesson panel to its end, headless:
 * the lesson opens its data, ticks each step as the student does it through the screens, and asks
 * its questions. With {@code -Dmwb.shots=<folder>} the panel is saved at each step as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class LessonFlowTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  private AppContext context;
  private Stage stage;

  @TempDir static Path dir;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context =
        new AppContext(
            new SampleLibrary(SAMPLES),
            DjlRuntime::start,
            new RecentFiles(null),
            new LessonProgressStore(dir.resolve("progress.json")),
            dir.resolve("lesson-data"));
    new MainWindow(context).show(stage);
    context.mainWindow().startEngine();
  }

  @AfterEach
  void close() throws TimeoutException {
    context.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void lessonOneFromStartToTheLastAnswer(FxRobot robot) throws TimeoutException {
    robot.interact(() -> context.lessons().shownProperty().set(true));
    shoot(robot, "lesson-0-list.png");
    robot.clickOn("#startLesson-find-the-planted-motif");
    assertEquals("Step 1 of 12", position(robot));
    shoot(robot, "lesson-1-open-data.png");

    LessonWalkTest.reveal(robot, "#lessonOpenData");
    robot.clickOn("#lessonOpenData");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 2 of 12", position(robot), "opening the data ticked step 1");
    TextField guess = robot.lookup("#predictNumber").queryAs(TextField.class);
    robot.interact(() -> guess.setText("0.9"));
    LessonWalkTest.reveal(robot, "#commitPrediction");
    robot.clickOn("#commitPrediction");
    WaitForAsyncUtils.waitForFxEvents();
    LessonWalkTest.reveal(robot, "#lessonNext");
    robot.clickOn("#lessonNext");
    assertEquals("Step 3 of 12", position(robot));
    LessonWalkTest.reveal(robot, "#lessonConfirm");
    robot.clickOn("#lessonConfirm");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 4 of 12", position(robot));
    assertTrue(
        String.join("\n", context.lessons().predictions())
            .contains("You predicted 0.9 \u2014 measured: 1.00"),
        context.lessons().predictions().toString());
    LessonWalkTest.reveal(robot, "#answerButton");
    robot.clickOn("#choice-1");
    robot.clickOn("#answerButton");
    assertTrue(text(robot, "#lessonFeedback").startsWith("Right. "));
    shoot(robot, "lesson-2-ceiling-answered.png");
    LessonWalkTest.reveal(robot, "#lessonNext");
    robot.clickOn("#lessonNext");

    robot.clickOn("#step-model");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 6 of 12", position(robot));
    assertEquals(8, context.workspace().getSettings().training().epochs(), "the lesson's settings");
    robot.clickOn("#step-train");
    robot.clickOn("#startTraining");
    WaitForAsyncUtils.waitFor(
        180,
        SECONDS,
        () -> context.workspace().getModel() != null && !context.workspace().isTraining());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 8 of 12", position(robot), "trained and validation accuracy >= 0.9");
    assertEquals(1, context.lessons().runs().size());
    shoot(robot, "lesson-3-trained.png");
    LessonWalkTest.reveal(robot, "#answerButton");
    robot.clickOn("#choice-3");
    robot.clickOn("#answerButton");
    assertTrue(text(robot, "#lessonFeedback").startsWith("Right. "), "the test accuracy");
    LessonWalkTest.reveal(robot, "#lessonNext");
    robot.clickOn("#lessonNext");
    assertEquals("Step 9 of 12", position(robot));
    LessonWalkTest.reveal(robot, "#commitPrediction");
    robot.clickOn("#predictChoice-2");
    robot.clickOn("#commitPrediction");
    WaitForAsyncUtils.waitForFxEvents();
    LessonWalkTest.reveal(robot, "#lessonNext");
    robot.clickOn("#lessonNext");
    assertEquals("Step 10 of 12", position(robot));

    robot.clickOn("#step-inspect");
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> !context.inspect().rows().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    PredictionRow target =
        context.inspect().rows().stream()
            .filter(r -> r.correct() && r.trueClass().equals("positive"))
            .findFirst()
            .orElseThrow();
    robot.interact(() -> context.inspect().searchProperty().set(target.id()));
    WaitForAsyncUtils.waitForFxEvents();
    Node row =
        robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == target).query();
    robot.clickOn(row);
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> context.inspect().getExplanation() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 11 of 12", position(robot));
    assertTrue(
        String.join("\n", context.lessons().predictions()).contains("Step 9: You predicted"),
        "the saliency prediction is shown once the sequence was inspected");
    shoot(robot, "lesson-4-inspected.png");

    robot.clickOn("#step-motifs");
    robot.clickOn("#findMotifs");
    WaitForAsyncUtils.waitFor(
        120, SECONDS, () -> !context.motifs().isRunning() && !context.motifs().filters().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "Step 12 of 12",
        position(robot),
        "the primer motif was found: "
            + context.motifs().discovered().stream().map(c -> c.title()).toList());
    LessonWalkTest.reveal(robot, "#answerButton");
    robot.clickOn("#choice-3");
    robot.clickOn("#answerButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#lessonFinished").query().isVisible());
    assertEquals(12, context.lessons().progress().done().size());
    shoot(robot, "lesson-5-complete.png");
  }

  private static String position(FxRobot robot) {
    return text(robot, "#lessonPosition");
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  /** Saves the window as a PNG when {@code -Dmwb.shots} names a folder. */
  private void shoot(FxRobot robot, String name) {
    WindowShots.save(robot, stage, name);
  }
}
