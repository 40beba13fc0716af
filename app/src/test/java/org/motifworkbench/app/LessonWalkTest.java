package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
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
 * A student walks lessons 2, 3 and 4 from the lesson panel to their ends, headless, as {@link
 * LessonFlowTest} does for lesson 1: every shipped lesson can be finished by doing what its steps
 * say, with the lesson's own settings and data. With {@code -Dmwb.shots=<folder>} the window is
 * saved at every step as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWalkTest {

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
  void lessonTwoTheCeiling(FxRobot robot) throws TimeoutException {
    begin(robot, "why-83-percent");
    assertEquals("Step 1 of 7", position(robot));
    shoot(robot, "lesson2-step1.png");
    openLessonData(robot, "promoter-8000-seed7.fa");
    assertEquals("Step 2 of 7", position(robot));
    answer(robot, 2, "lesson2-step2.png");

    assertEquals("Step 3 of 7", position(robot));
    train(robot);
    assertEquals("Step 4 of 7", position(robot));
    shoot(robot, "lesson2-step3-trained.png");
    robot.clickOn("#step-evaluate");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 5 of 7", position(robot));
    shoot(robot, "lesson2-step4-evaluate.png");

    openLessonData(robot, "promoter-clean-8000-seed7.fa");
    assertEquals("Step 6 of 7", position(robot));
    train(robot);
    assertEquals("Step 7 of 7", position(robot));
    assertEquals(2, context.lessons().runs().size());
    assertTrue(context.workspace().getModel() != null);
    answer(robot, 2, "lesson2-step7.png");
    finished(robot, 7);
  }

  @Test
  void lessonThreeRealChipSeq(FxRobot robot) throws TimeoutException {
    begin(robot, "real-chipseq-ctcf");
    assertEquals("Step 1 of 6", position(robot));
    openLessonData(robot, "tfbs-chipseq.fa");
    assertEquals("Step 2 of 6", position(robot));
    shoot(robot, "lesson3-step2-question.png");
    answer(robot, 2, "lesson3-step2.png");

    assertEquals("Step 3 of 6", position(robot));
    train(robot);
    shoot(robot, "lesson3-step3-trained.png");
    robot.clickOn("#step-evaluate");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "Step 5 of 6",
        position(robot),
        "trained, test accuracy above 0.58: " + context.lessons().runs());
    shoot(robot, "lesson3-step4-evaluate.png");

    robot.clickOn("#step-motifs");
    robot.clickOn("#findMotifs");
    WaitForAsyncUtils.waitFor(
        180, SECONDS, () -> !context.motifs().isRunning() && !context.motifs().filters().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "Step 6 of 6",
        position(robot),
        "CTCF (MA0139) was matched: "
            + context.motifs().discovered().stream().map(c -> c.title()).toList());
    answer(robot, 1, "lesson3-step6.png");
    finished(robot, 6);
  }

  @Test
  void lessonFourAttentionAgainstMaxPooling(FxRobot robot) throws TimeoutException {
    begin(robot, "attention-vs-max-pooling");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 2 of 6", position(robot), "the lesson opened its data");
    shoot(robot, "lesson4-step2.png");
    robot.clickOn("#step-model");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 3 of 6", position(robot));
    shoot(robot, "lesson4-step3-model.png");

    train(robot);
    assertEquals("Step 4 of 6", position(robot));
    inspectCorrectPositive(robot);
    assertEquals("Step 5 of 6", position(robot));
    shoot(robot, "lesson4-step4-inspected.png");

    robot.clickOn("#step-model");
    ChoiceBox<?> pooling = robot.lookup("#attention").queryAs(ChoiceBox.class);
    robot.interact(() -> pooling.getSelectionModel().select(1));
    train(robot);
    assertEquals("Step 6 of 6", position(robot));
    assertEquals(2, context.lessons().runs().size());
    assertTrue(
        context.lessons().runs().get(1).contains("max pooling"),
        context.lessons().runs().toString());
    answer(robot, 2, "lesson4-step6.png");
    finished(robot, 6);
  }

  private void begin(FxRobot robot, String lessonId) {
    robot.interact(() -> context.lessons().shownProperty().set(true));
    shoot(robot, "list-" + lessonId + ".png");
    reveal(robot, "#startLesson-" + lessonId);
    robot.clickOn("#startLesson-" + lessonId);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void openLessonData(FxRobot robot, String fileName) throws TimeoutException {
    reveal(robot, "#lessonOpenData");
    robot.clickOn("#lessonOpenData");
    WaitForAsyncUtils.waitFor(
        60,
        SECONDS,
        () ->
            context.data().getData() != null
                && context.data().getData().fileNames().contains(fileName));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void train(FxRobot robot) throws TimeoutException {
    robot.clickOn("#step-train");
    robot.clickOn("#startTraining");
    WaitForAsyncUtils.waitFor(10, SECONDS, () -> context.workspace().isTraining());
    WaitForAsyncUtils.waitFor(240, SECONDS, () -> !context.workspace().isTraining());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void inspectCorrectPositive(FxRobot robot) throws TimeoutException {
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
  }

  /** Picks choice {@code n} (1-based), checks it is right and goes on, as the student would. */
  private void answer(FxRobot robot, int n, String shot) {
    reveal(robot, "#answerButton");
    robot.clickOn("#choice-" + n);
    robot.clickOn("#answerButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        text(robot, "#lessonFeedback").startsWith("Right. "), text(robot, "#lessonFeedback"));
    shoot(robot, shot);
    Node next = robot.lookup("#lessonNext").tryQuery().orElse(null);
    if (next != null && next.isVisible() && !next.isDisabled()) {
      robot.clickOn(next);
      WaitForAsyncUtils.waitForFxEvents();
    }
  }

  /** Scrolls the lesson panel so that the node is on screen, as a student scrolls to it. */
  static void reveal(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    robot.interact(
        () -> {
          Parent parent = node.getParent();
          while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
          }
          if (parent instanceof ScrollPane scroll) {
            Node content = scroll.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double viewport = scroll.getViewportBounds().getHeight();
            double hidden = content.getBoundsInLocal().getHeight() - viewport;
            if (hidden > 0) {
              scroll.setVvalue(Math.max(0, Math.min(1, (at.getMaxY() + 8 - viewport) / hidden)));
            }
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void finished(FxRobot robot, int steps) {
    assertTrue(robot.lookup("#lessonFinished").query().isVisible());
    assertEquals(steps, context.lessons().progress().done().size());
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
