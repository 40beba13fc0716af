package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.motifworkbench.app.lessons.LessonProgress;
import org.motifworkbench.app.lessons.LessonProgressStore;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.workflow.SequenceExplanation;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student walks the four lessons on what students get wrong (5 overfitting, 6 imbalance, 7
 * variant effect, 8 saliency against mutagenesis) from the lesson panel to their ends, headless,
 * with each lesson's own settings and data: predictions committed before the results, questions
 * answered from the instructor file's key, free text submitted. Along the way it checks the
 * statements the lessons make about the results in the app (the overfitting gap, the imbalance
 * baseline, the mutagenesis of the CTCF site, the agreement line). With {@code
 * -Dmwb.shots=<folder>} the window is saved at every step as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class NewLessonWalkTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final String CHR21 = "chr21:39531499-39531599";
  private static final String CHR7 = "chr7:5717791-5717891";
  private static final String EXPLANATION =
      "The small data set lets the network learn its own training sequences by heart, while the"
          + " large one only fits the real motifs, which also hold for new sequences.";

  private AppContext context;
  private Stage stage;
  private JsonObject key;

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
  void lessonFiveOverfitting(FxRobot robot) throws TimeoutException, IOException {
    begin(robot, "overfitting");
    assertEquals("Step 1 of 9", position(robot));
    openLessonData(robot, "promoter-clean-500-seed7.fa");
    robot.clickOn("#step-model");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(text(robot, "#parameterCount").contains("2,691"), "the lesson quotes 2,691 weights");
    predictNumber(robot, "0.9", "lesson5-step2.png");

    assertEquals("Step 3 of 9", position(robot));
    train(robot);
    LessonProgress.Run small = lastRun();
    assertTrue(
        small.validationAccuracy() < 0.7,
        "500 sequences: validation stays near chance, measured " + small);
    assertTrue(
        String.join(" ", context.lessons().predictions()).contains("measured"),
        "the prediction of step 2 is shown beside the measured value");
    shoot(robot, "lesson5-step3-trained.png");
    assertEquals("Step 4 of 9", position(robot));
    answer(robot, 4, "lesson5-step4.png");

    openLessonData(robot, "promoter-clean-8000-seed7.fa");
    assertEquals("Step 6 of 9", position(robot));
    predictChoice(robot, 6, "lesson5-step6.png");
    train(robot);
    LessonProgress.Run large = lastRun();
    assertTrue(
        large.validationAccuracy() > 0.9 && large.testAccuracy() > 0.9,
        "8,000 sequences: validation and test close to training, measured " + large);
    assertEquals("Step 8 of 9", position(robot));
    robot.clickOn("#step-evaluate");
    WaitForAsyncUtils.waitForFxEvents();
    answer(robot, 8, "lesson5-step8.png");
    explain(robot, "lesson5-step9.png");
    finished(robot, 9);
  }

  @Test
  void lessonSixImbalance(FxRobot robot) throws TimeoutException, IOException {
    begin(robot, "imbalance");
    assertEquals("Step 1 of 9", position(robot));
    openLessonData(robot, "promoter-clean-4000-seed7-pos0.1.fa");
    assertEquals(400, context.data().getData().sequences().classCounts().get("positive"));
    assertEquals(3600, context.data().getData().sequences().classCounts().get("negative"));
    answer(robot, 2, "lesson6-step2.png");
    predictNumber(robot, "0.9", "lesson6-step3.png");

    assertEquals("Step 4 of 9", position(robot));
    train(robot);
    LessonProgress.Run unweighted = lastRun();
    assertTrue(unweighted.testAccuracy() > 0.9, "above the 0.90 baseline: " + unweighted);
    robot.clickOn("#step-evaluate");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 5 of 9", position(robot));
    shoot(robot, "lesson6-step5-evaluate.png");
    answer(robot, 5, "lesson6-step5.png");

    robot.clickOn("#step-model");
    WaitForAsyncUtils.waitForFxEvents();
    ChoiceBox<?> weights = robot.lookup("#classWeights").queryAs(ChoiceBox.class);
    robot.interact(() -> weights.getSelectionModel().select(1));
    assertEquals("balanced", weights.getValue());
    predictChoice(robot, 6, "lesson6-step6.png");
    train(robot);
    LessonProgress.Run balanced = lastRun();
    assertTrue(
        balanced.testAccuracy() < unweighted.testAccuracy(),
        "balanced weights lower the test accuracy, as the key says: "
            + unweighted
            + " then "
            + balanced);
    assertEquals("Step 8 of 9", position(robot));
    answer(robot, 8, "lesson6-step8.png");
    explain(robot, "lesson6-step9.png");
    finished(robot, 9);
  }

  @Test
  void lessonSevenVariantEffect(FxRobot robot) throws TimeoutException, IOException {
    begin(robot, "variant-effect");
    assertEquals("Step 1 of 7", position(robot));
    openLessonData(robot, "tfbs-chipseq.fa");
    train(robot);
    assertEquals("Step 3 of 7", position(robot));
    predictChoice(robot, 3, "lesson7-step3.png");

    assertEquals("Step 4 of 7", position(robot));
    SequenceExplanation e = inspect(robot, CHR21, true);
    assertEquals("bound", e.explainedClass());
    // Base numbers are 1-based in the lesson; the heat map's rows are 0-based positions.
    float[][] change = e.mutagenesis().values();
    assertTrue(strongestLoss(change[63 - 1]) < -0.4, "column 10 (base 63) matters");
    assertTrue(largestChange(change[72 - 1]) < 0.15, "column 19 (base 72) hardly matters");
    assertTrue(
        largestChange(change[58 - 1]) < 0.5 * -strongestLoss(change[63 - 1]),
        "column 5 (base 58) matters much less to this model than column 10");
    shoot(robot, "lesson7-step4-heatmap.png");
    assertEquals("Step 5 of 7", position(robot));
    answer(robot, 5, "lesson7-step5.png");
    answer(robot, 6, "lesson7-step6.png");
    explain(robot, "lesson7-step7.png");
    finished(robot, 7);
  }

  @Test
  void lessonEightSaliencyAgainstMutagenesis(FxRobot robot) throws TimeoutException, IOException {
    begin(robot, "saliency-vs-mutagenesis");
    assertEquals("Step 1 of 8", position(robot));
    openLessonData(robot, "tfbs-chipseq.fa");
    train(robot);
    assertEquals("Step 3 of 8", position(robot));
    predictChoice(robot, 3, "lesson8-step3.png");

    SequenceExplanation clear = inspect(robot, CHR21, true);
    assertTrue(clear.agreement().agrees(), "chr21 agrees: " + clear.agreement().summary());
    assertTrue(text(robot, "#agreementLine").startsWith("Explanations agree"));
    shoot(robot, "lesson8-step4-agree.png");
    assertEquals("Step 5 of 8", position(robot));

    SequenceExplanation wrong = inspect(robot, CHR7, false);
    assertTrue(!wrong.agreement().agrees(), "chr7 disagrees: " + wrong.agreement().summary());
    assertTrue(
        wrong.agreement().inputVsIntegrated() >= 0.5,
        "the two gradient methods still agree: " + wrong.agreement());
    assertTrue(text(robot, "#agreementLine").startsWith("Explanations disagree"));
    shoot(robot, "lesson8-step5-disagree.png");
    assertEquals("Step 6 of 8", position(robot));
    answer(robot, 6, "lesson8-step6.png");
    answer(robot, 7, "lesson8-step7.png");
    explain(robot, "lesson8-step8.png");
    finished(robot, 8);
  }

  private void begin(FxRobot robot, String lessonId) throws IOException {
    Path file = SAMPLES.resolve("lessons").resolve("instructor").resolve(lessonId + ".json");
    key = JsonParser.parseString(Files.readString(file)).getAsJsonObject().getAsJsonObject("steps");
    robot.interact(() -> context.lessons().shownProperty().set(true));
    reveal(robot, "#startLesson-" + lessonId);
    robot.clickOn("#startLesson-" + lessonId);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void openLessonData(FxRobot robot, String fileName) throws TimeoutException {
    reveal(robot, "#lessonOpenData");
    robot.clickOn("#lessonOpenData");
    WaitForAsyncUtils.waitFor(
        90,
        SECONDS,
        () ->
            context.data().getData() != null
                && context.data().getData().fileNames().contains(fileName));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void train(FxRobot robot) throws TimeoutException {
    int before = context.lessons().progress().runs().size();
    robot.clickOn("#step-train");
    robot.clickOn("#startTraining");
    WaitForAsyncUtils.waitFor(10, SECONDS, () -> context.workspace().isTraining());
    WaitForAsyncUtils.waitFor(240, SECONDS, () -> !context.workspace().isTraining());
    WaitForAsyncUtils.waitFor(
        10, SECONDS, () -> context.lessons().progress().runs().size() > before);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private LessonProgress.Run lastRun() {
    List<LessonProgress.Run> runs = context.lessons().progress().runs();
    LessonProgress.Run run = runs.get(runs.size() - 1);
    System.out.println("NewLessonWalkTest run: " + run);
    return run;
  }

  /** Finds {@code id} in the Inspect table (test sequences only), clicks it, waits for it. */
  private SequenceExplanation inspect(FxRobot robot, String id, boolean correct)
      throws TimeoutException {
    robot.clickOn("#step-inspect");
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> !context.inspect().rows().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    PredictionRow target =
        context.inspect().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    assertEquals(correct, target.correct(), id + " is " + (correct ? "right" : "wrong"));
    robot.interact(() -> context.inspect().searchProperty().set(id.substring(0, 12)));
    WaitForAsyncUtils.waitForFxEvents();
    Node row =
        robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == target).query();
    robot.clickOn(row);
    WaitForAsyncUtils.waitFor(
        60,
        SECONDS,
        () ->
            context.inspect().getExplanation() != null
                && context.inspect().getExplanation().id().equals(id));
    WaitForAsyncUtils.waitForFxEvents();
    SequenceExplanation e = context.inspect().getExplanation();
    System.out.println("NewLessonWalkTest " + id + ": " + e.agreement().summary());
    return e;
  }

  /** Picks the key's answer to step {@code step}, checks it is right and goes on. */
  private void answer(FxRobot robot, int step, String shot) {
    int n = key.getAsJsonObject(String.valueOf(step)).get("answer").getAsInt();
    reveal(robot, "#answerButton");
    robot.clickOn("#choice-" + n);
    robot.clickOn("#answerButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        text(robot, "#lessonFeedback").startsWith("Right. "), text(robot, "#lessonFeedback"));
    shoot(robot, shot);
    next(robot);
  }

  /** Commits the key's choice for a predict step (any choice would do: it is never wrong). */
  private void predictChoice(FxRobot robot, int step, String shot) {
    int n = key.getAsJsonObject(String.valueOf(step)).get("answer").getAsInt();
    reveal(robot, "#commitPrediction");
    robot.clickOn("#predictChoice-" + n);
    robot.clickOn("#commitPrediction");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, shot);
    next(robot);
  }

  private void predictNumber(FxRobot robot, String value, String shot) {
    reveal(robot, "#predictNumber");
    TextField number = robot.lookup("#predictNumber").queryAs(TextField.class);
    robot.interact(() -> number.setText(value));
    robot.clickOn("#commitPrediction");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, shot);
    next(robot);
  }

  private void explain(FxRobot robot, String shot) {
    reveal(robot, "#explanationText");
    TextArea text = robot.lookup("#explanationText").queryAs(TextArea.class);
    robot.interact(() -> text.setText(EXPLANATION));
    reveal(robot, "#submitExplanation");
    robot.clickOn("#submitExplanation");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, shot);
    next(robot);
  }

  private void next(FxRobot robot) {
    Node next = robot.lookup("#lessonNext").tryQuery().orElse(null);
    if (next != null && next.isVisible() && !next.isDisabled()) {
      robot.clickOn(next);
      WaitForAsyncUtils.waitForFxEvents();
    }
  }

  private static float strongestLoss(float[] changes) {
    float low = 0;
    for (float c : changes) {
      low = Math.min(low, c);
    }
    return low;
  }

  private static float largestChange(float[] changes) {
    float high = 0;
    for (float c : changes) {
      high = Math.max(high, Math.abs(c));
    }
    return high;
  }

  /** Scrolls the lesson panel so that the node is on screen, as a student scrolls to it. */
  private static void reveal(FxRobot robot, String query) {
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
    System.out.println(
        "NewLessonWalkTest measured predictions: " + context.lessons().progress().measured());
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
