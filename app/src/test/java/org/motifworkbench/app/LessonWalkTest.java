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
import javafx.scene.control.TextArea;
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
 * A student walks lessons 2, 3 and 4 from the lesson panel to their ends, headless, as {@link
 * LessonFlowTest} does for lesson 1: every shipped lesson can be finished by doing what its steps
 * say, with the lesson's own settings and data: committing predictions (a number, a choice) before
 * their results, answering the questions, writing the explanations. With {@code
 * -Dmwb.shots=<folder>} the window is saved at every step as a PNG.
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
    assertEquals("Step 1 of 12", position(robot));
    shoot(robot, "lesson2-step1.png");
    openLessonData(robot, "promoter-8000-seed7.fa");
    assertEquals("Step 2 of 12", position(robot));
    predictNumber(robot, "0.9", "lesson2-step2-predict.png");
    assertEquals("Step 3 of 12", position(robot));
    confirm(robot);
    assertEquals("Step 4 of 12", position(robot));
    assertTrue(
        predictions().contains("You predicted 0.9 \u2014 measured: 0.83"),
        "the prediction beside the ceiling: " + predictions());
    answer(robot, 3, "lesson2-step4.png");

    assertEquals("Step 5 of 12", position(robot));
    predictChoice(robot, 1, "lesson2-step5-predict.png");
    assertEquals("Step 6 of 12", position(robot));
    train(robot);
    assertEquals("Step 7 of 12", position(robot));
    shoot(robot, "lesson2-step6-trained.png");
    robot.clickOn("#step-evaluate");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 8 of 12", position(robot));
    assertTrue(
        predictions().contains("Step 5: You predicted"),
        "the rule prediction is revealed once the Evaluate step is done: " + predictions());
    shoot(robot, "lesson2-step7-evaluate.png");
    answer(robot, 2, "lesson2-step8.png");

    assertEquals("Step 9 of 12", position(robot));
    openLessonData(robot, "promoter-clean-8000-seed7.fa");
    assertEquals("Step 10 of 12", position(robot));
    train(robot);
    assertEquals("Step 11 of 12", position(robot));
    assertEquals(2, context.lessons().runs().size());
    assertTrue(context.workspace().getModel() != null);
    answer(robot, 1, "lesson2-step11.png");
    assertEquals("Step 12 of 12", position(robot));
    explain(
        robot,
        "CAAT is short, so it turns up by chance in about half of the random negatives; a"
            + " sequence whose only motif is one CAAT is therefore more often a negative.",
        "lesson2-step12-explain.png");
    finished(robot, 12);
  }

  @Test
  void lessonThreeRealChipSeq(FxRobot robot) throws TimeoutException {
    begin(robot, "real-chipseq-ctcf");
    assertEquals("Step 1 of 9", position(robot));
    openLessonData(robot, "tfbs-chipseq.fa");
    assertEquals("Step 2 of 9", position(robot));
    shoot(robot, "lesson3-step2-question.png");
    answer(robot, 3, "lesson3-step2.png");

    assertEquals("Step 3 of 9", position(robot));
    predictNumber(robot, "0.8", "lesson3-step3-predict.png");
    assertEquals("Step 4 of 9", position(robot));
    train(robot);
    shoot(robot, "lesson3-step4-trained.png");
    robot.clickOn("#step-evaluate");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "Step 6 of 9",
        position(robot),
        "trained, test accuracy above 0.58: " + context.lessons().runs());
    assertTrue(
        predictions().contains("You predicted 0.8 \u2014 measured: "),
        "the prediction beside the test accuracy: " + predictions());
    shoot(robot, "lesson3-step5-evaluate.png");
    answer(robot, 1, "lesson3-step6.png");

    assertEquals("Step 7 of 9", position(robot));
    robot.clickOn("#step-motifs");
    robot.clickOn("#findMotifs");
    WaitForAsyncUtils.waitFor(
        180, SECONDS, () -> !context.motifs().isRunning() && !context.motifs().filters().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "Step 8 of 9",
        position(robot),
        "CTCF (MA0139) was matched: "
            + context.motifs().discovered().stream().map(c -> c.title()).toList());
    answer(robot, 2, "lesson3-step8.png");
    assertEquals("Step 9 of 9", position(robot));
    explain(
        robot,
        "Cohesin sits on CTCF sites, so a ChIP of cohesin also gives peaks with the CTCF motif;"
            + " the motif says which sites are enriched, not which antibody was used.",
        "lesson3-step9-explain.png");
    finished(robot, 9);
  }

  @Test
  void lessonFourAttentionAgainstMaxPooling(FxRobot robot) throws TimeoutException {
    begin(robot, "attention-vs-max-pooling");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 2 of 8", position(robot), "the lesson opened its data");
    shoot(robot, "lesson4-step2.png");
    robot.clickOn("#step-model");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 3 of 8", position(robot));
    shoot(robot, "lesson4-step2-model.png");
    predictChoice(robot, 1, "lesson4-step3-predict.png");

    assertEquals("Step 4 of 8", position(robot));
    train(robot);
    assertEquals("Step 5 of 8", position(robot));
    inspectCorrectPositive(robot);
    assertEquals("Step 6 of 8", position(robot));
    shoot(robot, "lesson4-step5-inspected.png");
    answer(robot, 3, "lesson4-step6.png");

    assertEquals("Step 7 of 8", position(robot));
    robot.clickOn("#step-model");
    ChoiceBox<?> pooling = robot.lookup("#attention").queryAs(ChoiceBox.class);
    robot.interact(() -> pooling.getSelectionModel().select(1));
    train(robot);
    assertEquals("Step 8 of 8", position(robot));
    assertEquals(2, context.lessons().runs().size());
    assertTrue(
        context.lessons().runs().get(1).contains("max pooling"),
        context.lessons().runs().toString());
    assertTrue(
        predictions().contains("Step 3: You predicted \u201cAbout the same"),
        "the pooling prediction is revealed after the second run: " + predictions());
    answer(robot, 1, "lesson4-step8.png");
    finished(robot, 8);
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
    next(robot);
  }

  /** Commits choice {@code n} (1-based) of a predict step and goes on, as the student would. */
  private void predictChoice(FxRobot robot, int n, String shot) {
    reveal(robot, "#commitPrediction");
    robot.clickOn("#predictChoice-" + n);
    robot.clickOn("#commitPrediction");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#commitPrediction").query().isDisabled(), "a prediction is locked");
    shoot(robot, shot);
    next(robot);
  }

  /** Types a number into a predict step, commits it and goes on. */
  private void predictNumber(FxRobot robot, String value, String shot) {
    reveal(robot, "#commitPrediction");
    TextField number = robot.lookup("#predictNumber").queryAs(TextField.class);
    robot.interact(() -> number.setText(value));
    robot.clickOn("#commitPrediction");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(number.isDisabled(), "a prediction is locked");
    shoot(robot, shot);
    next(robot);
  }

  /** Types an explanation, submits it (it has enough words) and goes on. */
  private void explain(FxRobot robot, String text, String shot) {
    reveal(robot, "#submitExplanation");
    TextArea area = robot.lookup("#explanationText").queryAs(TextArea.class);
    robot.interact(() -> area.setText(text));
    robot.clickOn("#submitExplanation");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, shot);
    next(robot);
  }

  /** Clicks a manual step's button (the panel then shows the next step). */
  private void confirm(FxRobot robot) {
    reveal(robot, "#lessonConfirm");
    robot.clickOn("#lessonConfirm");
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void next(FxRobot robot) {
    Node next = robot.lookup("#lessonNext").tryQuery().orElse(null);
    if (next != null && next.isVisible() && !next.isDisabled()) {
      robot.clickOn(next);
      WaitForAsyncUtils.waitForFxEvents();
    }
  }

  /** The lines under "Your predictions and the results". */
  private String predictions() {
    return String.join("\n", context.lessons().predictions());
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
    assertTrue(robot.lookup("#lessonKeyPoints").query().isVisible(), "key points at the end");
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
